// Covers src/egress/run-harness.ts with the Python hook of src/egress/python: every run that attempts a
// non-loopback connection uses isolate (unshare -rn), so even a broken hook sends nothing out.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { EgressEvent } from '../../src/egress/egress-log.js';
import { planHarness, runHarness } from '../../src/egress/run-harness.js';
import type { HarnessRun } from '../../src/egress/run-harness.js';
import { ConfigError } from '../../src/model/errors.js';
import { python } from './python-interpreter.js';

const isolation = spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up']).status === 0;
const skipReason = !python
  ? 'no python3 (3.8+) on PATH'
  : !isolation
    ? 'unshare -rn with a loopback interface is not available here'
    : '';
if (skipReason) console.warn(`SKIPPED run-harness tests: ${skipReason}`);
const describeIsolated = skipReason ? describe.skip : describe;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'egress-test-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `files` into a fresh target folder and runs `python main.py` there, isolated. */
async function runProgram(
  name: string,
  files: Record<string, string>,
  timeoutSeconds?: number,
): Promise<HarnessRun> {
  const target = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(target, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text, { mode: text.startsWith('#!') ? 0o755 : 0o644 });
  }
  return runHarness(planHarness({ target, command: [python, 'main.py'], isolate: true, timeoutSeconds }));
}

function find(run: HarnessRun, op: string, destination: string): EgressEvent | undefined {
  return run.events.find((e) => e.op === op && e.destination === destination);
}

describeIsolated('network attempts of one program', () => {
  let run: HarnessRun;
  beforeAll(async () => {
    run = await runProgram('network', {
      'main.py': `
import socket, sys
results = {}
def attempt(name, fn):
    try:
        fn()
        results[name] = 'ok'
    except OSError as error:
        results[name] = type(error).__name__
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
attempt('loopback', lambda: socket.create_connection(('localhost', port)).close())
attempt('loopback_legacy', lambda: socket.socket().connect(('127.1', port)))
attempt('mapped', lambda: socket.socket(socket.AF_INET6).connect(('::ffff:127.0.0.1', port)))
attempt('ipv4', lambda: socket.socket().connect(('203.0.113.7', 443)))
attempt('connect_ex', lambda: socket.socket().connect_ex(('198.51.100.9', 80)))
attempt('dns', lambda: socket.getaddrinfo('exfil-secret.example.org', 443))
attempt('gethostbyname', lambda: socket.gethostbyname('example.net'))
attempt('udp', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('192.0.2.53', 53)))
attempt('ipv6', lambda: socket.socket(socket.AF_INET6).connect(('2001:db8::1', 80)))
attempt('bind_all', lambda: socket.socket().bind(('0.0.0.0', 0)))
attempt('bind_empty', lambda: socket.socket().bind(('', 0)))
attempt('bind_v6_all', lambda: socket.socket(socket.AF_INET6).bind(('::', 0)))
attempt('unix', lambda: socket.socket(socket.AF_UNIX).bind('sock'))
attempt('own_name', lambda: socket.getfqdn())
print(sorted(results.items()))
`,
    });
  });

  test('the program ran to the end with a clean exit', () => {
    expect(run.summary.exit_code).toBe(0);
    expect(run.summary.timed_out).toBe(false);
    expect(run.summary.isolated).toBe(true);
  });

  test('loopback TCP in every spelling is allowed and logged', () => {
    expect(run.summary.stdout_tail).toContain("('loopback', 'ok')");
    expect(run.summary.stdout_tail).toContain("('loopback_legacy', 'ok')");
    expect(run.summary.stdout_tail).toContain("('mapped', 'ok')");
    expect(find(run, 'socket.getaddrinfo', 'localhost')?.action).toBe('allowed');
    expect(find(run, 'socket.connect', '127.1:' + port(run))?.action).toBe('allowed');
    expect(find(run, 'socket.connect', '[::ffff:127.0.0.1]:' + port(run))?.action).toBe('allowed');
  });

  test('a non-loopback IPv4 connect is blocked with a PermissionError, connect_ex too', () => {
    expect(run.summary.stdout_tail).toContain("('ipv4', 'PermissionError')");
    expect(run.summary.stdout_tail).toContain("('connect_ex', 'PermissionError')");
    const event = find(run, 'socket.connect', '203.0.113.7:443')!;
    expect(event).toMatchObject({ action: 'blocked', allowed: false, family: 'AF_INET' });
    expect(event.stack[0]).toMatchObject({
      file: path.join(root, 'network', 'main.py'),
      function: '<lambda>',
    });
  });

  test('name resolution of a non-loopback host is blocked before any query', () => {
    expect(run.summary.stdout_tail).toContain("('dns', 'gaierror')");
    expect(run.summary.stdout_tail).toContain("('gethostbyname', 'gaierror')");
    expect(find(run, 'socket.getaddrinfo', 'exfil-secret.example.org')?.action).toBe('blocked');
    expect(find(run, 'socket.gethostbyname', 'example.net')?.action).toBe('blocked');
  });

  test('UDP sendto and IPv6 connect are blocked', () => {
    expect(find(run, 'socket.sendto', '192.0.2.53:53')?.action).toBe('blocked');
    expect(find(run, 'socket.connect', '[2001:db8::1]:80')).toMatchObject({
      action: 'blocked',
      family: 'AF_INET6',
    });
  });

  test('binding to all interfaces is blocked in each spelling, a Unix socket is allowed', () => {
    for (const name of ['bind_all', 'bind_empty', 'bind_v6_all'])
      expect(run.summary.stdout_tail).toContain(`('${name}', 'PermissionError')`);
    expect(find(run, 'socket.bind', '0.0.0.0:0')?.action).toBe('blocked');
    expect(find(run, 'socket.bind', ':0')?.action).toBe('blocked');
    expect(find(run, 'socket.bind', '[::]:0')?.action).toBe('blocked');
    expect(find(run, 'socket.bind', 'sock')).toMatchObject({ action: 'allowed', family: 'AF_UNIX' });
  });

  test("resolving this machine's own name (socket.getfqdn) is allowed: the watched code cannot choose it", () => {
    expect(run.summary.stdout_tail).toContain("('own_name', 'ok')");
    expect(find(run, 'socket.gethostbyaddr', os.hostname())?.action).toBe('allowed');
  });

  test('the summary counts what the log holds', () => {
    const blocked = run.events.filter((e) => e.action === 'blocked').length;
    expect(blocked).toBe(9);
    expect(run.summary.counts.blocked_attempts).toBe(blocked);
    expect(run.summary.counts.allowed_loopback_attempts).toBe(
      run.events.filter((e) => e.action === 'allowed' && e.family !== 'process').length,
    );
    expect(run.summary.counts.watched_python_processes).toBe(1);
    expect(run.summary.first_events.length).toBe(Math.min(50, run.events.length));
    expect(run.summary.note).toMatch(/this run only/);
  });
});

/** The port of the loopback server: the one the allowed `localhost` connection reached. */
function port(run: HarnessRun): string {
  const connect = run.events.find((e) => e.op === 'socket.connect' && e.destination.startsWith('127.0.0.1:'));
  return connect!.destination.split(':')[1]!;
}

describeIsolated('child processes', () => {
  let run: HarnessRun;
  beforeAll(async () => {
    run = await runProgram('children', {
      'main.py': `
import os, subprocess, sys
subprocess.run([sys.executable, 'child.py'])
subprocess.run(['./tool.py'])
subprocess.run(['sh', '-c', 'exit 0'])
os.system('true')
env = dict(os.environ)
env.pop('PYTHONPATH')
subprocess.run([sys.executable, '-c', 'pass'], env=env)
shadow = dict(os.environ, PYTHONPATH='shadow' + os.pathsep + os.environ['PYTHONPATH'])
subprocess.run([sys.executable, '-c', 'print(1)'], env=shadow)
subprocess.run([sys.executable, '-c', 'print(2)'], env=dict(os.environ, PYTHONPATH='lib' + os.pathsep + os.environ['PYTHONPATH']))
`,
      'child.py': `
import socket
try:
    socket.create_connection(('child-exfil.example.com', 80))
except OSError as error:
    print('child', type(error).__name__)
`,
      'tool.py': '#!/usr/bin/env python3\nprint("tool")\n',
      'shadow/sitecustomize.py': '',
    });
  });

  test('a Python child inherits the hook: its lookup is blocked and logged under its own pid', () => {
    const start = run.events.find((e) => e.op === 'subprocess.Popen' && e.destination.endsWith('child.py'))!;
    expect(start.action).toBe('allowed');
    const lookup = find(run, 'socket.getaddrinfo', 'child-exfil.example.com')!;
    expect(lookup.action).toBe('blocked');
    expect(lookup.pid).not.toBe(start.pid);
    expect(lookup.stack.some((f) => f.file === path.join(root, 'children', 'child.py'))).toBe(true);
    expect(run.summary.stdout_tail).toContain('child gaierror');
  });

  test('a script whose shebang names Python counts as a watched Python child', () => {
    expect(find(run, 'subprocess.Popen', './tool.py')?.action).toBe('allowed');
  });

  test('non-Python children are logged as unwatched with the reason', () => {
    const shell = find(run, 'subprocess.Popen', "sh -c 'exit 0'")!;
    expect(shell).toMatchObject({ action: 'unwatched', allowed: true });
    expect(shell.reason).toMatch(/not a Python program/);
    expect(find(run, 'os.system', '/bin/sh -c true')?.action).toBe('unwatched');
  });

  test('a Python child whose environment drops the hook is unwatched', () => {
    const stripped = run.events.find(
      (e) => e.op === 'subprocess.Popen' && e.destination.endsWith('-c pass'),
    )!;
    expect(stripped.action).toBe('unwatched');
    expect(stripped.reason).toMatch(/PYTHONPATH/);
  });

  test('a sitecustomize that comes before the hook on PYTHONPATH makes the child unwatched; a plain folder does not', () => {
    const shadowed = run.events.find(
      (e) => e.op === 'subprocess.Popen' && e.destination.endsWith('-c print(1)'),
    )!;
    expect(shadowed.action).toBe('unwatched');
    expect(shadowed.reason).toMatch(/sitecustomize in .*shadow comes before the hook/);
    expect(
      run.events.find((e) => e.op === 'subprocess.Popen' && e.destination.endsWith('-c print(2)'))?.action,
    ).toBe('allowed');
  });

  test('the summary counts the watched Python processes and the unwatched starts', () => {
    expect(run.summary.counts).toMatchObject({
      watched_python_processes: 4,
      unwatched_processes: 4,
      child_processes: 7,
    });
  });
});

describeIsolated('a program that tries to get around the hook', () => {
  let run: HarnessRun;
  beforeAll(async () => {
    run = await runProgram('bypass', {
      'main.py': `
import ctypes, os, socket, subprocess, sys
out = []
def attempt(name, fn):
    try:
        fn()
        out.append(name + ' ok')
    except Exception as error:
        out.append(name + ' ' + type(error).__name__)
# No API removes an audit hook; clearing modules and faking events must not help.
for name in list(sys.modules):
    if 'mcen' in name or name == 'sitecustomize':
        del sys.modules[name]
sys.audit('socket.connect', socket.socket(), ('127.0.0.1', 1))
attempt('after_clear', lambda: socket.socket().connect(('203.0.113.50', 80)))
attempt('fresh_import', lambda: __import__('_mcen_egress') and socket.socket().connect(('203.0.113.51', 80)))
attempt('ctypes', lambda: ctypes.CDLL(None).connect)
attempt('log_write', lambda: open(os.environ['MCEN_EGRESS_LOG'], 'w').write('forged'))
attempt('log_remove', lambda: os.remove(os.environ['MCEN_EGRESS_LOG']))
hook_dir = os.environ['PYTHONPATH'].split(os.pathsep)[0]
attempt('hook_write', lambda: open(os.path.join(hook_dir, 'sitecustomize.py'), 'a').write('pass'))
subprocess.run([sys.executable, '-I', '-c', 'import socket; socket.create_connection(("203.0.113.52", 80), timeout=1)'])
subprocess.run([sys.executable, '-E', '-c', 'pass'])
print(out)
`,
    });
  });

  test('network calls stay blocked after sys.modules is cleared and the module re-imported', () => {
    expect(run.summary.stdout_tail).toContain("'after_clear PermissionError'");
    expect(run.summary.stdout_tail).toContain("'fresh_import PermissionError'");
    expect(find(run, 'socket.connect', '203.0.113.50:80')?.action).toBe('blocked');
    expect(find(run, 'socket.connect', '203.0.113.51:80')?.action).toBe('blocked');
  });

  test('reaching libc connect through ctypes is blocked', () => {
    expect(run.summary.stdout_tail).toContain("'ctypes PermissionError'");
    expect(find(run, 'ctypes.dlsym', 'connect')?.action).toBe('blocked');
  });

  test('the log and the hook files cannot be overwritten or removed by the watched program', () => {
    expect(run.summary.stdout_tail).toContain("'log_write PermissionError'");
    expect(run.summary.stdout_tail).toContain("'log_remove PermissionError'");
    expect(run.summary.stdout_tail).toContain("'hook_write PermissionError'");
    expect(run.summary.log.malformed_lines).toBe(0);
  });

  test('a new interpreter with -I or -E is logged as unwatched, and isolation still stops it', () => {
    const isolated = run.events.filter((e) => e.op === 'subprocess.Popen' && e.action === 'unwatched');
    expect(isolated.map((e) => e.reason)).toEqual([expect.stringMatching(/-I/), expect.stringMatching(/-E/)]);
    expect(run.summary.stderr_tail).toMatch(/Network is unreachable|OSError/);
  });
});

describeIsolated('bounds', () => {
  test('a flood of 100k blocked attempts keeps the log bounded but counts every attempt', async () => {
    const run = await runProgram('flood', {
      'main.py': `
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(100000):
    try:
        s.sendto(b'x', ('192.0.2.1', 9))
    except PermissionError:
        pass
`,
    });
    expect(run.summary.exit_code).toBe(0);
    expect(run.events.length).toBeLessThanOrEqual(1003);
    expect(run.summary.counts.blocked_attempts).toBe(100000);
    expect(run.summary.counts.truncated_processes).toBe(1);
    expect(run.summary.warnings.join(' ')).toMatch(/log bound/);
  }, 30000);

  test('a command that hangs is killed with its process group at the timeout', async () => {
    const started = Date.now();
    const run = await runProgram(
      'hang',
      { 'main.py': 'import subprocess, time\nsubprocess.Popen(["sleep", "60"])\ntime.sleep(60)\n' },
      1,
    );
    expect(run.summary.timed_out).toBe(true);
    expect(run.summary.exit_code).toBeNull();
    expect(run.summary.signal).toBe('SIGTERM');
    expect(Date.now() - started).toBeLessThan(15000);
  });
});

describe('bad input', () => {
  test('a program that does not exist is a ConfigError naming it', () => {
    expect(() => planHarness({ target: root, command: ['no-such-program-xyz', '--flag'] })).toThrow(
      new ConfigError('egress command not found: no-such-program-xyz (not on PATH)'),
    );
  });

  test('no command is a ConfigError', () => {
    expect(() => planHarness({ target: root, command: [] })).toThrow(ConfigError);
  });

  test('a missing target and a non-positive timeout are ConfigErrors', () => {
    expect(() => planHarness({ target: path.join(root, 'missing'), command: ['true'] })).toThrow(
      /not a folder/,
    );
    expect(() => planHarness({ target: root, command: ['true'], timeoutSeconds: 0 })).toThrow(/positive/);
  });
});
