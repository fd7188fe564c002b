// Covers the Python side in src/egress/python: loopback spellings, Python flag parsing, sitecustomize chaining.
// Nothing here opens a socket: the helpers are called directly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { hookDirectory } from '../../src/egress/run-harness.js';
import { python } from './python-interpreter.js';

const hookDir = hookDirectory();
const hasPython = python !== '';
if (!hasPython) console.warn('SKIPPED hook-python tests: no python3 (3.8+) on PATH');
const maybe = hasPython ? test : test.skip;

/** Runs `code` with the hook module importable (not installed) and returns its JSON output. */
function probe(code: string): unknown {
  const result = spawnSync(
    python,
    ['-S', '-c', `import json, sys; sys.path.insert(0, ${JSON.stringify(hookDir)})\n${code}`],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

maybe('every loopback spelling is loopback; private, metadata, wildcard and look-alike names are not', () => {
  const hosts = {
    loopback: [
      'localhost',
      'LOCALHOST.',
      'localhost.localdomain',
      'ip6-localhost',
      '127.0.0.1',
      '127.8.9.10',
      '127.1',
      '0x7f000001',
      '2130706433',
      '::1',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
      '::1%lo',
    ],
    other: [
      '',
      '0.0.0.0',
      '0',
      '::',
      '10.0.0.1',
      '192.168.1.1',
      '169.254.169.254',
      'metadata.google.internal',
      '127.0.0.1.nip.io',
      'localhost.example.com',
      '127.0.0.1 evil',
      '[::1]',
      '::ffff:10.0.0.1',
      '2001:db8::1',
    ],
  };
  const verdicts = probe(
    `import _mcen_egress as m\nprint(json.dumps({k: [m._is_loopback_host(h) for h in v] for k, v in ${JSON.stringify(hosts)}.items()}))`,
  ) as Record<string, boolean[]>;
  expect(verdicts.loopback).toEqual(hosts.loopback.map(() => true));
  expect(verdicts.other).toEqual(hosts.other.map(() => false));
});

maybe('the interpreter options that stop the hook from loading are found, and only before the script', () => {
  const cases = [
    ['-I', '-c', 'x'],
    ['-sE', 'a.py'],
    ['-W', 'ignore', '-S', 'a.py'],
    ['-Wignore', 'a.py', '-I'],
    ['-c', 'import x', '-E'],
    ['-m', 'pytest', '-S'],
    ['-X', 'dev', '-u', 'a.py'],
  ];
  expect(
    probe(
      `import _mcen_egress as m\nprint(json.dumps([m._python_escape_flags(a) for a in ${JSON.stringify(cases)}]))`,
    ),
  ).toEqual([['-I'], ['-E'], ['-S'], [], [], [], []]);
});

maybe("the user's own sitecustomize still runs after the hook installs", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hook-chain-'));
  try {
    const marker = path.join(dir, 'marker.txt');
    writeFileSync(
      path.join(dir, 'sitecustomize.py'),
      `open(${JSON.stringify(marker)}, 'w').write('user hook ran')\n`,
    );
    const log = path.join(dir, 'log.jsonl');
    const result = spawnSync(python, ['-c', 'import sys; print(sys.modules["sitecustomize"].__file__)'], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: `${hookDir}${path.delimiter}${dir}`, MCEN_EGRESS_LOG: log },
    });
    expect(result.status).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('user hook ran');
    expect(result.stdout.trim()).toBe(path.join(dir, 'sitecustomize.py'));
    expect(readFileSync(log, 'utf8')).toMatch(/"op":"hook.start"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

maybe(
  'without the log variable the hook still installs and blocks (checked with a forged audit event, no socket)',
  () => {
    const code = [
      'import socket, sys',
      'try:',
      "    sys.audit('socket.getaddrinfo', 'example.com', 80, 0, 0, 0)",
      "    print('passed')",
      'except socket.gaierror as error:',
      "    print('blocked', error)",
    ].join('\n');
    const env: NodeJS.ProcessEnv = { ...process.env, PYTHONPATH: hookDir };
    delete env.MCEN_EGRESS_LOG;
    const result = spawnSync(python, ['-c', code], { encoding: 'utf8', env });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^blocked .*harness blocked socket.getaddrinfo of example.com/);
  },
);
