/**
 * Turns the harness log into raw findings: every blocked attempt is an EGR001, every child program
 * the hook could not follow an EGR002 (SPEC 5, 9). A finding sits on the innermost frame of the
 * recorded stack that lies inside the target (library code under site-packages only when nothing
 * else does); with no such frame it is filed under the command itself.
 */
import path from 'node:path';

import type { RawFinding } from '../model/finding.js';
import { compareText } from '../model/finding-order.js';
import type { EgressEvent, EgressFrame } from './egress-log.js';

/** A raw finding with the file it belongs to: repository-relative POSIX path, or the command line. */
export interface LocatedRawFinding {
  file: string;
  finding: RawFinding;
}

const MAX_EVIDENCE = 200;
const LIBRARY_DIRS = ['site-packages', 'dist-packages'];

function insideTarget(target: string, file: string): string | undefined {
  if (!path.isAbsolute(file)) return undefined; // `<string>`, `<frozen ...>`: no file to point at
  const relative = path.relative(target, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function locate(
  stack: readonly EgressFrame[],
  target: string,
): { file: string; frame: EgressFrame } | undefined {
  let library: { file: string; frame: EgressFrame } | undefined;
  for (const frame of stack) {
    const file = insideTarget(target, frame.file);
    if (file === undefined) continue;
    if (!file.split('/').some((part) => LIBRARY_DIRS.includes(part))) return { file, frame };
    library ??= { file, frame };
  }
  return library;
}

function clipText(text: string): string {
  return text.length <= MAX_EVIDENCE ? text : `${text.slice(0, MAX_EVIDENCE - 1)}…`;
}

function toFinding(event: EgressEvent, target: string, command: string): LocatedRawFinding {
  const blocked = event.action === 'blocked';
  const where = locate(event.stack, target);
  const line = where?.frame.line && where.frame.line > 0 ? where.frame.line : 1;
  const verb = blocked ? 'blocked' : 'started, not watched';
  const evidence = clipText(
    `runtime: ${event.op} ${event.destination} ${verb}${event.reason ? ` (${event.reason})` : ''}`,
  );
  const details: RawFinding['details'] = {
    qualified_name: event.op,
    chain: event.stack.map((f) => `${f.file}:${f.line} in ${f.function}`),
    runtime_command: command,
    pid: event.pid,
  };
  if (blocked) details.destination = event.destination;
  else details.command = event.destination;
  if (event.program) details.program = event.program;
  if (event.reason) details.reason = event.reason;
  return {
    file: where?.file ?? command,
    finding: {
      ruleId: blocked ? 'EGR001' : 'EGR002',
      confidence: blocked ? 'high' : 'medium',
      line,
      column: 1,
      endLine: line,
      endColumn: 1,
      evidence,
      details,
      subject: event.destination,
      statement: `${event.op} ${event.destination}`,
      scope: where?.frame.function ?? 'runtime',
    },
  };
}

/**
 * EGR001 for each blocked event and EGR002 for each unwatched process, one per distinct
 * (rule, operation, destination, location), sorted by file, line, rule and subject. `target` is the
 * folder the command ran in; `command` its argv. Events that are neither produce nothing.
 */
export function egressFindings(
  events: readonly EgressEvent[],
  target: string,
  command: readonly string[],
): LocatedRawFinding[] {
  const root = path.resolve(target);
  const commandText = command.join(' ');
  const seen = new Map<string, LocatedRawFinding>();
  for (const event of events) {
    if (event.action === 'allowed') continue;
    const located = toFinding(event, root, commandText);
    const key = [
      located.finding.ruleId,
      event.op,
      event.destination,
      located.file,
      located.finding.line,
    ].join('\0');
    if (!seen.has(key)) seen.set(key, located);
  }
  return [...seen.values()].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.finding.line - b.finding.line ||
      compareText(a.finding.ruleId, b.finding.ruleId) ||
      compareText(a.finding.subject, b.finding.subject),
  );
}
