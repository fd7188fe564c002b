/**
 * The JSON-lines log the Python hook writes (`src/egress/python/_mcen_egress.py`): its event shape,
 * a bounded, tolerant reader and the counts `runtime_egress.json` reports. The watched program can
 * write to the file too (a non-Python child can), so every line is validated before it is believed.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type EgressAction = 'allowed' | 'blocked' | 'unwatched';

/** One Python frame of the stack the hook recorded, innermost first. */
export interface EgressFrame {
  file: string;
  line: number;
  function: string;
}

/** One line of `egress_log.jsonl`. */
export interface EgressEvent {
  time: string;
  pid: number;
  ppid: number;
  /** The audit event (`socket.connect`, `subprocess.Popen`, ...) or a hook record (`hook.start`, `log.truncated`, `log.summary`). */
  op: string;
  /** `host:port`, a Unix socket path, a looked-up name or a command line. */
  destination: string;
  /** `AF_INET`, `AF_INET6`, `AF_UNIX`, `dns`, `process`, `native`, `file`, `log`. */
  family: string;
  allowed: boolean;
  action: EgressAction;
  stack: EgressFrame[];
  reason?: string;
  /** For process starts: the resolved program. */
  program?: string;
  /** For `log.summary`: what a process did not write once it hit its bound, by count class. */
  dropped?: Record<string, number>;
}

/** What was read from a log file. */
export interface EgressLog {
  events: EgressEvent[];
  /** Lines that were not a valid event (forged or cut); they are left out of `events`. */
  malformedLines: number;
  /** True when the file was larger than the read bound and its tail was not read. */
  fileTruncated: boolean;
  bytesRead: number;
}

/** The counts of `runtime_egress.json`, including what processes dropped past their bound. */
export interface EgressCounts {
  events_logged: number;
  blocked_attempts: number;
  allowed_loopback_attempts: number;
  unwatched_processes: number;
  /** Python processes that loaded the hook (each writes `hook.start`). */
  watched_python_processes: number;
  /** Process starts the hook saw (watched or not). */
  child_processes: number;
  /** Processes that hit the per-process log bound. */
  truncated_processes: number;
}

const ACTIONS: ReadonlySet<string> = new Set(['allowed', 'blocked', 'unwatched']);
const MAX_LINE = 64 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFrame(value: unknown): EgressFrame | undefined {
  if (!isRecord(value)) return undefined;
  const { file, line, function: fn } = value;
  if (typeof file !== 'string' || typeof line !== 'number' || typeof fn !== 'string') return undefined;
  return { file, line, function: fn };
}

function toCounts(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, number> = {};
  for (const [key, count] of Object.entries(value)) {
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return undefined;
    out[key] = count;
  }
  return out;
}

/** Parses one log line; undefined for anything that is not a well-formed event. */
export function parseEgressEvent(line: string): EgressEvent | undefined {
  if (line.length > MAX_LINE) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const { time, pid, ppid, op, destination, family, allowed, action, stack, reason, program, dropped } =
    value;
  if (
    typeof time !== 'string' ||
    typeof pid !== 'number' ||
    typeof ppid !== 'number' ||
    typeof op !== 'string' ||
    typeof destination !== 'string' ||
    typeof family !== 'string' ||
    typeof allowed !== 'boolean' ||
    typeof action !== 'string' ||
    !ACTIONS.has(action) ||
    allowed !== (action !== 'blocked') ||
    !Array.isArray(stack)
  )
    return undefined;
  const frames = stack.map(toFrame);
  if (frames.some((f) => f === undefined)) return undefined;
  const event: EgressEvent = {
    time,
    pid,
    ppid,
    op,
    destination,
    family,
    allowed,
    action: action as EgressAction,
    stack: frames as EgressFrame[],
  };
  if (typeof reason === 'string') event.reason = reason;
  if (typeof program === 'string') event.program = program;
  if (dropped !== undefined) {
    const counts = toCounts(dropped);
    if (!counts) return undefined;
    event.dropped = counts;
  }
  return event;
}

/**
 * Reads at most `maxBytes` of the log at `file` and parses every complete line. A missing file
 * is an empty log (no Python process started); lines that do not parse are counted, not thrown.
 */
export function readEgressLog(file: string, maxBytes: number): EgressLog {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { events: [], malformedLines: 0, fileTruncated: false, bytesRead: 0 };
    throw error;
  }
  // Read one byte past the bound to learn whether the file is longer than it.
  const buffer = Buffer.alloc(maxBytes + 1);
  let length = 0;
  try {
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
  } finally {
    closeSync(fd);
  }
  const fileTruncated = length > maxBytes;
  let text = buffer.subarray(0, Math.min(length, maxBytes)).toString('utf8');
  // A cut file ends inside a line; that partial line is not evidence.
  if (fileTruncated) text = text.slice(0, text.lastIndexOf('\n') + 1);
  const events: EgressEvent[] = [];
  let malformedLines = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const event = parseEgressEvent(line);
    if (event) events.push(event);
    else malformedLines++;
  }
  return { events, malformedLines, fileTruncated, bytesRead: Buffer.byteLength(text) };
}

function isProcessStart(event: EgressEvent): boolean {
  return event.family === 'process' && event.op !== 'hook.start';
}

/** Counts the events by what they mean, adding what bounded processes reported as dropped. */
export function countEgressEvents(events: readonly EgressEvent[]): EgressCounts {
  const counts: EgressCounts = {
    events_logged: events.length,
    blocked_attempts: 0,
    allowed_loopback_attempts: 0,
    unwatched_processes: 0,
    watched_python_processes: 0,
    child_processes: 0,
    truncated_processes: 0,
  };
  for (const event of events) {
    if (event.op === 'log.truncated') {
      counts.truncated_processes++;
      continue;
    }
    if (event.op === 'log.summary' && event.dropped) {
      counts.blocked_attempts += event.dropped.blocked ?? 0;
      counts.allowed_loopback_attempts += event.dropped.allowed ?? 0;
      counts.unwatched_processes += event.dropped.unwatched ?? 0;
      counts.child_processes += (event.dropped.process ?? 0) + (event.dropped.unwatched ?? 0);
      continue;
    }
    if (event.op === 'hook.start' && event.action === 'allowed') counts.watched_python_processes++;
    if (isProcessStart(event)) counts.child_processes++;
    if (event.action === 'blocked') counts.blocked_attempts++;
    else if (event.action === 'unwatched') counts.unwatched_processes++;
    else if (event.family !== 'process' && event.family !== 'log') counts.allowed_loopback_attempts++;
  }
  return counts;
}
