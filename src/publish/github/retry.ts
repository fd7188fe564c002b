/**
 * When a failed GitHub API call may be sent again. A rate-limit refusal (429, or 403 with
 * `retry-after` / an exhausted quota / "secondary rate limit") was not acted on, so any call may
 * be repeated after waiting. A 5xx or a dropped connection may have been acted on, so only
 * idempotent calls are repeated: sending a check-run create or an annotation PATCH twice would
 * duplicate the run or its annotations.
 * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately
 */
import { GitHubApiError } from './github-client.js';

export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  /** First back-off delay; doubled on each retry. */
  baseDelayMs: number;
  /** No single wait is longer than this, whatever `retry-after` asks for. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What the HTTP layer tells us about one failure. */
export interface FailureInfo {
  status: number | undefined;
  headers: Record<string, string | number | undefined>;
  message: string;
}

/** True when the failure is a primary or secondary rate limit (the request was refused, not processed). */
export function isRateLimit(failure: FailureInfo): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== 403) return false;
  return (
    failure.headers['retry-after'] !== undefined ||
    String(failure.headers['x-ratelimit-remaining']) === '0' ||
    /rate limit/i.test(failure.message)
  );
}

/** The wait before retry number `retry` (1-based): `retry-after` seconds when given, else exponential. */
export function retryDelay(failure: FailureInfo, retry: number, policy: RetryPolicy): number {
  const retryAfter = Number(failure.headers['retry-after']);
  const wanted =
    Number.isFinite(retryAfter) && retryAfter >= 0
      ? retryAfter * 1000
      : policy.baseDelayMs * 2 ** (retry - 1);
  return Math.min(wanted, policy.maxDelayMs);
}

/**
 * Runs `call`, repeating it per the rules above; `describe` turns whatever it throws into a
 * `FailureInfo`. Rejects with a `GitHubApiError` for `operation` once it gives up.
 */
export async function withRetry<T>(
  operation: string,
  idempotent: boolean,
  call: () => Promise<T>,
  describe: (error: unknown) => FailureInfo,
  policy: RetryPolicy,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = describe(error);
      const rateLimited = isRateLimit(failure);
      const transient = failure.status === undefined || failure.status >= 500;
      const again = rateLimited || (idempotent && transient);
      if (!again || attempt >= policy.attempts) {
        throw new GitHubApiError(operation, failure.status, failure.message, rateLimited);
      }
      await policy.sleep(retryDelay(failure, attempt, policy));
    }
  }
}
