// Covers src/review/policy/guarded-write.ts: atomic replacement that refuses when someone else wrote first.
import {
  chmodSync,
  lstatSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { ConfigError } from '../../../src/model/errors.js';
import { readWithSnapshot, writeGuarded } from '../../../src/review/policy/guarded-write.js';
import { tempDir } from './helpers.js';

describe('writeGuarded', () => {
  it('replaces an unchanged file, keeping its mode and leaving no temporary file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.yml');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    const { snapshot } = readWithSnapshot(file);
    writeGuarded(file, snapshot, Buffer.from('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['p.yml']);
  });

  it('keeps a mode the umask would strip, and writes through a symlink to its target', () => {
    const dir = tempDir();
    const real = path.join(dir, 'real.yml');
    const link = path.join(dir, 'link.yml');
    writeFileSync(real, 'old');
    chmodSync(real, 0o666);
    symlinkSync(real, link);
    writeGuarded(link, readWithSnapshot(link).snapshot, Buffer.from('new'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(statSync(real).mode & 0o777).toBe(0o666);
  });

  it('creates a missing file, but refuses when another writer created it first', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.yml');
    const { snapshot } = readWithSnapshot(file);
    writeFileSync(file, 'theirs');
    expect(() => writeGuarded(file, snapshot, Buffer.from('ours'))).toThrow(ConfigError);
    expect(readFileSync(file, 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['p.yml']);

    const fresh = path.join(dir, 'q.yml');
    writeGuarded(fresh, readWithSnapshot(fresh).snapshot, Buffer.from('ours'));
    expect(readFileSync(fresh, 'utf8')).toBe('ours');
  });

  it('refuses when the file was deleted since it was read', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.yml');
    writeFileSync(file, 'old');
    const { snapshot } = readWithSnapshot(file);
    unlinkSync(file);
    expect(() => writeGuarded(file, snapshot, Buffer.from('new'))).toThrow(/deleted since it was read/);
  });

  it('names the sidecar that shows another writer, and writes nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.db');
    writeFileSync(file, 'old');
    writeFileSync(`${file}-wal`, 'x');
    const { snapshot } = readWithSnapshot(file);
    expect(() =>
      writeGuarded(file, snapshot, Buffer.from('new'), [`${file}-wal`, `${file}-journal`]),
    ).toThrow(
      `${file}: another process is writing it (p.db-wal exists); nothing was written, try again when it has finished`,
    );
    expect(readFileSync(file, 'utf8')).toBe('old');
  });
});
