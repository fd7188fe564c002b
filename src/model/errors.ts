/**
 * A problem with what the user gave us (arguments, allowlist, policy, baseline, configuration).
 * It ends the run with exit code 3 and one line naming the file or entry and the problem.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Exit codes of the CLI and the action (SPEC 2.1). */
export const EXIT = { pass: 0, fail: 1, conditional: 2, toolError: 3 } as const;
