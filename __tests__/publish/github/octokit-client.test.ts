// Covers src/publish/github/octokit-client.ts against a local stand-in for the GitHub API.
import type { FakeGitHub, FakeGitHubOptions } from '../../action/harness/fake-github-server.js';
import { startFakeGitHub } from '../../action/harness/fake-github-server.js';
import { GitHubApiError, isPermissionError } from '../../../src/publish/github/github-client.js';
import { createOctokitClient, nextLink } from '../../../src/publish/github/octokit-client.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const noWait = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, sleep: () => Promise.resolve() };

async function clientFor(options: FakeGitHubOptions) {
  server = await startFakeGitHub(options);
  return createOctokitClient({
    token: 't0ken',
    owner: 'acme',
    repo: 'app',
    baseUrl: server.url,
    retry: noWait,
  });
}

const checkRun = {
  name: 'GateKeeper6',
  head_sha: 'abc',
  status: 'completed' as const,
  conclusion: 'success' as const,
  output: { title: 't', summary: 's' },
};

test('nextLink reads the rel="next" URL', () => {
  expect(nextLink('<https://x/a?page=2>; rel="next", <https://x/a?page=5>; rel="last"')).toBe(
    'https://x/a?page=2',
  );
  expect(nextLink('<https://x/a?page=1>; rel="prev"')).toBeUndefined();
  expect(nextLink(undefined)).toBeUndefined();
});

test('pull request files follow Link headers to the last page', async () => {
  const files = Array.from({ length: 250 }, (_, i) => ({
    filename: `f${i}.py`,
    status: 'added',
    changes: 1,
    patch: '@@ -0,0 +1 @@\n+x',
  }));
  const client = await clientFor({ pullFiles: files });
  const listed = await client.listPullRequestFiles(9);
  expect(listed.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
  expect(server!.requests.map((r) => `${r.path}?page=${r.query.page ?? '1'}`)).toEqual([
    '/repos/acme/app/pulls/9/files?page=1',
    '/repositories/1/pulls/9/files?page=2',
    '/repositories/1/pulls/9/files?page=3',
  ]);
  expect(server!.requests[0]!.query.per_page).toBe('100');
  expect(server!.requests[0]!.headers.authorization).toBe('token t0ken');
});

test('a GET is retried after a 5xx', async () => {
  const client = await clientFor({
    pullFiles: [],
    faults: [{ method: 'GET', path: /files$/, status: 502, times: 1 }],
  });
  await expect(client.listPullRequestFiles(1)).resolves.toEqual([]);
  expect(server!.requests).toHaveLength(2);
});

test('a check-run create is not repeated after a 5xx (it may have been made)', async () => {
  const client = await clientFor({
    faults: [{ method: 'POST', path: /check-runs$/, status: 500, times: 1 }],
  });
  await expect(client.createCheckRun(checkRun)).rejects.toMatchObject({ status: 500 });
  expect(server!.requests).toHaveLength(1);
});

test('a secondary rate limit is waited out even for a create', async () => {
  const client = await clientFor({
    faults: [
      {
        method: 'POST',
        path: /check-runs$/,
        status: 403,
        times: 1,
        headers: { 'retry-after': '0' },
        message: 'You have exceeded a secondary rate limit',
      },
    ],
  });
  await expect(client.createCheckRun(checkRun)).resolves.toMatchObject({ id: 4242 });
  expect(server!.requests).toHaveLength(2);
});

test('403 "Resource not accessible by integration" is a permission error, tried once', async () => {
  const client = await clientFor({ faults: [{ method: 'POST', path: /check-runs$/, status: 403 }] });
  const error = await client.createCheckRun(checkRun).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubApiError);
  expect(isPermissionError(error)).toBe(true);
  expect((error as Error).message).toBe(
    'create check run failed (HTTP 403): Resource not accessible by integration',
  );
  expect(server!.requests).toHaveLength(1);
});

test('an annotation PATCH is not repeated after a 5xx, an annotation-free one is', async () => {
  const client = await clientFor({
    faults: [{ method: 'PATCH', path: /check-runs\/\d+$/, status: 503, times: 1 }],
  });
  const annotation = {
    path: 'a.py',
    start_line: 1,
    end_line: 1,
    annotation_level: 'failure' as const,
    message: 'm',
  };
  await expect(
    client.updateCheckRun(5, { output: { title: 't', summary: 's', annotations: [annotation] } }),
  ).rejects.toMatchObject({
    status: 503,
  });
  expect(server!.requests).toHaveLength(1);
  await client.updateCheckRun(5, {
    status: 'completed',
    conclusion: 'success',
    output: { title: 't', summary: 's' },
  });
  expect(server!.requests).toHaveLength(2);
});

test('SARIF upload posts the body and returns the analysis id', async () => {
  const client = await clientFor({});
  await expect(
    client.uploadSarif({ commit_sha: 'abc', ref: 'refs/heads/main', sarif: 'H4sI' }),
  ).resolves.toEqual({
    id: 'sarif-47',
  });
  expect(server!.requests[0]).toMatchObject({
    method: 'POST',
    path: '/repos/acme/app/code-scanning/sarifs',
    body: { commit_sha: 'abc', ref: 'refs/heads/main', sarif: 'H4sI' },
  });
});

test('no server at all: a GET is retried, then rejects with a GitHubApiError', async () => {
  server = await startFakeGitHub();
  const url = server.url;
  await server.close();
  server = undefined;
  let waits = 0;
  const retry = { ...noWait, sleep: () => Promise.resolve(void waits++) };
  const client = createOctokitClient({ token: 't', owner: 'a', repo: 'b', baseUrl: url, retry });
  await expect(client.listPullRequestFiles(1)).rejects.toBeInstanceOf(GitHubApiError);
  expect(waits).toBe(2);
});

test('a hung API is given up on: each try ends at the timeout, then the retries run out', async () => {
  server = await startFakeGitHub({ faults: [{ method: 'GET', path: /files$/, status: 0, hang: true }] });
  const client = createOctokitClient({
    token: 't',
    owner: 'a',
    repo: 'b',
    baseUrl: server.url,
    retry: { ...noWait, attempts: 2 },
    timeoutMs: 200,
  });
  await expect(client.listPullRequestFiles(1)).rejects.toBeInstanceOf(GitHubApiError);
  expect(server.requests).toHaveLength(2);
});
