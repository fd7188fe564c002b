// Covers src/egress/isolation.ts: when a loopback-only namespace can and cannot be had.
import { checkIsolation, isolatedArgv } from '../../src/egress/isolation.js';
import { ConfigError } from '../../src/model/errors.js';

test('off Linux, isolation is a ConfigError that says why', () => {
  expect(() => checkIsolation(process.env, 'darwin')).toThrow(
    new ConfigError('cannot isolate: network namespaces need Linux, this is darwin'),
  );
});

test('without unshare on PATH, isolation is a ConfigError naming the missing tool', () => {
  expect(() => checkIsolation({ PATH: '/nonexistent' }, 'linux')).toThrow(/cannot isolate: unshare/);
});

test('the isolated argv brings loopback up and then runs the command unchanged', () => {
  expect(isolatedArgv(['/usr/bin/python3', '-c', 'print("a b")'])).toEqual([
    'unshare',
    '-rn',
    'sh',
    '-c',
    'ip link set lo up && exec "$@"',
    'mcen-isolate',
    '/usr/bin/python3',
    '-c',
    'print("a b")',
  ]);
});
