/**
 * Running a command in a Linux network namespace that has only a loopback interface, so that no
 * program of the run (Python or not) can reach another host, whatever the audit hook sees.
 */
import { spawnSync } from 'node:child_process';

import { ConfigError } from '../model/errors.js';

// A new namespace starts with `lo` down; loopback tests need it up before the command starts.
const BRING_UP_LOOPBACK = 'ip link set lo up && exec "$@"';

/**
 * Throws a `ConfigError` starting "cannot isolate:" unless this machine can create an unprivileged
 * user + network namespace and bring its loopback up (Linux, `unshare` and `ip` installed, user
 * namespaces allowed). `env` is the environment the check runs with (for PATH).
 */
export function checkIsolation(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'linux')
    throw new ConfigError(`cannot isolate: network namespaces need Linux, this is ${platform}`);
  const probe = spawnSync('unshare', ['-rn', 'sh', '-c', BRING_UP_LOOPBACK, 'mcen-isolate', 'true'], {
    env,
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.error) {
    const code = (probe.error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? 'cannot isolate: unshare (util-linux) is not installed'
        : `cannot isolate: unshare failed to start (${probe.error.message})`,
    );
  }
  if (probe.status !== 0) {
    const why = probe.stderr.trim().split('\n').slice(-1)[0] || `exit status ${String(probe.status)}`;
    throw new ConfigError(
      `cannot isolate: unshare -rn with a loopback interface failed here (${why}); unprivileged user ` +
        'namespaces may be disabled (e.g. kernel.apparmor_restrict_unprivileged_userns=1)',
    );
  }
}

/** The argv that runs `argv` inside a fresh loopback-only network namespace (see `checkIsolation`). */
export function isolatedArgv(argv: readonly string[]): string[] {
  return ['unshare', '-rn', 'sh', '-c', BRING_UP_LOOPBACK, 'mcen-isolate', ...argv];
}
