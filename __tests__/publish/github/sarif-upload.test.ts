// Covers src/publish/github/sarif-upload.ts: gzip + Base64 encoding and the upload request.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { encodeSarif, uploadSarifFile } from '../../../src/publish/github/sarif-upload.js';
import { FakeGitHubClient } from './helpers/fake-client.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gk6-sarif-'));
const sarifText = JSON.stringify({
  version: '2.1.0',
  runs: [{ automationDetails: { id: 'gatekeeper6/mcen_practical/' } }],
});

test('encodeSarif is gzip then Base64, reversible', () => {
  const { payload, gzipBytes } = encodeSarif(sarifText);
  const gz = Buffer.from(payload, 'base64');
  expect(gz.length).toBe(gzipBytes);
  expect(gunzipSync(gz).toString('utf8')).toBe(sarifText);
});

test('uploads with commit, ref and checkout URI, leaving the file alone', async () => {
  const file = path.join(dir, 'report.sarif');
  writeFileSync(file, sarifText);
  const client = new FakeGitHubClient();
  const id = await uploadSarifFile(client, {
    sarifFile: file,
    commitSha: 'abc',
    ref: 'refs/pull/3/merge',
    checkoutUri: 'file:///w',
  });
  expect(id).toBe('sarif-1');
  const call = client.calls[0];
  if (call?.op !== 'sarif') throw new Error('no upload');
  expect(call.request).toMatchObject({
    commit_sha: 'abc',
    ref: 'refs/pull/3/merge',
    checkout_uri: 'file:///w',
    tool_name: 'GateKeeper6',
  });
  expect(gunzipSync(Buffer.from(call.request.sarif, 'base64')).toString('utf8')).toBe(sarifText);
  expect(readFileSync(file, 'utf8')).toBe(sarifText);
});

test('refuses a file over 10 MB compressed without calling the API', async () => {
  const file = path.join(dir, 'huge.sarif');
  writeFileSync(file, randomBytes(11 * 1024 * 1024).toString('base64'));
  const client = new FakeGitHubClient();
  await expect(uploadSarifFile(client, { sarifFile: file, commitSha: 'a', ref: 'r' })).rejects.toThrow(
    /at most 10 MB/,
  );
  expect(client.calls).toEqual([]);
});

test('a 403 from the API reaches the caller', async () => {
  const file = path.join(dir, 'r.sarif');
  writeFileSync(file, sarifText);
  await expect(
    uploadSarifFile(new FakeGitHubClient({ failSarif: 403 }), { sarifFile: file, commitSha: 'a', ref: 'r' }),
  ).rejects.toMatchObject({
    status: 403,
  });
});
