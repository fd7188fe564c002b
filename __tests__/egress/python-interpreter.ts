// Test helper: the Python 3.8+ interpreter binary the egress tests run (or '' when there is none).
import { spawnSync } from 'node:child_process';

/**
 * The interpreter itself rather than `python3` from PATH: version-manager shims in front of it
 * cost about a second per start, which would dominate the suite.
 */
export const python: string =
  spawnSync('python3', ['-c', 'import sys; assert sys.version_info >= (3, 8); print(sys.executable)'], {
    encoding: 'utf8',
  }).stdout?.trim() ?? '';
