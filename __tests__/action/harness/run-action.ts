// Runs the action the way a runner does (INPUT_* and GITHUB_* variables, an event payload file,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) and collects what it left behind. The runner is
// either run() in this process or the bundle in a child process: switching is one line.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { RunDeps } from '../../../src/action/run.js';
import { run } from '../../../src/action/run.js';

/** Starts the action with `env` in `cwd`; resolves to its exit code and everything it printed. */
export type ActionRunner = (
  env: NodeJS.ProcessEnv,
  cwd: string,
) => Promise<{ exitCode: number; stdout: string }>;

/**
 * `run()` in this process with some dependencies replaced (typically the engine). The
 * environment and stdout are swapped for the duration of the run.
 */
export function inProcess(overrides: Partial<RunDeps>): ActionRunner {
  return async (env, cwd) => {
    const savedEnv = process.env;
    const savedExit = process.exitCode;
    const write = process.stdout.write.bind(process.stdout);
    let stdout = '';
    process.env = { ...env };
    process.stdout.write = (chunk: string | Uint8Array) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    };
    try {
      const exitCode = await run({ ...overrides, cwd });
      return { exitCode, stdout };
    } finally {
      process.stdout.write = write;
      process.env = savedEnv;
      process.exitCode = savedExit;
    }
  };
}

/** The committed bundle run as `node dist/index.js`, as the runner starts a `node24` action. */
export function bundle(entry = path.resolve('dist/index.js')): ActionRunner {
  return (env, cwd) =>
    new Promise((resolve) => {
      execFile(process.execPath, [entry], { env, cwd, timeout: 120_000 }, (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ exitCode, stdout: stdout + stderr });
      });
    });
}

export interface ActionRunOptions {
  workspace: string;
  /** Input values by their action.yml names (`fail-on`...); unset ones are left empty. */
  inputs: Record<string, string>;
  event: { name: string; payload: unknown };
  /** Base URL of the stand-in API. */
  apiUrl: string;
  sha?: string;
  ref?: string;
}

export interface ActionRunResult {
  exitCode: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

// One summary/output file pair per test process: @actions/core remembers the summary path it
// first saw, so the files are emptied before each run instead of being new files.
const scratch = mkdtempSync(path.join(tmpdir(), 'gk6-runner-'));
const outputFile = path.join(scratch, 'github_output');
const summaryFile = path.join(scratch, 'step_summary.md');

/** Parses the `name<<DELIMITER ... DELIMITER` records @actions/core appends to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!head) continue;
    const end = lines.indexOf(head[2]!, i + 1);
    outputs[head[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/** Runs the action once with a runner-like environment; never throws for a failing action. */
export async function runAction(runner: ActionRunner, options: ActionRunOptions): Promise<ActionRunResult> {
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const eventPath = path.join(scratch, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event.payload));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: options.sha ?? 'merge0000000000000000000000000000000000000',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_API_URL: options.apiUrl,
    // Links in the summary point here: loopback, so nothing could ever leave the machine.
    GITHUB_SERVER_URL: options.apiUrl,
    GITHUB_RUN_ID: '1001',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: scratch,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { exitCode, stdout } = await runner(env, options.workspace);
  return {
    exitCode,
    stdout,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
