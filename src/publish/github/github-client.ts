/**
 * The few GitHub REST calls the action makes, behind one small interface so publishing can be
 * tested with a fake and the real client can be pointed at any API base URL.
 */

/** A check-run annotation as the Checks API takes it (1-based lines; columns only on one line). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations?: CheckAnnotation[];
}

export interface CreateCheckRunRequest {
  name: string;
  head_sha: string;
  status: 'in_progress' | 'completed';
  conclusion?: CheckConclusion;
  details_url?: string;
  output: CheckRunOutput;
}

export interface UpdateCheckRunRequest {
  status?: 'in_progress' | 'completed';
  conclusion?: CheckConclusion;
  output: CheckRunOutput;
}

/** One entry of the pull request files list; `patch` is absent for binary or very large diffs. */
export interface PullRequestFile {
  filename: string;
  status: string;
  changes: number;
  patch?: string;
}

export interface UploadSarifRequest {
  commit_sha: string;
  ref: string;
  /** The SARIF log, gzip-compressed then Base64-encoded. */
  sarif: string;
  checkout_uri?: string;
  tool_name?: string;
}

/** The GitHub API as the action uses it. Every method rejects with `GitHubApiError` on an HTTP error. */
export interface GitHubClient {
  createCheckRun(request: CreateCheckRunRequest): Promise<{ id: number; html_url?: string }>;
  updateCheckRun(checkRunId: number, request: UpdateCheckRunRequest): Promise<void>;
  /** Every file of the pull request, following pagination to the end (the API stops at 3,000). */
  listPullRequestFiles(pullNumber: number): Promise<PullRequestFile[]>;
  uploadSarif(request: UploadSarifRequest): Promise<{ id: string }>;
}

/**
 * An HTTP failure from the GitHub API, after any retries (`status` undefined: no response at all).
 * `rateLimited` marks a refusal for rate limiting rather than for permissions.
 */
export class GitHubApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number | undefined,
    detail: string,
    readonly rateLimited = false,
  ) {
    super(`${operation} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${detail}`);
    this.name = 'GitHubApiError';
  }
}

/**
 * True when the API refused for lack of permission: a 403 that is not a rate limit, which is what
 * a read-only token (fork pull requests, Dependabot) gets ("Resource not accessible by integration").
 */
export function isPermissionError(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 403 && !error.rateLimited;
}
