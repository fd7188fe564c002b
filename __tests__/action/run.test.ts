// Covers src/action/run.ts with a fake runner, engine and GitHub client: outputs, exit codes, degradation.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { AuditRequest, AuditResult } from '../../src/action/engine.js';
import type { ActionIO } from '../../src/action/io.js';
import type { RunDeps } from '../../src/action/run.js';
import { run } from '../../src/action/run.js';
import { ConfigError } from '../../src/model/errors.js';
import type { Finding } from '../../src/model/finding.js';
import type { Decision, Report } from '../../src/model/report.js';
import type { ArtifactUploader } from '../../src/publish/github/artifact.js';
import type { FakeOptions } from '../publish/github/helpers/fake-client.js';
import { FakeGitHubClient } from '../publish/github/helpers/fake-client.js';
import { makeFinding, makeReport, manyFindings } from '../publish/github/helpers/report-fixture.js';

class FakeIO implements ActionIO {
  outputs: Record<string, string> = {};
  log: string[] = [];
  warnings: string[] = [];
  failed: string[] = [];
  printed: string[] = [];
  summary: string[] = [];
  summaryError?: Error;
  constructor(private readonly inputs: Record<string, string>) {}
  input = (name: string): string => this.inputs[name] ?? '';
  setOutput = (name: string, value: string | number): void => {
    this.outputs[name] = String(value);
  };
  info = (m: string): void => void this.log.push(m);
  warning = (m: string): void => void this.warnings.push(m);
  debug = (): void => undefined;
  setFailed = (m: string): void => void this.failed.push(m);
  writeSummary = (md: string): Promise<void> =>
    this.summaryError ? Promise.reject(this.summaryError) : Promise.resolve(void this.summary.push(md));
  print = (line: string): void => void this.printed.push(line);
}

const workspace = mkdtempSync(path.join(tmpdir(), 'gk6-run-'));
mkdirSync(path.join(workspace, 'mcen_audit'));
const sarifFile = path.join(workspace, 'mcen_audit', 'report.sarif');
writeFileSync(sarifFile, '{"version":"2.1.0","runs":[]}');
const pullRequest = (number: number, headRepo: string, changedFiles?: number) => ({
  pull_request: {
    number,
    changed_files: changedFiles,
    head: { sha: `head-${number}`, repo: { full_name: headRepo } },
    base: { repo: { full_name: 'acme/app' } },
  },
});
const events = {
  push: '',
  pr: path.join(workspace, 'event-pr.json'),
  fork: path.join(workspace, 'event-fork.json'),
};
writeFileSync(events.pr, JSON.stringify(pullRequest(7, 'acme/app', 1)));
writeFileSync(events.fork, JSON.stringify(pullRequest(8, 'someone/app')));

interface Setup {
  inputs?: Record<string, string>;
  findings?: Finding[];
  report?: Report;
  audit?: (request: AuditRequest) => Promise<AuditResult>;
  client?: FakeOptions;
  event?: keyof typeof events;
  artifact?: ArtifactUploader;
  summaryError?: Error;
}

async function runWith(setup: Setup = {}) {
  const io = new FakeIO({ token: 'tok', ...setup.inputs });
  if (setup.summaryError) io.summaryError = setup.summaryError;
  const client = new FakeGitHubClient(setup.client);
  const requests: AuditRequest[] = [];
  const githubOptions: unknown[] = [];
  const report = setup.report ?? makeReport(setup.findings ?? [makeFinding()]);
  const event = setup.event ?? 'push';
  const deps: Partial<RunDeps> = {
    io,
    cwd: workspace,
    env: {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: 'merge-sha',
      GITHUB_REF: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
      GITHUB_EVENT_NAME: event === 'push' ? 'push' : 'pull_request',
      GITHUB_EVENT_PATH: events[event],
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SERVER_URL: 'https://github.com',
    },
    audit:
      setup.audit ??
      ((request) => {
        requests.push(request);
        return Promise.resolve({
          report,
          files: {
            reportJson: 'mcen_audit/report.json',
            reportMd: 'mcen_audit/report.md',
            manifest: 'mcen_audit/manifest.json',
            sarif: request.sarif ? sarifFile : undefined,
          },
        });
      }),
    github: (options) => {
      githubOptions.push(options);
      return client;
    },
    artifacts: () => setup.artifact ?? { uploadArtifact: () => Promise.resolve({ id: 99 }) },
  };
  const saved = process.exitCode;
  const code = await run(deps);
  const processCode = process.exitCode;
  process.exitCode = saved;
  return { code, processCode, io, client, requests, githubOptions };
}

test('a FAIL on push: every output, a completed check run on GITHUB_SHA, artifact, summary, exit 1', async () => {
  const { code, processCode, io, client, requests, githubOptions } = await runWith({
    inputs: { 'upload-sarif': 'true', path: '.', jobs: '2', exclude: 'tests' },
  });
  expect(code).toBe(1);
  expect(processCode).toBe(1);
  expect(requests).toEqual([
    {
      target: workspace,
      profile: 'mcen_practical',
      outputDir: path.join(workspace, 'mcen_audit'),
      allowlist: undefined,
      policy: undefined,
      baseline: undefined,
      include: [],
      exclude: ['tests'],
      jobs: 2,
      sarif: true,
      egressCommand: undefined,
    },
  ]);
  expect(githubOptions).toEqual([
    { token: 'tok', owner: 'acme', repo: 'app', baseUrl: 'http://127.0.0.1:9' },
  ]);
  expect(io.outputs).toEqual({
    decision: 'FAIL',
    'exit-code': '1',
    'blocker-count': '1',
    'high-count': '0',
    'findings-count': '1',
    'sarif-file': sarifFile,
    'report-json': 'mcen_audit/report.json',
    'report-md': 'mcen_audit/report.md',
    manifest: 'mcen_audit/manifest.json',
    'check-run-id': '77',
    'artifact-id': '99',
  });
  expect(client.ops()).toEqual(['create', 'sarif']);
  const create = client.calls[0];
  if (create?.op !== 'create') throw new Error('no create');
  expect(create.request).toMatchObject({ head_sha: 'merge-sha', conclusion: 'failure', status: 'completed' });
  expect(create.request.output.title).toBe('FAIL: 1 blocker, 0 high (1 findings)');
  const sarif = client.calls[1];
  if (sarif?.op !== 'sarif') throw new Error('no sarif');
  expect(sarif.request).toMatchObject({
    commit_sha: 'merge-sha',
    ref: 'refs/heads/main',
    checkout_uri: pathToFileURL(workspace).href,
  });
  expect(io.failed).toEqual([
    'GateKeeper6 decision FAIL: 1 active blocker, 0 active high finding(s) under mcen_practical (fail-on: fail).',
  ]);
  expect(io.warnings).toEqual([]);
  expect(io.printed).toEqual([]);
  expect(io.summary).toHaveLength(1);
  expect(io.summary[0]).toContain('## GateKeeper6: FAIL');
  expect(io.summary[0]).toContain('(https://github.com/acme/app/blob/merge-sha/src/app.py#L3)');
});

describe('exit code per decision and fail-on', () => {
  const reports: Record<Decision, Finding[]> = {
    FAIL: [makeFinding()],
    CONDITIONAL_PASS: [makeFinding({ severity: 'high' })],
    PASS: [makeFinding({ severity: 'low' })],
  };
  test.each([
    ['FAIL', 'fail', 1],
    ['FAIL', 'conditional', 1],
    ['FAIL', 'never', 0],
    ['CONDITIONAL_PASS', 'fail', 0],
    ['CONDITIONAL_PASS', 'conditional', 1],
    ['CONDITIONAL_PASS', 'never', 0],
    ['PASS', 'fail', 0],
    ['PASS', 'conditional', 0],
    ['PASS', 'never', 0],
  ] as const)('%s with fail-on %s exits %i', async (decision, failOn, expected) => {
    const { code, io } = await runWith({ findings: reports[decision], inputs: { 'fail-on': failOn } });
    expect(code).toBe(expected);
    expect(io.outputs.decision).toBe(decision);
    expect(io.failed).toHaveLength(expected);
    if (!expected)
      expect(io.log.at(-1)).toMatch(new RegExp(`^GateKeeper6 decision ${decision}: .*the step passes`));
  });
});

test('403 on the check run: said once, every finding printed as a workflow command, decision unchanged', async () => {
  const { code, io, client } = await runWith({ findings: manyFindings(12), client: { failCreate: 403 } });
  expect(code).toBe(1);
  expect(client.ops()).toEqual(['create']);
  expect(io.warnings).toEqual([
    'No check run: the token lacks checks: write (pull requests from forks and Dependabot receive a read-only token). Findings are annotated with workflow commands instead.',
  ]);
  expect(io.printed).toHaveLength(12);
  expect(io.printed[0]).toMatch(
    /^::error file=src\/many\.py,line=1,endLine=1,col=5,endColumn=12,title=DEX001 /,
  );
  expect(io.log).toContain(
    'The runner shows only 10 annotations of each level per step; all 12 are in this log, the job summary and the audit packet.',
  );
  expect(io.outputs['check-run-id']).toBe('');
  expect(io.outputs.decision).toBe('FAIL');
  expect(io.summary[0]).toContain('No check run: the token lacks checks: write');
});

test('pull request with annotations changed: only added lines are annotated, on the head commit', async () => {
  const findings = [makeFinding({ line: 2, end_line: 2 }), makeFinding({ line: 5, end_line: 5 })];
  const { io, client } = await runWith({
    event: 'pr',
    findings,
    client: {
      files: [
        { filename: 'src/app.py', status: 'modified', changes: 1, patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' },
      ],
    },
  });
  expect(client.ops()).toEqual(['files', 'create']);
  const create = client.calls[1];
  if (create?.op !== 'create') throw new Error('no create');
  expect(create.request.head_sha).toBe('head-7');
  expect(create.request.output.annotations?.map((a) => a.start_line)).toEqual([2]);
  // The decision still counts both findings.
  expect(io.outputs['blocker-count']).toBe('2');
  expect(create.request.output.summary).toContain(
    'Annotations show the 1 of 2 findings on lines this pull request adds',
  );
});

test('pull request whose files cannot be listed: every finding is annotated, with a warning', async () => {
  const { io, client } = await runWith({ event: 'pr', client: { failFiles: 403 } });
  const create = client.calls[1];
  if (create?.op !== 'create') throw new Error('no create');
  expect(create.request.output.annotations).toHaveLength(1);
  expect(io.warnings[0]).toMatch(/^Annotating every finding, not only changed lines: could not list/);
});

test('a failing annotation PATCH: the rest are printed as workflow commands', async () => {
  const { io, client } = await runWith({ findings: manyFindings(120), client: { failUpdateNumber: 1 } });
  expect(client.ops()).toEqual(['create', 'update', 'update']);
  expect(io.printed).toHaveLength(70);
  expect(io.printed[0]).toContain('line=51,');
  expect(io.warnings[0]).toMatch(/^Only 50 of 120 annotations reached the check run/);
  expect(io.outputs['check-run-id']).toBe('77');
});

test('check-run false: annotations as workflow commands, no API call', async () => {
  const { io, client } = await runWith({ inputs: { 'check-run': 'false' } });
  expect(client.calls).toEqual([]);
  expect(io.printed).toHaveLength(1);
});

test('annotations none: a check run without annotations, nothing printed', async () => {
  const { io, client } = await runWith({ inputs: { annotations: 'none' }, client: { failCreate: 403 } });
  expect(client.ops()).toEqual(['create']);
  expect(io.printed).toEqual([]);
});

test('SARIF upload refused: warning, file still written and output', async () => {
  const { code, io } = await runWith({ inputs: { 'upload-sarif': 'true' }, client: { failSarif: 403 } });
  expect(code).toBe(1);
  expect(io.outputs['sarif-file']).toBe(sarifFile);
  expect(io.warnings).toEqual([
    `SARIF not uploaded: the token lacks security-events: write (pull requests from forks and Dependabot receive a read-only token). ${sarifFile} is still written (output sarif-file).`,
  ]);
});

test('fork pull request: the SARIF upload is skipped without calling the API', async () => {
  const { io, client } = await runWith({ event: 'fork', inputs: { 'upload-sarif': 'true' } });
  expect(client.ops()).not.toContain('sarif');
  expect(io.log.some((l) => l.startsWith('SARIF not uploaded: pull requests from forks'))).toBe(true);
});

test('artifact failure and summary failure are warnings only', async () => {
  const { code, io } = await runWith({
    artifact: {
      uploadArtifact: () => Promise.reject(new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable')),
    },
    summaryError: new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY'),
  });
  expect(code).toBe(1);
  expect(io.outputs['artifact-id']).toBe('');
  expect(io.warnings).toEqual([
    expect.stringMatching(/^artifact mcen_audit not uploaded: Unable to get the ACTIONS_RUNTIME_TOKEN/),
    'Job summary not written: Unable to find environment variable for $GITHUB_STEP_SUMMARY',
  ]);
});

test('bad input: exit 3, one line naming it, nothing scanned or published', async () => {
  let audited = false;
  const audit = (): Promise<AuditResult> => {
    audited = true;
    return Promise.reject(new Error('must not be called'));
  };
  const { code, processCode, io, client } = await runWith({ inputs: { 'fail-on': 'sometimes' }, audit });
  expect(code).toBe(3);
  expect(processCode).toBe(3);
  expect(io.failed).toEqual([
    "GateKeeper6: input fail-on: 'sometimes' is not one of fail, conditional, never",
  ]);
  expect(audited).toBe(false);
  expect(client.calls).toEqual([]);
  expect(io.summary).toEqual([]);
  expect(io.outputs).toEqual({ 'exit-code': '3' });
});

test('engine ConfigError (malformed allowlist): exit 3 with its message, nothing published', async () => {
  const { code, io, client } = await runWith({
    audit: () => Promise.reject(new ConfigError('allow.json: entries[2] has no justification')),
  });
  expect(code).toBe(3);
  expect(io.failed).toEqual(['GateKeeper6: allow.json: entries[2] has no justification']);
  expect(client.calls).toEqual([]);
});

test('engine bug: exit 3 with a short prefix', async () => {
  const { code, io } = await runWith({ audit: () => Promise.reject(new TypeError('x is undefined')) });
  expect(code).toBe(3);
  expect(io.failed).toEqual(['GateKeeper6 internal error: x is undefined']);
});

test('a scanned sub-folder prefixes annotation paths', async () => {
  mkdirSync(path.join(workspace, 'svc'), { recursive: true });
  const { client } = await runWith({ inputs: { path: 'svc' } });
  const create = client.calls[0];
  if (create?.op !== 'create') throw new Error('no create');
  expect(create.request.output.annotations?.[0]?.path).toBe('svc/src/app.py');
});

test('a checkout in a sub-folder of the workspace: annotation paths are relative to the repository', async () => {
  const repo = path.join(workspace, 'checkout');
  mkdirSync(path.join(repo, 'svc'), { recursive: true });
  execFileSync('git', ['init', '-q', repo]);
  const { client } = await runWith({ inputs: { path: 'checkout/svc', 'upload-sarif': 'true' } });
  const [create, sarif] = client.calls;
  if (create?.op !== 'create' || sarif?.op !== 'sarif') throw new Error('unexpected calls');
  expect(create.request.output.annotations?.[0]?.path).toBe('svc/src/app.py');
  expect(sarif.request.checkout_uri).toBe(pathToFileURL(repo).href);
});
