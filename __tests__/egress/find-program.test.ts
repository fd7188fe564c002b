// Covers src/egress/find-program.ts: resolving a command's program like execvp.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { findProgram } from '../../src/egress/find-program.js';
import { ConfigError } from '../../src/model/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'find-program-'));
  writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\n');
  chmodSync(path.join(dir, 'run.sh'), 0o755);
  writeFileSync(path.join(dir, 'data.txt'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a bare name is found on PATH, a relative path against the working directory', () => {
  expect(findProgram('run.sh', `/nonexistent${path.delimiter}${dir}`, '/')).toBe(path.join(dir, 'run.sh'));
  expect(findProgram('./run.sh', undefined, dir)).toBe(path.join(dir, 'run.sh'));
});

test('a missing or non-executable program is a ConfigError naming it', () => {
  expect(() => findProgram('nope', dir, dir)).toThrow(
    new ConfigError('egress command not found: nope (not on PATH)'),
  );
  expect(() => findProgram('./data.txt', undefined, dir)).toThrow(ConfigError);
  expect(() => findProgram('', dir, dir)).toThrow(/empty/);
});
