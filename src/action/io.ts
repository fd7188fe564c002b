/**
 * Everything the action says to the runner, behind one interface built from `@actions/core`, so
 * `run()` can be driven in tests and every message goes through the toolkit's escaping.
 */
import * as core from '@actions/core';

import { stripAnsi } from '../publish/github/text.js';

export interface ActionIO {
  /** The raw value of input `name` (`INPUT_<NAME>`), trimmed; '' when unset. */
  input(name: string): string;
  /** Sets a step output; a runner that cannot take it gets a warning, never a throw. */
  setOutput(name: string, value: string | number): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** One `::error::` line and a failing step (exit code 1 unless the caller sets another). */
  setFailed(message: string): void;
  /** Appends Markdown to the step summary; rejects when `GITHUB_STEP_SUMMARY` is unusable. */
  writeSummary(markdown: string): Promise<void>;
  /** Prints one line as is: only for workflow commands we escaped ourselves. */
  print(line: string): void;
}

/**
 * A log message made safe for the runner: no ANSI or control characters, hidden ones shown, and
 * (for `info`, which @actions/core prints as is) no line break, so no text inside it can start a
 * line with `::` and be read as a workflow command. Messages quote paths and error text that can
 * come from the repository (an allowlist or policy file is usually committed there).
 */
function logText(message: string, oneLine: boolean): string {
  const text = stripAnsi(message);
  return oneLine ? text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ') : text;
}

/** The runner-facing implementation. */
export function coreIO(): ActionIO {
  return {
    input: (name) => core.getInput(name),
    setOutput: (name, value) => {
      // A missing GITHUB_OUTPUT file must not turn a finished audit into a crash.
      try {
        core.setOutput(name, String(value));
      } catch (error) {
        core.warning(logText(`Output ${name} not set: ${(error as Error).message}`, false));
      }
    },
    info: (message) => core.info(logText(message, true)),
    warning: (message) => core.warning(logText(message, false)),
    debug: (message) => core.debug(logText(message, false)),
    setFailed: (message) => core.setFailed(logText(message, false)),
    writeSummary: async (markdown) => {
      // The summary builder is a process-wide buffer: start clean so nothing from before leaks in.
      await core.summary.emptyBuffer().addRaw(markdown, true).write();
    },
    print: (line) => {
      process.stdout.write(`${line}\n`);
    },
  };
}
