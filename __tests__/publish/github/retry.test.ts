// Covers src/publish/github/retry.ts: which failures are retried, and how long to wait.
import { GitHubApiError } from '../../../src/publish/github/github-client.js';
import type { FailureInfo } from '../../../src/publish/github/retry.js';
import { isRateLimit, retryDelay, withRetry } from '../../../src/publish/github/retry.js';

const failure = (
  status: number | undefined,
  headers: FailureInfo['headers'] = {},
  message = 'x',
): FailureInfo => ({
  status,
  headers,
  message,
});

describe('isRateLimit', () => {
  test.each([
    ['429', failure(429), true],
    ['403 with retry-after', failure(403, { 'retry-after': '30' }), true],
    ['403 with exhausted quota', failure(403, { 'x-ratelimit-remaining': '0' }), true],
    ['403 secondary rate limit message', failure(403, {}, 'You have exceeded a secondary rate limit'), true],
    ['403 permission', failure(403, {}, 'Resource not accessible by integration'), false],
    ['500', failure(500), false],
    ['no response', failure(undefined), false],
  ])('%s', (_t, info, expected) => {
    expect(isRateLimit(info)).toBe(expected);
  });
});

describe('retryDelay', () => {
  const policy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, sleep: () => Promise.resolve() };
  test('exponential without retry-after', () => {
    expect([1, 2, 3].map((n) => retryDelay(failure(502), n, policy))).toEqual([100, 200, 400]);
  });
  test('retry-after in seconds, capped', () => {
    expect(retryDelay(failure(429, { 'retry-after': '0.5' }), 1, policy)).toBe(500);
    expect(retryDelay(failure(429, { 'retry-after': '3600' }), 1, policy)).toBe(1000);
  });
});

describe('withRetry', () => {
  const run = async (statuses: (number | undefined)[], idempotent: boolean) => {
    let calls = 0;
    const waits: number[] = [];
    const policy = {
      attempts: 3,
      baseDelayMs: 10,
      maxDelayMs: 100,
      sleep: (ms: number) => Promise.resolve(void waits.push(ms)),
    };
    const result = await withRetry(
      'op',
      idempotent,
      () => {
        const status = statuses[calls++];
        return status === 0 ? Promise.resolve('ok') : Promise.reject(new Error(String(status)));
      },
      (error) => failure(Number((error as Error).message) || undefined),
      policy,
    ).catch((e: unknown) => e);
    return { result, calls, waits };
  };

  test('idempotent call survives two 5xx', async () => {
    expect(await run([502, 503, 0], true)).toEqual({ result: 'ok', calls: 3, waits: [10, 20] });
  });
  test('non-idempotent call is not repeated after a 5xx', async () => {
    const { result, calls } = await run([502, 0], false);
    expect(calls).toBe(1);
    expect(result).toBeInstanceOf(GitHubApiError);
    expect((result as GitHubApiError).status).toBe(502);
  });
  test('non-idempotent call is repeated after a 429', async () => {
    expect(await run([429, 0], false)).toMatchObject({ result: 'ok', calls: 2 });
  });
  test('gives up after the attempts and marks the rate limit', async () => {
    const { result, calls } = await run([429, 429, 429, 0], true);
    expect(calls).toBe(3);
    expect(result).toMatchObject({ status: 429, rateLimited: true });
  });
  test('4xx other than rate limits is final', async () => {
    expect(await run([422, 0], true)).toMatchObject({ calls: 1 });
  });
});
