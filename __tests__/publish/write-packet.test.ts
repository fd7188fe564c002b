// Covers src/publish/write-packet.ts: atomic packet and single-file writes, and failures that must leave old files intact.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { ConfigError } from '../../src/model/errors.js';
import type { PacketFs } from '../../src/publish/write-packet.js';
import { writeFileAtomic, writePacket } from '../../src/publish/write-packet.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'write-packet-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The real file system, except that the `n`-th call (1-based) of `method` fails with `code`. */
function failingOn(method: 'open' | 'rename', n: number, code = 'EIO'): PacketFs {
  let calls = 0;
  const fail = () => Promise.reject(Object.assign(new Error(`injected ${method} failure`), { code }));
  return {
    mkdir: fsp.mkdir,
    rm: fsp.rm,
    stat: fsp.stat,
    open: (...args: Parameters<typeof fsp.open>) =>
      method === 'open' && ++calls === n ? fail() : fsp.open(...args),
    rename: (...args: Parameters<typeof fsp.rename>) =>
      method === 'rename' && ++calls === n ? fail() : fsp.rename(...args),
  };
}

function seedOldPacket(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of ['report.json', 'report.md', 'manifest.json'])
    writeFileSync(path.join(dir, name), `old ${name}`);
}

const newPacket = [
  { name: 'report.json', content: '{"new":true}\n' },
  { name: 'report.md', content: '# new\n' },
  { name: 'manifest.json', content: '{}\n' },
];

test('writes every file into a directory it creates, leaving no temporary files', async () => {
  const dir = path.join(root, 'a', 'b', 'mcen_audit');
  await writePacket(dir, [...newPacket, { name: 'bytes.bin', content: new Uint8Array([0, 1, 255]) }]);
  expect(readdirSync(dir).sort()).toEqual(['bytes.bin', 'manifest.json', 'report.json', 'report.md']);
  expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toBe('# new\n');
  expect([...readFileSync(path.join(dir, 'bytes.bin'))]).toEqual([0, 1, 255]);
});

test('replaces the files of an existing packet and keeps files it was not given', async () => {
  const dir = path.join(root, 'out');
  seedOldPacket(dir);
  writeFileSync(path.join(dir, 'egress_log.jsonl'), 'kept');
  await writePacket(dir, newPacket);
  expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('{"new":true}\n');
  expect(readFileSync(path.join(dir, 'egress_log.jsonl'), 'utf8')).toBe('kept');
  expect(readdirSync(dir).sort()).toEqual(['egress_log.jsonl', 'manifest.json', 'report.json', 'report.md']);
});

test.each([1, 2, 3])(
  'a write failing at file %i leaves every old file intact and no temporaries',
  async (n) => {
    const dir = path.join(root, 'out');
    seedOldPacket(dir);
    await expect(writePacket(dir, newPacket, failingOn('open', n))).rejects.toThrow('injected open failure');
    for (const name of ['report.json', 'report.md', 'manifest.json']) {
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe(`old ${name}`);
    }
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'report.json', 'report.md']);
  },
);

test('an output directory that cannot be written is a ConfigError naming it, old files intact', async () => {
  const dir = path.join(root, 'out');
  seedOldPacket(dir);
  const write = writePacket(dir, newPacket, failingOn('open', 2, 'EACCES'));
  await expect(write).rejects.toThrow(ConfigError);
  await expect(writePacket(dir, newPacket, failingOn('open', 1, 'EROFS'))).rejects.toThrow(
    `cannot write to output directory ${dir}: read-only file system`,
  );
  expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('old report.json');
  expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'report.json', 'report.md']);
});

test('a rename failing midway leaves whole files only, old or new, and no temporaries', async () => {
  const dir = path.join(root, 'out');
  seedOldPacket(dir);
  await expect(writePacket(dir, newPacket, failingOn('rename', 2))).rejects.toThrow(
    'injected rename failure',
  );
  expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('{"new":true}\n');
  expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toBe('old report.md');
  expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).toBe('old manifest.json');
  expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'report.json', 'report.md']);
});

test('an output path that is a file is a ConfigError naming it, and the file is untouched', async () => {
  const file = path.join(root, 'mcen_audit');
  writeFileSync(file, 'not a dir');
  await expect(writePacket(file, newPacket)).rejects.toThrow(ConfigError);
  await expect(writePacket(file, newPacket)).rejects.toThrow(file);
  await expect(writePacket(path.join(file, 'sub'), newPacket)).rejects.toThrow(ConfigError);
  expect(readFileSync(file, 'utf8')).toBe('not a dir');
});

test.each(['', '.', '..', 'a/b', 'a\\b', 'x\0y'])('refuses the file name %j', async (name) => {
  await expect(writePacket(root, [{ name, content: 'x' }])).rejects.toThrow('plain file name');
});

test('refuses a file name given twice before writing anything', async () => {
  const dir = path.join(root, 'out');
  await expect(writePacket(dir, [newPacket[0]!, newPacket[0]!])).rejects.toThrow('given twice');
  expect(() => readdirSync(dir)).toThrow();
});

test('writeFileAtomic writes one file, creating its parents, and replaces an old one', async () => {
  const file = path.join(root, 'x', 'y', 'report.sarif');
  await writeFileAtomic(file, 'one');
  await writeFileAtomic(file, 'two');
  expect(readFileSync(file, 'utf8')).toBe('two');
  expect(readdirSync(path.dirname(file))).toEqual(['report.sarif']);
});

test('writeFileAtomic refuses a path that is a directory or lies under a file', async () => {
  await expect(writeFileAtomic(root, 'x')).rejects.toThrow(ConfigError);
  const file = path.join(root, 'plain');
  writeFileSync(file, 'keep');
  await expect(writeFileAtomic(path.join(file, 'report.json'), 'x')).rejects.toThrow(ConfigError);
  expect(readFileSync(file, 'utf8')).toBe('keep');
});
