// Covers src/egress/egress-findings.ts: EGR001 for blocked attempts, EGR002 for unwatched children.
import { egressFindings } from '../../src/egress/egress-findings.js';
import type { EgressEvent } from '../../src/egress/egress-log.js';

const target = '/work/repo';
const command = ['python3', '-m', 'pytest'];

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
    stack: [
      { file: '/usr/lib/python3.11/socket.py', line: 836, function: 'create_connection' },
      { file: '/work/repo/.venv/lib/python3.11/site-packages/requests/api.py', line: 59, function: 'get' },
      { file: '/work/repo/app/client.py', line: 12, function: 'fetch' },
      { file: '/work/repo/tests/test_client.py', line: 4, function: 'test_fetch' },
    ],
    ...fields,
  };
}

test('a blocked attempt is an EGR001 on the innermost frame of the repository, not its libraries', () => {
  const [located, ...rest] = egressFindings([event({ reason: 'non-loopback destination' })], target, command);
  expect(rest).toEqual([]);
  expect(located!.file).toBe('app/client.py');
  expect(located!.finding).toMatchObject({
    ruleId: 'EGR001',
    confidence: 'high',
    line: 12,
    scope: 'fetch',
    subject: '203.0.113.7:443',
    evidence: 'runtime: socket.connect 203.0.113.7:443 blocked (non-loopback destination)',
  });
  expect(located!.finding.details).toMatchObject({
    qualified_name: 'socket.connect',
    destination: '203.0.113.7:443',
    runtime_command: 'python3 -m pytest',
  });
});

test('library code inside the target is used only when no other frame is there', () => {
  const stack = event({}).stack.slice(0, 2);
  const [located] = egressFindings([event({ stack })], target, command);
  expect(located!.file).toBe('.venv/lib/python3.11/site-packages/requests/api.py');
  expect(located!.finding.line).toBe(59);
});

test('an unwatched child is an EGR002, filed under the command when no frame is in the target', () => {
  const [located] = egressFindings(
    [
      event({
        op: 'subprocess.Popen',
        family: 'process',
        action: 'unwatched',
        allowed: true,
        destination: 'curl https://example.com',
        program: '/usr/bin/curl',
        stack: [{ file: '<string>', line: 1, function: '<module>' }],
      }),
    ],
    target,
    command,
  );
  expect(located!.file).toBe('python3 -m pytest');
  expect(located!.finding).toMatchObject({
    ruleId: 'EGR002',
    confidence: 'medium',
    line: 1,
    scope: 'runtime',
  });
  expect(located!.finding.details).toMatchObject({
    command: 'curl https://example.com',
    program: '/usr/bin/curl',
  });
});

test('identical attempts from one place are one finding; allowed events give none; output is sorted', () => {
  const findings = egressFindings(
    [
      event({}),
      event({ pid: 11 }),
      event({ destination: '198.51.100.1:80' }),
      event({ destination: '127.0.0.1:80', action: 'allowed', allowed: true }),
      event({ stack: [{ file: '/work/repo/a.py', line: 2, function: 'f' }] }),
    ],
    target,
    command,
  );
  expect(findings.map((f) => [f.file, f.finding.line, f.finding.subject])).toEqual([
    ['a.py', 2, '203.0.113.7:443'],
    ['app/client.py', 12, '198.51.100.1:80'],
    ['app/client.py', 12, '203.0.113.7:443'],
  ]);
});
