// A fixture repository for the end-to-end runs: more than 50 findings' worth of Python.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Lines of `app/many.py` that call the builtin eval (a DEX001 blocker each). */
export const EVAL_LINES = 60;
/** Text a hostile repository could aim at the runner's command parser. */
export const HOSTILE = '::stop-commands::pwned %0A\r\n::add-mask::x';

/** A file name that tries to end the command line and start another one. */
export const HOSTILE_NAME = 'evil\n::add-mask::y,%0A.py';

/**
 * A new workspace: `app/many.py` with EVAL_LINES eval calls, then one on a hostile string, and
 * `app/<HOSTILE_NAME>` with one more.
 */
export function makeWorkspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gk6-ws-'));
  mkdirSync(path.join(root, 'app'));
  const lines = Array.from({ length: EVAL_LINES }, (_, i) => `eval(payloads[${i}])`);
  lines.push(`eval(${JSON.stringify(HOSTILE)})`);
  writeFileSync(path.join(root, 'app', 'many.py'), `${lines.join('\n')}\n`);
  writeFileSync(path.join(root, 'app', HOSTILE_NAME), 'eval(x)\n');
  return root;
}
