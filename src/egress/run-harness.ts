/**
 * Runs the project's own command under the egress hook (SPEC 9): the target as working directory,
 * the hook folder first on PYTHONPATH, an optional loopback-only network namespace and a timeout
 * that kills the whole process group. Reads the hook's log back into the `runtime_egress.json`
 * summary. Nothing the command prints reaches our output; only bounded tails are kept.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { assetPath } from '../model/assets.js';
import { ConfigError } from '../model/errors.js';
import { countEgressEvents, readEgressLog } from './egress-log.js';
import type { EgressCounts, EgressEvent } from './egress-log.js';
import { findProgram } from './find-program.js';
import { checkIsolation, isolatedArgv } from './isolation.js';
import { OutputTail } from './output-tail.js';

/** The variable naming the log file; the hook reads it (`LOG_ENV` in `_mcen_egress.py`). */
const EGRESS_LOG_ENV = 'MCEN_EGRESS_LOG';

const TAIL_BYTES = 8 * 1024;
const FIRST_EVENTS = 50;
const MAX_LOG_BYTES = 32 * 1024 * 1024;
/** After SIGTERM on timeout, how long the group gets before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** After the command exits, how long we wait for children still holding its stdout/stderr. */
const DRAIN_MS = 1000;

const RUNTIME_NOTE =
  'Runtime evidence for this run only: it shows what this command, with these inputs, configuration and ' +
  'environment, attempted while it ran. Code paths the run did not exercise are not covered; the static ' +
  'findings cover those.';

export interface HarnessOptions {
  /** The folder the command runs in (the scan target). */
  target: string;
  /** Program and arguments; run without a shell. */
  command: readonly string[];
  /** Run inside a loopback-only network namespace (`unshare -rn`). */
  isolate?: boolean;
  /** Kill the command's process group after this many seconds. */
  timeoutSeconds?: number;
  /** Base environment of the command (default: ours). */
  env?: NodeJS.ProcessEnv;
}

/** A checked harness run, ready to start: `planHarness` validates everything before any work. */
export interface HarnessPlan {
  target: string;
  command: string[];
  /** What is spawned: the resolved program (under `unshare` when isolated) and its arguments. */
  argv: string[];
  isolate: boolean;
  timeoutSeconds: number | null;
  /** The command's environment before the hook is added. */
  env: NodeJS.ProcessEnv;
  /** The shipped hook folder; each run loads a private copy of it. */
  hookDir: string;
}

/**
 * The `runtime_egress.json` document, also `report.json`'s `runtime_egress` (a type alias rather than
 * an interface so it is assignable to that field's `Record<string, unknown>`).
 */
export type RuntimeEgressSummary = {
  command: string[];
  working_directory: string;
  isolated: boolean;
  exit_code: number | null;
  signal: string | null;
  timed_out: boolean;
  timeout_seconds: number | null;
  started_at: string;
  duration_ms: number;
  counts: EgressCounts;
  first_events: EgressEvent[];
  stdout_tail: string;
  stderr_tail: string;
  stdout_bytes: number;
  stderr_bytes: number;
  log: { bytes_read: number; file_truncated: boolean; truncated_processes: number; malformed_lines: number };
  warnings: string[];
  note: string;
};

export interface HarnessRun {
  summary: RuntimeEgressSummary;
  /** Every valid event read from the log, in the order written. */
  events: EgressEvent[];
}

/** The folder holding the hook's `sitecustomize.py` (in `dist/egress/python` when bundled). */
export function hookDirectory(): string {
  return assetPath('the egress hook', path.join('egress', 'python'), path.join('src', 'egress', 'python'));
}

/**
 * Checks the request and resolves what will run. Throws a `ConfigError` (exit 3) for no command,
 * a target that is not a folder, a program that cannot be found, a timeout that is not a positive
 * number, or isolation this machine cannot provide ("cannot isolate: ...").
 */
export function planHarness(options: HarnessOptions): HarnessPlan {
  const [program, ...args] = options.command;
  if (program === undefined)
    throw new ConfigError(
      'egress: no command given after "--" (usage: mcen-scan egress TARGET -- COMMAND...)',
    );
  const target = path.resolve(options.target);
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new ConfigError(`egress target is not a folder: ${options.target}`);
  const timeout = options.timeoutSeconds;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0))
    throw new ConfigError(`egress --timeout must be a positive number of seconds, got ${String(timeout)}`);
  const env = options.env ?? process.env;
  const hookDir = hookDirectory();
  const resolved = findProgram(program, env.PATH, target);
  const isolate = options.isolate ?? false;
  if (isolate) checkIsolation(env);
  return {
    target,
    command: [program, ...args],
    argv: isolate ? isolatedArgv([resolved, ...args]) : [resolved, ...args],
    isolate,
    timeoutSeconds: timeout ?? null,
    env,
    hookDir,
  };
}

/** `base` with the hook folder first on PYTHONPATH and the log variable set; `base` is not changed. */
function hookEnvironment(base: NodeJS.ProcessEnv, hookDir: string, logFile: string): NodeJS.ProcessEnv {
  return {
    ...base,
    PYTHONPATH: base.PYTHONPATH ? `${hookDir}${path.delimiter}${base.PYTHONPATH}` : hookDir,
    [EGRESS_LOG_ENV]: logFile,
  };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Spawns the plan's argv in its own process group and resolves when it has exited and drained. */
function execute(
  plan: HarnessPlan,
  env: NodeJS.ProcessEnv,
  stdout: OutputTail,
  stderr: OutputTail,
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = plan.argv as [string, ...string[]];
    const child = spawn(file, args, {
      cwd: plan.target,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout kills the command and every child it started.
      detached: true,
    });
    let timedOut = false;
    const timers: NodeJS.Timeout[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      timers.forEach(clearTimeout);
      reject(
        error.code === 'ENOENT' || error.code === 'EACCES'
          ? new ConfigError(`egress command cannot start: ${plan.command[0]} (${error.code})`)
          : error,
      );
    });
    if (plan.timeoutSeconds !== null) {
      timers.push(
        setTimeout(() => {
          timedOut = true;
          killGroup(child.pid!, 'SIGTERM');
          timers.push(setTimeout(() => killGroup(child.pid!, 'SIGKILL'), KILL_GRACE_MS));
        }, plan.timeoutSeconds * 1000),
      );
    }
    child.on('exit', (code, signal) => {
      timers.forEach(clearTimeout);
      // Whatever the command left running (servers, daemons) goes with it: the evidence ends here.
      killGroup(child.pid!, 'SIGKILL');
      const drained = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, DRAIN_MS);
      const closed = (stream: NodeJS.ReadableStream & { closed: boolean }): Promise<void> =>
        stream.closed ? Promise.resolve() : new Promise((done) => stream.once('close', () => done()));
      void Promise.all([closed(child.stdout), closed(child.stderr)]).then(() => {
        clearTimeout(drained);
        resolve({ code, signal, timedOut });
      });
    });
  });
}

function warningsFor(counts: EgressCounts, exit: Exit, fileTruncated: boolean, malformed: number): string[] {
  const warnings: string[] = [];
  if (counts.watched_python_processes === 0)
    warnings.push(
      'no Python process loaded the egress hook: nothing was watched (is the command a Python program, ' +
        'or does it start Python with -I/-E/-S or a cleared environment?)',
    );
  if (exit.timedOut) warnings.push('the command hit the timeout and was killed with its process group');
  if (counts.truncated_processes > 0)
    warnings.push(
      `${counts.truncated_processes} process(es) hit the per-process log bound; counts include what they dropped`,
    );
  if (fileTruncated) warnings.push(`the log exceeded ${MAX_LOG_BYTES} bytes; only its start was read`);
  if (malformed > 0) warnings.push(`${malformed} log line(s) were not valid events and were ignored`);
  return warnings;
}

/**
 * Runs a checked plan and summarises what the hook logged. A failing command is evidence, not an
 * error: its exit code is reported. Rejects only when the program cannot start (`ConfigError`).
 */
export async function runHarness(plan: HarnessPlan): Promise<HarnessRun> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'mcen-egress-'));
  const logFile = path.join(workDir, 'egress.jsonl');
  // A private copy per run: the hook caches its bytecode there, and nothing the run does to it
  // outlives the run or reaches the shipped files.
  const hookDir = path.join(workDir, 'hook');
  cpSync(plan.hookDir, hookDir, { recursive: true, filter: (file) => !file.includes('__pycache__') });
  const stdout = new OutputTail(TAIL_BYTES);
  const stderr = new OutputTail(TAIL_BYTES);
  const startedAt = new Date();
  try {
    const exit = await execute(plan, hookEnvironment(plan.env, hookDir, logFile), stdout, stderr);
    const durationMs = Date.now() - startedAt.getTime();
    const log = readEgressLog(logFile, MAX_LOG_BYTES);
    const counts = countEgressEvents(log.events);
    return {
      events: log.events,
      summary: {
        command: plan.command,
        working_directory: plan.target,
        isolated: plan.isolate,
        exit_code: exit.code,
        signal: exit.signal,
        timed_out: exit.timedOut,
        timeout_seconds: plan.timeoutSeconds,
        started_at: startedAt.toISOString(),
        duration_ms: durationMs,
        counts,
        first_events: log.events.slice(0, FIRST_EVENTS),
        stdout_tail: stdout.text(),
        stderr_tail: stderr.text(),
        stdout_bytes: stdout.total,
        stderr_bytes: stderr.total,
        log: {
          bytes_read: log.bytesRead,
          file_truncated: log.fileTruncated,
          truncated_processes: counts.truncated_processes,
          malformed_lines: log.malformedLines,
        },
        warnings: warningsFor(counts, exit, log.fileTruncated, log.malformedLines),
        note: RUNTIME_NOTE,
      },
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
