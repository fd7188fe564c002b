// Covers src/discover/shebang.ts: which interpreter lines make an extensionless file a target.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { readShebangLanguage, shebangLanguage } from '../../src/discover/shebang.js';
import { tempDir } from './tree.js';

test.each([
  ['#!/usr/bin/python', 'python'],
  ['#!/usr/bin/python3.12 -u', 'python'],
  ['#! /usr/bin/env python2', 'python'],
  ['#!/usr/bin/env -S python3 -X dev', 'python'],
  ['#!/usr/bin/env PYTHONPATH=. python3', 'python'],
  ['#!/opt/pypy3/bin/pypy3', 'python'],
  ['#!C:\\Python39\\Python.exe', 'python'],
  ['#!pythonw', 'python'],
  ['#!/bin/sh', 'shell'],
  ['#!/bin/bash -eu', 'shell'],
  ['#!/usr/bin/env zsh', 'shell'],
  ['#!/bin/dash', 'shell'],
  ['#!/bin/ksh', 'shell'],
  ['#!/usr/bin/env pwsh', 'powershell'],
  ['#!/usr/bin/pwsh -NoProfile', 'powershell'],
  ['#!/usr/bin/perl', undefined],
  ['#!/usr/bin/env node', undefined],
  ['#!/usr/bin/env', undefined],
  ['#!', undefined],
  ['# /bin/sh', undefined],
  ['python', undefined],
  ['#!/usr/bin/python-config', undefined],
])('%j -> %j', (line, language) => {
  expect(shebangLanguage(line)).toBe(language);
});

test('reads only the first line, with CRLF, from disk', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'crlf'), '#!/bin/bash\r\necho 1\r\n');
  writeFileSync(join(dir, 'second'), '\n#!/bin/bash\n');
  writeFileSync(join(dir, 'long'), `#!/usr/bin/env python3 ${'x'.repeat(1000)}\n`);
  expect(readShebangLanguage(join(dir, 'crlf'))).toBe('shell');
  expect(readShebangLanguage(join(dir, 'second'))).toBeUndefined();
  expect(readShebangLanguage(join(dir, 'long'))).toBe('python');
  expect(() => readShebangLanguage(join(dir, 'missing'))).toThrow(
    expect.objectContaining({ code: 'ENOENT' }),
  );
});
