// Covers src/cli/egress-command.ts: argument handling, the order scan -> command -> evidence, and the files written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { jest } from '@jest/globals';
import type { OptionValues } from 'commander';

import { egressCommand } from '../../src/cli/egress-command.js';
import type { EgressEvent } from '../../src/egress/egress-log.js';
import type { RuntimeEgress } from '../../src/egress/runtime-evidence.js';
import { ConfigError } from '../../src/model/errors.js';
import type { Report } from '../../src/model/report.js';
import { python } from '../egress/python-interpreter.js';

const isolation = spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up']).status === 0;
const skipReason = python === '' ? 'no python3 (3.8+)' : isolation ? '' : 'unshare -rn is not available here';
if (skipReason) console.warn(`SKIPPED egress-command run test: ${skipReason}`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'egress-cli-'));
  writeFileSync(
    path.join(dir, 'main.py'),
    "import socket\ntry:\n    socket.create_connection(('203.0.113.9', 443))\nexcept OSError:\n    pass\n",
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function wiring(calls: string[]) {
  const report = { findings: [] } as unknown as Report;
  const finished: { runtime?: RuntimeEgress; options?: OptionValues } = {};
  const command = egressCommand({
    runScan: (target) => {
      calls.push(`scan ${target}`);
      return Promise.resolve(report);
    },
    finish: (given, runtime, options) => {
      calls.push('finish');
      expect(given).toBe(report);
      finished.runtime = runtime;
      finished.options = options;
      return Promise.resolve(1);
    },
  }).exitOverride();
  return { command, finished };
}

(skipReason ? test.skip : test)(
  'scans, runs the command isolated, writes both files and hands the findings on',
  async () => {
    const calls: string[] = [];
    const { command, finished } = wiring(calls);
    const out = path.join(dir, 'audit');
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await command.parseAsync(
        [dir, '--isolate', '--timeout', '20', '--output-dir', out, '--', python, 'main.py'],
        {
          from: 'user',
        },
      );
    } finally {
      stderr.mockRestore();
    }
    expect(calls).toEqual([`scan ${dir}`, 'finish']);
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const summary = JSON.parse(readFileSync(path.join(out, 'runtime_egress.json'), 'utf8'));
    expect(summary).toMatchObject({
      command: [python, 'main.py'],
      isolated: true,
      timeout_seconds: 20,
      exit_code: 0,
    });
    expect(summary.counts.blocked_attempts).toBe(1);
    const log = readFileSync(path.join(out, 'egress_log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as EgressEvent);
    expect(
      log.some(
        (e) => e.op === 'socket.getaddrinfo' && e.destination === '203.0.113.9' && e.action === 'blocked',
      ),
    ).toBe(true);
    expect(finished.runtime!.findings.map((f) => [f.file, f.finding.ruleId, f.finding.line])).toEqual([
      ['main.py', 'EGR001', 3],
    ]);
    expect(finished.options!.outputDir).toBe(out);
    expect(existsSync(path.join(out, 'runtime_egress.json.tmp'))).toBe(false);
  },
);

test('no command after "--" is a ConfigError before the scan runs', async () => {
  const calls: string[] = [];
  const { command } = wiring(calls);
  await expect(command.parseAsync([dir, '--'], { from: 'user' })).rejects.toThrow(ConfigError);
  expect(calls).toEqual([]);
});

test('a command that does not exist is a ConfigError naming it, before the scan runs', async () => {
  const calls: string[] = [];
  const { command } = wiring(calls);
  await expect(command.parseAsync([dir, '--', 'no-such-tool-q'], { from: 'user' })).rejects.toThrow(
    /egress command not found: no-such-tool-q/,
  );
  expect(calls).toEqual([]);
});

test('a timeout that is not a number is a ConfigError', async () => {
  const { command } = wiring([]);
  await expect(
    command.parseAsync([dir, '--timeout', 'soon', '--', 'true'], { from: 'user' }),
  ).rejects.toThrow(/--timeout must be a positive number/);
});
