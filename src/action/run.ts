/**
 * The action: read inputs, audit, set outputs, publish (check run or workflow-command
 * annotations, job summary, SARIF upload, artifact), then pass or fail the step per `fail-on`.
 * Publishing is best effort: what the API allows changes only where findings are shown, never
 * the decision, the files on disk or the exit code.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { runGit } from '../discover/run-git.js';
import { ConfigError, EXIT } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { toAnnotation } from '../publish/github/annotations.js';
import type { ArtifactUploader } from '../publish/github/artifact.js';
import { defaultArtifactUploader, uploadPacket } from '../publish/github/artifact.js';
import { onChangedLine, readChangedLines } from '../publish/github/changed-lines.js';
import { checkConclusion, MAX_CHECK_SUMMARY, publishCheckRun } from '../publish/github/check-run.js';
import type { CheckAnnotation, GitHubClient } from '../publish/github/github-client.js';
import { isPermissionError } from '../publish/github/github-client.js';
import type { OctokitClientOptions } from '../publish/github/octokit-client.js';
import { createOctokitClient } from '../publish/github/octokit-client.js';
import type { RunContext } from '../publish/github/run-context.js';
import { readRunContext } from '../publish/github/run-context.js';
import { uploadSarifFile } from '../publish/github/sarif-upload.js';
import { headline, renderSummary } from '../publish/github/summary.js';
import { annotationCommands, RUNNER_ANNOTATIONS_PER_LEVEL } from '../publish/github/workflow-commands.js';
import type { AuditFn, AuditResult } from './engine.js';
import { auditWithEngine } from './engine-binding.js';
import type { ActionInputs } from './inputs.js';
import { readInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import { coreIO } from './io.js';

export interface RunDeps {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  cwd: string;
  audit: AuditFn;
  github: (options: OctokitClientOptions) => GitHubClient;
  artifacts: () => ArtifactUploader;
}

/** Fork pull requests and Dependabot get a read-only token whatever `permissions:` says. */
const READ_ONLY_HINT = 'pull requests from forks and Dependabot receive a read-only token';

/** Ends the run as a tool error (exit 3): one line naming the input or file, the stack only in debug. */
function toolError(io: ActionIO, error: unknown): number {
  if (error instanceof ConfigError) {
    io.setFailed(`GateKeeper6: ${error.message}`);
  } else {
    io.setFailed(`GateKeeper6 internal error: ${(error as Error).message ?? String(error)}`);
    io.debug((error as Error).stack ?? String(error));
  }
  io.setOutput('exit-code', EXIT.toolError);
  return EXIT.toolError;
}

function setReportOutputs(io: ActionIO, { report, files }: AuditResult): void {
  io.setOutput('decision', report.summary.decision);
  io.setOutput('exit-code', report.summary.exit_code);
  io.setOutput('blocker-count', report.summary.totals_by_severity.blocker);
  io.setOutput('high-count', report.summary.totals_by_severity.high);
  io.setOutput('findings-count', report.findings.length);
  io.setOutput('sarif-file', files.sarif ?? '');
  io.setOutput('report-json', files.reportJson);
  io.setOutput('report-md', files.reportMd);
  io.setOutput('manifest', files.manifest ?? '');
  // Set now and overwritten on success, so every output exists whatever publishing does.
  io.setOutput('check-run-id', '');
  io.setOutput('artifact-id', '');
}

/**
 * The scanned folder relative to the repository root, POSIX, '' for the root: what turns a
 * finding's path (relative to the scanned folder) into an annotation path. Asks git, because the
 * checkout may sit in a sub-folder of the workspace; without git, relative to `cwd` ('' outside it).
 */
async function pathPrefix(cwd: string, target: string): Promise<string> {
  const absolute = path.resolve(cwd, target);
  const fromGit = await runGit(absolute, ['rev-parse', '--show-prefix'], {
    timeoutMs: 10_000,
    maxOutputBytes: 65_536,
  });
  if (fromGit !== null) return fromGit.trim().replace(/\/$/, '');
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return '';
  return relative.split(path.sep).join('/');
}

/** Prints annotations as workflow commands, most severe first, with one line if the runner will cut them. */
function printAnnotations(io: ActionIO, annotations: readonly CheckAnnotation[]): void {
  const { lines, overflow } = annotationCommands(annotations);
  for (const line of lines) io.print(line);
  if (overflow) {
    io.info(
      `The runner shows only ${RUNNER_ANNOTATIONS_PER_LEVEL} annotations of each level per step; all ${annotations.length} are in this log, the job summary and the audit packet.`,
    );
  }
}

class Publisher {
  readonly notes: string[] = [];
  private readonly client?: GitHubClient;

  constructor(
    private readonly deps: RunDeps,
    private readonly inputs: ActionInputs,
    private readonly context: RunContext,
    private readonly result: AuditResult,
    private readonly prefix: string,
  ) {
    if (inputs.token && context.owner && context.repo) {
      this.client = deps.github({
        token: inputs.token,
        owner: context.owner,
        repo: context.repo,
        baseUrl: context.apiUrl,
      });
    } else if (inputs.checkRun || inputs.uploadSarif) {
      deps.io.warning(
        'GITHUB_REPOSITORY is not set, so no GitHub API call is made (check run, SARIF upload).',
      );
    }
  }

  private get io(): ActionIO {
    return this.deps.io;
  }

  private get report(): Report {
    return this.result.report;
  }

  /** Annotations per the `annotations` input; falls back to all findings when the diff cannot be trusted. */
  async annotations(): Promise<CheckAnnotation[]> {
    if (this.inputs.annotations === 'none') return [];
    const all = this.report.findings.map((finding) => toAnnotation(finding, this.prefix));
    if (this.inputs.annotations === 'all') return all;
    const pr = this.context.pullRequest;
    if (!pr || !this.client) {
      this.notes.push('annotations: changed applies to pull requests only; every finding is annotated.');
      return all;
    }
    const changed = await readChangedLines(this.client, pr.number, pr.changedFiles);
    if (!changed.ok) {
      const note = `Annotating every finding, not only changed lines: ${changed.reason}.`;
      this.io.warning(note);
      this.notes.push(note);
      return all;
    }
    const kept = all.filter((annotation) => onChangedLine(annotation, changed.files));
    this.notes.push(
      `Annotations show the ${kept.length} of ${all.length} findings on lines this pull request adds; the decision counts all of them.`,
    );
    return kept;
  }

  /** The check run with `annotations`; the workflow-command fallback for whatever it could not carry. */
  async checkRun(annotations: CheckAnnotation[]): Promise<void> {
    if (!this.inputs.checkRun || !this.client) {
      printAnnotations(this.io, annotations);
      return;
    }
    const summary = renderSummary(this.report, {
      ...this.linkOptions(),
      topFindings: 10,
      notes: this.notes,
      maxBytes: MAX_CHECK_SUMMARY,
    });
    try {
      const result = await publishCheckRun(this.client, {
        name: this.inputs.checkName,
        headSha: this.context.headSha,
        conclusion: checkConclusion(this.report.summary.decision, this.inputs.failOn),
        title: headline(this.report),
        summary,
        annotations,
        detailsUrl: this.context.runUrl,
      });
      this.io.setOutput('check-run-id', result.id);
      this.io.info(
        `Check run ${this.inputs.checkName} created (id ${result.id}) with ${result.sent} annotations.`,
      );
      if (result.error) {
        this.io.warning(
          `Only ${result.sent} of ${annotations.length} annotations reached the check run (${result.error.message}); the rest follow as workflow commands.`,
        );
        printAnnotations(this.io, annotations.slice(result.sent));
      }
    } catch (error) {
      const why = isPermissionError(error)
        ? `the token lacks checks: write (${READ_ONLY_HINT})`
        : (error as Error).message;
      const note = `No check run: ${why}. Findings are annotated with workflow commands instead.`;
      this.io.warning(note);
      this.notes.push(note);
      printAnnotations(this.io, annotations);
    }
  }

  async uploadSarif(): Promise<void> {
    const sarifFile = this.result.files.sarif;
    if (!this.inputs.uploadSarif || !this.client || !sarifFile) return;
    if (this.context.pullRequest?.fromFork) {
      const note = `SARIF not uploaded: ${READ_ONLY_HINT}; ${sarifFile} is written (output sarif-file) for github/codeql-action/upload-sarif.`;
      this.io.info(note);
      this.notes.push(note);
      return;
    }
    try {
      const id = await uploadSarifFile(this.client, {
        sarifFile: path.resolve(this.deps.cwd, sarifFile),
        commitSha: this.context.sarifSha,
        ref: this.context.sarifRef,
        // The repository root: the scanned folder with the prefix taken off again.
        checkoutUri: pathToFileURL(
          path.resolve(
            this.deps.cwd,
            this.inputs.path,
            ...this.prefix
              .split('/')
              .filter(Boolean)
              .map(() => '..'),
          ),
        ).href,
      });
      this.io.info(`SARIF uploaded to code scanning (analysis ${id}).`);
    } catch (error) {
      const why = isPermissionError(error)
        ? `the token lacks security-events: write (${READ_ONLY_HINT})`
        : (error as Error).message;
      const note = `SARIF not uploaded: ${why}. ${sarifFile} is still written (output sarif-file).`;
      this.io.warning(note);
      this.notes.push(note);
    }
  }

  async artifact(): Promise<void> {
    if (!this.inputs.uploadArtifact) return;
    const outcome = await uploadPacket(
      this.deps.artifacts(),
      this.inputs.artifactName,
      path.resolve(this.deps.cwd, this.inputs.outputDir),
    );
    if ('id' in outcome) {
      this.io.setOutput('artifact-id', outcome.id);
      this.io.info(`Audit packet uploaded as artifact ${this.inputs.artifactName} (id ${outcome.id}).`);
    } else {
      this.io.warning(outcome.warning);
      this.notes.push(outcome.warning);
    }
  }

  async jobSummary(): Promise<void> {
    if (!this.inputs.jobSummary) return;
    try {
      await this.io.writeSummary(renderSummary(this.report, { ...this.linkOptions(), notes: this.notes }));
    } catch (error) {
      this.io.warning(`Job summary not written: ${(error as Error).message}`);
    }
  }

  private linkOptions(): { blobUrl?: string; pathPrefix: string } {
    const { owner, repo, serverUrl, headSha } = this.context;
    return {
      blobUrl: owner && repo && headSha ? `${serverUrl}/${owner}/${repo}/blob/${headSha}` : undefined,
      pathPrefix: this.prefix,
    };
  }
}

/** Passes or fails the step per `fail-on`, with one line saying why. Returns the process exit code. */
function conclude(io: ActionIO, inputs: ActionInputs, report: Report): number {
  const { decision, totals_by_severity: t } = report.summary;
  const fails =
    decision === 'FAIL'
      ? inputs.failOn !== 'never'
      : decision === 'CONDITIONAL_PASS' && inputs.failOn === 'conditional';
  const counts = `${t.blocker} active blocker, ${t.high} active high finding(s)`;
  if (fails) {
    io.setFailed(
      `GateKeeper6 decision ${decision}: ${counts} under ${inputs.profile} (fail-on: ${inputs.failOn}).`,
    );
    return 1;
  }
  io.info(`GateKeeper6 decision ${decision}: ${counts}; the step passes (fail-on: ${inputs.failOn}).`);
  return 0;
}

/**
 * Runs the action and resolves to the process exit code, also stored in `process.exitCode`:
 * 0 pass, 1 failed per `fail-on`, 3 bad input or tool error (nothing published then).
 * Dependencies default to the real runner, engine and GitHub API.
 */
export async function run(overrides: Partial<RunDeps> = {}): Promise<number> {
  const deps: RunDeps = {
    io: overrides.io ?? coreIO(),
    env: overrides.env ?? process.env,
    cwd: overrides.cwd ?? process.cwd(),
    audit: overrides.audit ?? auditWithEngine,
    github: overrides.github ?? createOctokitClient,
    artifacts: overrides.artifacts ?? defaultArtifactUploader,
  };
  const code = await runWith(deps);
  process.exitCode = code;
  return code;
}

async function runWith(deps: RunDeps): Promise<number> {
  const { io } = deps;
  const context = readRunContext(deps.env);
  // Paths go to the engine absolute, so nothing depends on the process's working directory.
  const resolve = (p: string): string => path.resolve(deps.cwd, p);
  let inputs: ActionInputs;
  let result: AuditResult;
  try {
    inputs = readInputs((name) => io.input(name), {
      isPullRequest: context.pullRequest !== undefined,
      cwd: deps.cwd,
    });
    result = await deps.audit({
      target: resolve(inputs.path),
      profile: inputs.profile,
      outputDir: resolve(inputs.outputDir),
      allowlist: inputs.allowlist && resolve(inputs.allowlist),
      // builtin:NAME is a name, not a path.
      policy: inputs.policy?.startsWith('builtin:') ? inputs.policy : inputs.policy && resolve(inputs.policy),
      baseline: inputs.baseline && resolve(inputs.baseline),
      include: inputs.include,
      exclude: inputs.exclude,
      jobs: inputs.jobs,
      sarif: inputs.sarif,
      egressCommand: inputs.egressCommand,
    });
  } catch (error) {
    return toolError(io, error);
  }
  setReportOutputs(io, result);
  io.info(`GateKeeper6: ${headline(result.report)}; packet in ${inputs.outputDir}.`);
  const prefix = await pathPrefix(deps.cwd, inputs.path);
  const publisher = new Publisher(deps, inputs, context, result, prefix);
  try {
    await publisher.checkRun(await publisher.annotations());
    await publisher.uploadSarif();
    await publisher.artifact();
  } catch (error) {
    // A bug in publishing must not change the decision either: report it and carry on.
    io.warning(`Publishing stopped early: ${(error as Error).message}`);
    io.debug((error as Error).stack ?? String(error));
  }
  await publisher.jobSummary();
  return conclude(io, inputs, result.report);
}
