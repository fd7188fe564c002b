/**
 * `GitHubClient` over Octokit from `@actions/github`, with the retry rules of `retry.ts`.
 */
import { getOctokit } from '@actions/github';

import type { GitHubClient, PullRequestFile } from './github-client.js';
import type { FailureInfo, RetryPolicy } from './retry.js';
import { DEFAULT_RETRY, withRetry } from './retry.js';

export interface OctokitClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST base URL; the runner's `GITHUB_API_URL` (GitHub Enterprise, or a local stand-in in tests). */
  baseUrl: string;
  retry?: RetryPolicy;
  /** Longest wait for one response (default 60 s); a request that takes longer counts as no response. */
  timeoutMs?: number;
}

/** The API stops listing pull request files at 3,000, i.e. 30 pages of 100. */
const MAX_FILE_PAGES = 30;

/** Reads status, headers and message from whatever Octokit threw (RequestError or a network error). */
function describeFailure(error: unknown): FailureInfo {
  const e = error as {
    status?: unknown;
    response?: { headers?: unknown; data?: unknown };
    message?: unknown;
  };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const headers = (e.response?.headers ?? {}) as Record<string, string | number | undefined>;
  const data = e.response?.data as { message?: unknown } | undefined;
  const message = typeof data?.message === 'string' ? data.message : String(e.message ?? error);
  return { status, headers, message };
}

/** The `rel="next"` URL of a `Link` header, if any. */
export function nextLink(link: string | undefined): string | undefined {
  return link?.match(/<([^<>]+)>;\s*rel="next"/)?.[1];
}

/**
 * A GitHub client for one repository. The token must be non-empty (checked by the input reader);
 * no request is made until a method is called.
 */
export function createOctokitClient(options: OctokitClientOptions): GitHubClient {
  // baseUrl is passed explicitly: @actions/github reads GITHUB_API_URL once, when first imported.
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl });
  const policy = options.retry ?? DEFAULT_RETRY;
  const repo = { owner: options.owner, repo: options.repo };
  // A fresh signal per request, so a hung API cannot hold the job until the runner's own timeout.
  const limit = (): { request: { signal: AbortSignal } } => ({
    request: { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) },
  });
  const attempt = <T>(operation: string, idempotent: boolean, call: () => Promise<T>): Promise<T> =>
    withRetry(operation, idempotent, call, describeFailure, policy);

  return {
    async createCheckRun(request) {
      const response = await attempt('create check run', false, () =>
        octokit.rest.checks.create({ ...repo, ...request, ...limit() }),
      );
      return { id: response.data.id, html_url: response.data.html_url ?? undefined };
    },

    async updateCheckRun(checkRunId, request) {
      // Annotations are appended by each PATCH, so only an annotation-free PATCH is idempotent.
      const idempotent = !request.output.annotations?.length;
      await attempt('update check run', idempotent, () =>
        octokit.rest.checks.update({ ...repo, check_run_id: checkRunId, ...request, ...limit() }),
      );
    },

    async listPullRequestFiles(pullNumber) {
      type Page = {
        data: { filename: string; status: string; changes: number; patch?: string }[];
        link?: string;
      };
      const first = (): Promise<Page> =>
        octokit.rest.pulls
          .listFiles({ ...repo, pull_number: pullNumber, per_page: 100, ...limit() })
          .then((r) => ({ data: r.data, link: r.headers.link }));
      // Later pages follow the server's own `Link` URLs, as GitHub asks clients to.
      const following = (url: string) => (): Promise<Page> =>
        octokit
          .request({ method: 'GET', url, ...limit() })
          .then((r) => ({ data: r.data as Page['data'], link: r.headers.link }));
      const files: PullRequestFile[] = [];
      let call = first;
      for (let page = 1; ; page++) {
        const { data, link } = await attempt('list pull request files', true, call);
        for (const f of data)
          files.push({ filename: f.filename, status: f.status, changes: f.changes, patch: f.patch });
        const next = nextLink(link);
        if (!next || page >= MAX_FILE_PAGES) return files;
        call = following(next);
      }
    },

    async uploadSarif(request) {
      // Not idempotent: a repeated upload after a lost response would queue a second analysis.
      const response = await attempt('upload SARIF', false, () =>
        octokit.rest.codeScanning.uploadSarif({ ...repo, ...request, ...limit() }),
      );
      return { id: response.data.id ?? '' };
    },
  };
}
