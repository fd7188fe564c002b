/**
 * What the runner tells the action about this run: repository, commits, pull request. Read from
 * the environment and the event payload each time (the `context` object of `@actions/github` is
 * frozen when the module is first imported).
 */
import { readFileSync } from 'node:fs';

export interface PullRequestContext {
  number: number;
  /** The pull request's head commit: where check runs must go to show on the pull request. */
  headSha: string;
  /** Number of changed files GitHub reports, to detect a truncated file list. */
  changedFiles?: number;
  /** The head lives in another repository (or a deleted one): the token is read-only. */
  fromFork: boolean;
}

export interface RunContext {
  /** Absent outside a runner (no `GITHUB_REPOSITORY`): then no API call is possible. */
  owner?: string;
  repo?: string;
  eventName: string;
  /** Commit and ref a code-scanning upload belongs to (the merge commit on `pull_request`). */
  sarifSha: string;
  sarifRef: string;
  /** Commit the check run is created on: the pull request head, else `GITHUB_SHA`. */
  headSha: string;
  pullRequest?: PullRequestContext;
  serverUrl: string;
  apiUrl: string;
  /** Link to this workflow run, for the check run's details. */
  runUrl?: string;
}

interface PullRequestPayload {
  number?: unknown;
  changed_files?: unknown;
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  base?: { repo?: { full_name?: unknown } | null };
}

/** The event payload, or `{}` when there is none or it is not JSON (a local run, a broken runner). */
function readPayload(eventPath: string | undefined): { pull_request?: PullRequestPayload } {
  if (!eventPath) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

function pullRequestOf(payload: { pull_request?: PullRequestPayload }): PullRequestContext | undefined {
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string') return undefined;
  const headRepo = pr.head.repo?.full_name;
  const baseRepo = pr.base?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
    fromFork: typeof headRepo !== 'string' || headRepo !== baseRepo,
  };
}

/** Builds the run context from `env` (normally `process.env`); missing variables give empty values, never a throw. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = pullRequestOf(readPayload(env.GITHUB_EVENT_PATH));
  const sha = env.GITHUB_SHA ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  // On pull_request_target GITHUB_SHA/GITHUB_REF name the default branch, not the pull request.
  const target = eventName === 'pull_request_target' && pullRequest;
  return {
    owner: owner && repo ? owner : undefined,
    repo: owner && repo ? repo : undefined,
    eventName,
    sarifSha: target ? pullRequest.headSha : sha,
    sarifRef: target ? `refs/pull/${pullRequest.number}/head` : (env.GITHUB_REF ?? ''),
    headSha: pullRequest?.headSha ?? sha,
    pullRequest,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
  };
}
