// Covers src/publish/github/artifact.ts: the packet's files and the never-fatal upload.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { ArtifactUploader } from '../../../src/publish/github/artifact.js';
import { packetFiles, uploadPacket } from '../../../src/publish/github/artifact.js';

function packet(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gk6-packet-'));
  mkdirSync(path.join(root, 'sub'));
  writeFileSync(path.join(root, 'report.json'), '{}');
  writeFileSync(path.join(root, 'sub', 'egress_log.jsonl'), '');
  symlinkSync('/etc/passwd', path.join(root, 'escape'));
  return root;
}

test('packetFiles lists regular files recursively, sorted, without following links', () => {
  const root = packet();
  expect(packetFiles(root)).toEqual([
    path.join(root, 'report.json'),
    path.join(root, 'sub', 'egress_log.jsonl'),
  ]);
});

test('uploads every file with the packet as root and returns the id', async () => {
  const root = packet();
  const seen: unknown[] = [];
  const uploader: ArtifactUploader = {
    uploadArtifact: (...args) => {
      seen.push(args);
      return Promise.resolve({ id: 314 });
    },
  };
  await expect(uploadPacket(uploader, 'mcen_audit', root)).resolves.toEqual({ id: 314 });
  expect(seen).toEqual([['mcen_audit', packetFiles(root), root]]);
});

test.each([
  ['Unable to get the ACTIONS_RUNTIME_TOKEN env variable', /only inside a GitHub Actions job/],
  [
    'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    /give each matrix job its own artifact-name/,
  ],
  ['quota', /not uploaded: quota$/],
])('a failure (%s) becomes a warning', async (message, hint) => {
  const uploader: ArtifactUploader = { uploadArtifact: () => Promise.reject(new Error(message)) };
  const result = await uploadPacket(uploader, 'mcen_audit', packet());
  expect('warning' in result && result.warning).toMatch(hint);
});

test('a missing packet folder is a warning, not a throw', async () => {
  const uploader: ArtifactUploader = { uploadArtifact: () => Promise.resolve({ id: 1 }) };
  const result = await uploadPacket(uploader, 'x', path.join(tmpdir(), 'gk6-does-not-exist'));
  expect(result).toHaveProperty('warning');
});
