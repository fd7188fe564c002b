// Covers src/egress/egress-log.ts: validating hook lines, reading a bounded log, counting events.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { countEgressEvents, parseEgressEvent, readEgressLog } from '../../src/egress/egress-log.js';
import type { EgressEvent } from '../../src/egress/egress-log.js';

function event(fields: Partial<EgressEvent>): EgressEvent {
  return {
    time: '2026-01-01T00:00:00.000Z',
    pid: 10,
    ppid: 1,
    op: 'socket.connect',
    destination: '203.0.113.7:443',
    family: 'AF_INET',
    allowed: false,
    action: 'blocked',
    stack: [{ file: '/t/a.py', line: 3, function: '<module>' }],
    ...fields,
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'egress-log-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseEgressEvent', () => {
  test('a well-formed line round-trips', () => {
    const e = event({ reason: 'non-loopback destination' });
    expect(parseEgressEvent(JSON.stringify(e))).toEqual(e);
  });

  test.each([
    ['not JSON', '{"op": '],
    ['an array', '[]'],
    ['an unknown action', JSON.stringify(event({ action: 'maybe' as never }))],
    ['allowed disagreeing with the action', JSON.stringify(event({ allowed: true }))],
    ['a frame without a line', JSON.stringify({ ...event({}), stack: [{ file: 'a.py', function: 'f' }] })],
    ['a negative dropped count', JSON.stringify(event({ dropped: { blocked: -1 } }))],
  ])('rejects %s', (_name, line) => {
    expect(parseEgressEvent(line)).toBeUndefined();
  });
});

describe('readEgressLog', () => {
  test('a missing file is an empty log', () => {
    expect(readEgressLog(path.join(dir, 'none.jsonl'), 1000)).toEqual({
      events: [],
      malformedLines: 0,
      fileTruncated: false,
      bytesRead: 0,
    });
  });

  test('forged lines are counted and left out', () => {
    const file = path.join(dir, 'forged.jsonl');
    writeFileSync(file, `${JSON.stringify(event({}))}\nforged by the watched program\n`);
    const log = readEgressLog(file, 1 << 20);
    expect(log.events).toHaveLength(1);
    expect(log.malformedLines).toBe(1);
  });

  test('a file over the bound is cut at the last whole line inside it', () => {
    const file = path.join(dir, 'big.jsonl');
    const line = `${JSON.stringify(event({}))}\n`;
    writeFileSync(file, line.repeat(10));
    const log = readEgressLog(file, line.length * 3 + 5);
    expect(log).toMatchObject({ fileTruncated: true, malformedLines: 0, bytesRead: line.length * 3 });
    expect(log.events).toHaveLength(3);
  });
});

describe('countEgressEvents', () => {
  test('counts each class and adds what a bounded process dropped', () => {
    const counts = countEgressEvents([
      event({
        op: 'hook.start',
        family: 'process',
        action: 'allowed',
        allowed: true,
        destination: 'python a.py',
      }),
      event({}),
      event({ op: 'socket.connect', destination: '127.0.0.1:80', action: 'allowed', allowed: true }),
      event({
        op: 'subprocess.Popen',
        family: 'process',
        action: 'unwatched',
        allowed: true,
        destination: 'curl x',
      }),
      event({
        op: 'subprocess.Popen',
        family: 'process',
        action: 'allowed',
        allowed: true,
        destination: 'python b',
      }),
      event({ op: 'log.truncated', family: 'log', action: 'allowed', allowed: true }),
      event({
        op: 'log.summary',
        family: 'log',
        action: 'allowed',
        allowed: true,
        dropped: { blocked: 5, allowed: 2, unwatched: 1, process: 3 },
      }),
    ]);
    expect(counts).toEqual({
      events_logged: 7,
      blocked_attempts: 6,
      allowed_loopback_attempts: 3,
      unwatched_processes: 2,
      watched_python_processes: 1,
      child_processes: 6,
      truncated_processes: 1,
    });
  });
});
