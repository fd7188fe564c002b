// Covers src/action/io.ts: messages that quote repository text reach the runner log inert.
import { jest } from '@jest/globals';

import { coreIO } from '../../src/action/io.js';
import { forgedCommandProblems, hiddenCharacterProblems } from '../render/hostile-output.js';

const HOSTILE = 'policy.yml: pattern "\u001b[2Jx\u202e"\n::add-mask::secret\r\n::set-output name=a::b %0A';

function printed(say: () => void): string {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const exitCode = process.exitCode;
  try {
    say();
  } finally {
    spy.mockRestore();
    process.exitCode = exitCode;
  }
  return out;
}

test.each([
  ['info', (text: string) => coreIO().info(text)],
  ['warning', (text: string) => coreIO().warning(text)],
  ['setFailed', (text: string) => coreIO().setFailed(text)],
])('%s: one line, no forged command, no raw control or bidi character', (_name, say) => {
  const out = printed(() => say(HOSTILE));
  expect(out.trimEnd().split('\n')).toHaveLength(1);
  expect(forgedCommandProblems(out, 'log')).toEqual([]);
  expect(hiddenCharacterProblems(out, 'log')).toEqual([]);
  expect(out).toContain('\\u202E');
});
