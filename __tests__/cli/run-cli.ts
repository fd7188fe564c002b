// Runs the mcen-scan CLI in-process for the CLI tests, capturing what it prints.
import { jest } from '@jest/globals';

import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main(argv)` with stdout and stderr captured; resolves to the exit code and the text. */
export async function run(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
