// Covers src/publish/github/run-context.ts: which commit the check run and the SARIF belong to.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { readRunContext } from '../../../src/publish/github/run-context.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gk6-ctx-'));
const eventFile = (payload: unknown): string => {
  const file = path.join(dir, `${Math.random()}.json`);
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
};
const pr = (headRepo: string | null) => ({
  pull_request: {
    number: 12,
    changed_files: 4,
    head: { sha: 'head-sha', repo: headRepo === null ? null : { full_name: headRepo } },
    base: { repo: { full_name: 'acme/app' } },
  },
});
const base = { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'merge-sha', GITHUB_REF: 'refs/pull/12/merge' };

test('pull_request: check run on the head, SARIF on the merge commit', () => {
  const ctx = readRunContext({
    ...base,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile(pr('acme/app')),
  });
  expect(ctx).toMatchObject({
    owner: 'acme',
    repo: 'app',
    headSha: 'head-sha',
    sarifSha: 'merge-sha',
    sarifRef: 'refs/pull/12/merge',
    pullRequest: { number: 12, headSha: 'head-sha', changedFiles: 4, fromFork: false },
  });
});

test('a head in another repository, or a deleted one, is a fork', () => {
  for (const headRepo of ['someone/app', null]) {
    const ctx = readRunContext({ ...base, GITHUB_EVENT_PATH: eventFile(pr(headRepo)) });
    expect(ctx.pullRequest?.fromFork).toBe(true);
  }
});

test('pull_request_target: SARIF goes to the pull request head ref, not the default branch', () => {
  const ctx = readRunContext({
    ...base,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: eventFile(pr('someone/app')),
  });
  expect(ctx).toMatchObject({ sarifSha: 'head-sha', sarifRef: 'refs/pull/12/head', headSha: 'head-sha' });
});

test('push: everything on GITHUB_SHA, links to the run', () => {
  const ctx = readRunContext({
    ...base,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile({ after: 'merge-sha' }),
    GITHUB_SERVER_URL: 'https://ghe.example/',
    GITHUB_RUN_ID: '99',
  });
  expect(ctx).toMatchObject({ headSha: 'merge-sha', sarifSha: 'merge-sha', sarifRef: 'refs/heads/main' });
  expect(ctx.pullRequest).toBeUndefined();
  expect(ctx.runUrl).toBe('https://ghe.example/acme/app/actions/runs/99');
});

test('no runner environment, or a broken payload, gives empty values and no throw', () => {
  expect(readRunContext({})).toMatchObject({
    owner: undefined,
    repo: undefined,
    headSha: '',
    apiUrl: 'https://api.github.com',
  });
  expect(readRunContext({ ...base, GITHUB_EVENT_PATH: eventFile('{not json') }).pullRequest).toBeUndefined();
  expect(
    readRunContext({ ...base, GITHUB_EVENT_PATH: path.join(dir, 'missing.json') }).pullRequest,
  ).toBeUndefined();
});
