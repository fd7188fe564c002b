// End to end for the action entry (src/action/main.ts -> dist/index.js): a runner-like environment
// against a recording stand-in for the GitHub API on 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Report } from '../../src/model/report.js';
import type { FakeGitHub, Fault } from './harness/fake-github-server.js';
import { startFakeGitHub } from './harness/fake-github-server.js';
import { EVAL_LINES, HOSTILE_NAME, makeWorkspace } from './harness/workspace.js';
import type { ActionRunner } from './harness/run-action.js';
import { bundle, runAction } from './harness/run-action.js';

// The committed bundle, run as a runner runs it (`inProcess({})` runs the sources instead).
const runner: ActionRunner = bundle();

const HEAD = 'head000000000000000000000000000000000000';
const prEvent = (headRepo: string) => ({
  name: 'pull_request',
  payload: {
    pull_request: {
      number: 17,
      changed_files: 151,
      head: { sha: HEAD, repo: { full_name: headRepo } },
      base: { repo: { full_name: 'acme/app' } },
    },
  },
});
/** 151 changed files (two pages of 100): the two Python files are new, the rest unrelated. */
const pullFiles = [
  { filename: 'app/many.py', status: 'added', changes: 61, patch: `@@ -0,0 +1,61 @@\n${'+x\n'.repeat(61)}` },
  { filename: `app/${HOSTILE_NAME}`, status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+eval(x)' },
  ...Array.from({ length: 149 }, (_, i) => ({
    filename: `docs/p${i}.md`,
    status: 'added',
    changes: 1,
    patch: '@@ -0,0 +1 @@\n+x',
  })),
];

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(faults: Fault[] = []): Promise<FakeGitHub> {
  server = await startFakeGitHub({ pullFiles, faults });
  return server;
}

const readReport = (file: string): Report => JSON.parse(readFileSync(file, 'utf8')) as Report;
const commandLines = (stdout: string, command: string): string[] =>
  stdout.split('\n').filter((line) => line.startsWith(`::${command} `) || line.startsWith(`::${command}::`));

test('pull request with more than 50 findings: paginated diff, check run on the head in batches of 50, outputs, summary', async () => {
  const api = await start();
  const workspace = makeWorkspace();
  const result = await runAction(runner, {
    workspace,
    inputs: { token: 'ghs_test', 'upload-artifact': 'true' },
    event: prEvent('acme/app'),
    apiUrl: api.url,
    ref: 'refs/pull/17/merge',
  });
  const report = readReport(path.resolve(workspace, result.outputs['report-json']!));
  const findings = report.findings.length;
  expect(findings).toBeGreaterThan(50);
  expect(report.findings.filter((f) => f.rule_id === 'DEX001')).toHaveLength(EVAL_LINES + 2);

  expect(result.exitCode).toBe(1);
  expect(result.outputs).toMatchObject({
    decision: 'FAIL',
    'exit-code': '1',
    'blocker-count': String(report.summary.totals_by_severity.blocker),
    'high-count': String(report.summary.totals_by_severity.high),
    'findings-count': String(findings),
    'check-run-id': '4242',
    // No ACTIONS_RUNTIME_TOKEN here: the artifact is skipped with a warning.
    'artifact-id': '',
  });
  for (const name of ['sarif-file', 'report-json', 'report-md', 'manifest']) {
    expect(existsSync(path.resolve(workspace, result.outputs[name]!))).toBe(true);
  }

  const calls = api.requests.map((r) => `${r.method} ${r.path}`);
  expect(calls).toEqual([
    'GET /repos/acme/app/pulls/17/files',
    'GET /repositories/1/pulls/17/files',
    'POST /repos/acme/app/check-runs',
    ...Array.from({ length: Math.ceil(findings / 50) - 1 }, () => 'PATCH /repos/acme/app/check-runs/4242'),
  ]);
  expect(api.requests.every((r) => r.headers.authorization === 'token ghs_test')).toBe(true);
  const checkCalls = api.requests.filter((r) => r.path.includes('check-runs'));
  const bodies = checkCalls.map(
    (r) =>
      r.body as {
        head_sha?: string;
        status?: string;
        conclusion?: string;
        output: { annotations?: unknown[]; summary: string };
      },
  );
  expect(bodies[0]).toMatchObject({ name: 'GateKeeper6', head_sha: HEAD, status: 'in_progress' });
  expect(bodies.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  expect(bodies.map((b) => b.output.annotations?.length ?? 0).reduce((a, b) => a + b, 0)).toBe(findings);
  expect(bodies.every((b) => (b.output.annotations?.length ?? 0) <= 50)).toBe(true);
  expect(bodies[0]!.output.summary).toContain('**BLUF:** FAIL');

  expect(result.summary).toContain('## GateKeeper6: FAIL');
  expect(result.summary).toContain(`${api.url}/acme/app/blob/${HEAD}/app/many.py#L1)`);
  // (@actions/artifact may add its own warning before ours.)
  expect(commandLines(result.stdout, 'warning')).toContainEqual(
    expect.stringMatching(/^::warning::artifact mcen_audit not uploaded: /),
  );
  expect(commandLines(result.stdout, 'error')).toEqual([
    expect.stringMatching(/^::error::GateKeeper6 decision FAIL: \d+ active blocker/),
  ]);
});

test('fork-like run: 403 on check runs, said once, workflow-command annotations, decision unchanged, SARIF kept', async () => {
  const api = await start([{ method: 'POST', path: /check-runs$/, status: 403 }]);
  const workspace = makeWorkspace();
  const result = await runAction(runner, {
    workspace,
    inputs: { token: 'ghs_readonly', annotations: 'all', 'upload-sarif': 'true' },
    event: prEvent('someone/app'),
    apiUrl: api.url,
  });
  const report = readReport(path.resolve(workspace, result.outputs['report-json']!));
  expect(result.exitCode).toBe(1);
  expect(result.outputs.decision).toBe('FAIL');
  expect(result.outputs['check-run-id']).toBe('');
  expect(existsSync(path.resolve(workspace, result.outputs['sarif-file']!))).toBe(true);
  // One create attempt (a 403 is not retried), no SARIF upload from a fork.
  expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/app/check-runs']);

  const warnings = commandLines(result.stdout, 'warning');
  expect(warnings.filter((w) => w.includes('No check run'))).toHaveLength(1);
  expect(warnings[0]).toContain('checks: write');
  const annotations = commandLines(result.stdout, 'error').filter((l) => l.startsWith('::error file='));
  expect(annotations).toHaveLength(report.findings.length);
  expect(annotations).toContainEqual(expect.stringMatching(/^::error file=app\/many\.py,line=1,endLine=1,/));
  // Hostile evidence stays inside one escaped command line.
  expect(result.stdout.split('\n').filter((l) => /^\s*::(stop-commands|add-mask)/.test(l))).toEqual([]);
  const pwned = result.stdout.split('\n').filter((l) => l.includes('pwned'));
  expect(pwned).toHaveLength(1);
  expect(pwned[0]).toMatch(
    /^::error file=app\/many\.py,line=61,.*::eval\(.*::stop-commands::pwned %250A.*::add-mask::x/,
  );
  // So does a file name with a line break, a comma and a percent sign.
  expect(annotations).toContainEqual(
    expect.stringMatching(/^::error file=app\/evil%0A%3A%3Aadd-mask%3A%3Ay%2C%250A\.py,line=1,/),
  );
  expect(result.summary).toContain('No check run: the token lacks checks: write');
});

test('push with upload-sarif and no security-events permission: warned, file written, decision kept', async () => {
  const api = await start([{ method: 'POST', path: /code-scanning\/sarifs$/, status: 403 }]);
  const workspace = makeWorkspace();
  const result = await runAction(runner, {
    workspace,
    inputs: { token: 't', 'upload-sarif': 'true', 'upload-artifact': 'false', 'fail-on': 'never' },
    event: { name: 'push', payload: { after: 'merge' } },
    apiUrl: api.url,
  });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.decision).toBe('FAIL');
  const upload = api.requests.find((r) => r.path.endsWith('/code-scanning/sarifs'));
  expect(upload?.body).toMatchObject({
    commit_sha: 'merge0000000000000000000000000000000000000',
    ref: 'refs/heads/main',
  });
  expect(commandLines(result.stdout, 'warning')).toEqual([
    expect.stringContaining('SARIF not uploaded: the token lacks security-events: write'),
  ]);
  expect(existsSync(path.resolve(workspace, result.outputs['sarif-file']!))).toBe(true);
  const last = api.requests.filter((r) => r.path.includes('/check-runs')).at(-1);
  expect(last?.body).toMatchObject({ status: 'completed', conclusion: 'neutral' });
});

test('unknown input value: exit 3, one ::error:: line naming it, no request, no packet', async () => {
  const api = await start();
  const workspace = makeWorkspace();
  const result = await runAction(runner, {
    workspace,
    inputs: { token: 't', 'fail-on': 'sometimes' },
    event: { name: 'push', payload: {} },
    apiUrl: api.url,
  });
  expect(result.exitCode).toBe(3);
  expect(commandLines(result.stdout, 'error')).toEqual([
    "::error::GateKeeper6: input fail-on: 'sometimes' is not one of fail, conditional, never",
  ]);
  expect(api.requests).toEqual([]);
  expect(existsSync(path.join(workspace, 'mcen_audit'))).toBe(false);
  expect(result.outputs).toEqual({ 'exit-code': '3' });
});

test('missing token with check runs on: exit 3 naming the token input', async () => {
  const api = await start();
  const result = await runAction(runner, {
    workspace: makeWorkspace(),
    inputs: { token: '' },
    event: { name: 'push', payload: {} },
    apiUrl: api.url,
  });
  expect(result.exitCode).toBe(3);
  expect(commandLines(result.stdout, 'error')).toEqual([
    '::error::GateKeeper6: input token is required and was empty',
  ]);
  expect(api.requests).toEqual([]);
});
