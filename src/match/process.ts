/**
 * PEX001/PEX002/PEX003 (and PER001/PER002, NET001/NET002 through tooling): a process start is
 * judged by its resolved argv or shell string. A list of literals, `sys.executable` and
 * `shutil.which("tool")` are known commands.
 */
import type { RawFinding } from '../model/finding.js';
import type { CallFact } from '../model/python-facts.js';
import type { ProcessEntry, ToolCatalog } from '../model/rulepack.js';
import { argumentValue, flatten, type Template, UNKNOWN_CHAR, type Value } from '../model/value.js';
import { describe } from '../resolve/python/values.js';
import { classifyDestination } from './destination.js';
import { rawFinding, showFlat, showTemplate } from './finding-builder.js';
import { programName, shellSegments, unwrapCommand } from './shell-words.js';

/** Shell metacharacters that make a command string more than one plain program run. */
const SHELL_META = /[;&|`$<>*?(){}\n]/;

interface Command {
  /** Words of each simple command, holes as UNKNOWN_CHAR. */
  segments: string[][];
  /** How it reads in evidence and for the allowlist. */
  shown: string;
  /** The command went through a shell (shell=True, os.system, `sh -c`). */
  viaShell: boolean;
  /** Parts of the shell string that are not known. */
  dynamic: boolean;
  metachars: boolean;
}

function word(value: Value): string {
  if (value.kind === 'qualname' && value.name === 'sys.executable') return 'sys.executable';
  if (value.kind === 'str' && value.options.length === 1) return flatten(value.options[0]!);
  if (value.kind === 'num') return String(value.value);
  return UNKNOWN_CHAR;
}

function shownWord(value: Value): string {
  if (value.kind === 'qualname' && value.name === 'sys.executable') return 'sys.executable';
  if (value.kind === 'str' && value.options.length === 1) return showTemplate(value.options[0]!);
  if (value.kind === 'num') return String(value.value);
  return `<${describe(value)}>`;
}

function fromShellString(template: Template): Command {
  const text = flatten(template);
  return {
    segments: shellSegments(text),
    shown: showTemplate(template),
    viaShell: true,
    dynamic: text.includes(UNKNOWN_CHAR),
    metachars: SHELL_META.test(text.split(UNKNOWN_CHAR).join('')),
  };
}

/** Reads the command of a process call, or undefined when it cannot be told at all. */
function readCommand(fact: CallFact, entry: ProcessEntry, shell: boolean): Command | undefined {
  const { site } = fact;
  let value: Value | undefined;
  if (entry.spread === 'varargs' && entry.command.pos !== undefined) {
    value = { kind: 'seq', items: site.positional.slice(entry.command.pos), tuple: true };
  } else value = argumentValue(site, entry.command);
  if (!value) return undefined;
  if (value.kind === 'seq') {
    if (shell && value.items[0]?.kind === 'str' && value.items.length >= 1) {
      // shell=True with a list: the first item is the shell string, the rest its $0, $1...
      return fromShellString(value.items[0].options[0] ?? []);
    }
    const words = value.items.map(word);
    return {
      segments: [words],
      shown: value.items.map(shownWord).join(' '),
      viaShell: false,
      dynamic: false,
      metachars: false,
    };
  }
  if (value.kind === 'str') {
    if (shell) {
      const commands = value.options.map(fromShellString);
      return {
        segments: commands.flatMap((c) => c.segments),
        shown: commands.map((c) => c.shown).join(' | or | '),
        viaShell: true,
        dynamic: commands.some((c) => c.dynamic),
        metachars: commands.some((c) => c.metachars),
      };
    }
    // Without a shell a string is the program alone.
    return {
      segments: value.options.map((t) => [flatten(t)]),
      shown: value.options.map(showTemplate).join(' | '),
      viaShell: false,
      dynamic: false,
      metachars: false,
    };
  }
  if (value.kind === 'unknown') {
    return {
      segments: [[UNKNOWN_CHAR]],
      shown: `<${value.reason}>`,
      viaShell: shell,
      dynamic: true,
      metachars: false,
    };
  }
  return undefined;
}

function shellFlag(fact: CallFact, entry: ProcessEntry): 'yes' | 'no' | 'maybe' {
  if (entry.shell === 'always') return 'yes';
  if (entry.shell === 'never' || !entry.shell_arg) return 'no';
  const flag = argumentValue(fact.site, entry.shell_arg);
  if (!flag) return fact.site.hasStarKwargs ? 'maybe' : 'no';
  switch (flag.kind) {
    case 'bool':
      return flag.value ? 'yes' : 'no';
    case 'num':
      return flag.value ? 'yes' : 'no';
    case 'none':
      return 'no';
    case 'str':
      return flatten(flag.options[0] ?? []) === '' ? 'no' : 'yes';
    default:
      return 'maybe';
  }
}

/** Every finding one process call gives. */
export function matchProcess(fact: CallFact, entry: ProcessEntry, tools: ToolCatalog): RawFinding[] {
  const api = fact.site.callee;
  const shell = shellFlag(fact, entry);
  const command = readCommand(fact, entry, shell !== 'no');
  const shown = command?.shown ?? '<unknown command>';
  const base = { qualified_name: api, command: shown };
  const findings: RawFinding[] = [];

  // `sh -c "..."` inside an argv runs a shell string too.
  const segments = (command?.segments ?? [[UNKNOWN_CHAR]]).flatMap((words) => {
    const inner = unwrapCommand(words);
    return inner.shellString !== undefined ? shellSegments(inner.shellString) : [inner.words];
  });
  const nestedShell = (command?.segments ?? []).some((w) => unwrapCommand(w).shellString !== undefined);

  // Every run through a shell is PEX001: shell=True, os.system/os.popen, `sh -c` in an argv.
  const shellRisk =
    shell === 'yes'
      ? entry.shell === 'always'
        ? `a shell string run by ${api}`
        : 'shell=True'
      : shell === 'maybe'
        ? 'a shell flag that is not a constant'
        : nestedShell
          ? 'a shell started with -c'
          : undefined;
  if (shellRisk) {
    const qualities = command?.dynamic
      ? ', with dynamic parts'
      : command?.metachars
        ? ', with metacharacters'
        : '';
    findings.push(
      rawFinding('PEX001', fact, {
        confidence: shell === 'maybe' ? 'medium' : 'high',
        subject: `${api} ${shown}`,
        details: { ...base, shell: `${shellRisk}${qualities}` },
      }),
    );
  }

  let tooling = false;
  for (const segment of segments) {
    const words = asModuleRun(segment, tools);
    const program = programName(words[0] ?? '');
    if (!program) continue;
    const args = words.slice(1);
    const network = tools.network.includes(program) || reachesNetwork(program, args, tools);
    if (network || tools.persistence.includes(program)) {
      tooling = true;
      findings.push(
        rawFinding('PEX002', fact, {
          confidence: 'high',
          subject: `${api} ${program}`,
          details: { ...base, tool: program, reaches: network ? 'network' : 'persistence' },
        }),
      );
    }
    for (const pc of tools.persistence_commands) {
      if (pc.tool !== program) continue;
      const lower = args.map((a) => a.toLowerCase());
      const when = !pc.when_args || pc.when_args.some((w) => lower.includes(w.toLowerCase()));
      const unless = pc.unless_args?.some((u) => lower.includes(u.toLowerCase())) ?? false;
      if (when && !unless) {
        findings.push(
          rawFinding(pc.rule, fact, {
            confidence: 'high',
            subject: `${api} ${program} ${args.join(' ')}`.trim(),
            details: { ...base, tool: program },
          }),
        );
      }
    }
    if (network) findings.push(...toolDestinations(fact, program, args, base));
  }

  if (!shellRisk && !tooling) {
    const orchestration = isOrchestration(segments, tools);
    findings.push(
      rawFinding('PEX003', fact, {
        confidence: command ? 'high' : 'medium',
        subject: `${api} ${shown}`,
        details: base,
        ...(orchestration ? { variant: 'orchestration' } : {}),
      }),
    );
  }
  return findings;
}

/** `python -m pip install x` runs the module as a program: judge it as `pip install x`. */
function asModuleRun(words: string[], tools: ToolCatalog): string[] {
  const program = programName(words[0] ?? '');
  if (!(tools.interpreters.includes(program) || program === 'sys.executable')) return words;
  const flag = words.indexOf('-m');
  return flag > 0 && words[flag + 1] ? words.slice(flag + 1) : words;
}

/** Programs that reach the network only with some sub-commands (`git clone`, `pip install`). */
function reachesNetwork(program: string, args: string[], tools: ToolCatalog): boolean {
  const lower = args.map((a) => a.toLowerCase());
  return (tools.network_commands ?? []).some(
    (c) => c.tool === program && c.when_args.some((w) => lower.includes(w)),
  );
}

/** A bare dotted-quad argument (`nc 198.51.100.1 9`); names are not guessed from words like `data.json`. */
const IPV4_LITERAL = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const SSH_TOOLS = new Set(['ssh', 'scp', 'sftp', 'rsync', 'sshpass']);

/** NET001/NET002 for URLs and hosts handed to network tools (`curl https://...`). */
function toolDestinations(
  fact: CallFact,
  program: string,
  args: string[],
  base: { qualified_name: string; command: string },
): RawFinding[] {
  const out: RawFinding[] = [];
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    const form = arg.includes('://')
      ? 'url'
      : SSH_TOOLS.has(program) && /@|:/.test(arg)
        ? 'ssh'
        : arg === UNKNOWN_CHAR || IPV4_LITERAL.test(arg)
          ? 'host'
          : undefined;
    if (!form) continue;
    const cls = classifyDestination(arg, form);
    if (cls.kind === 'remote') {
      out.push(
        rawFinding('NET001', fact, {
          confidence: 'high',
          subject: `${program} ${cls.host ?? arg}`,
          details: { ...base, destination: showFlat(arg), tool: program },
        }),
      );
    } else if (cls.kind === 'unknown') {
      out.push(
        rawFinding('NET002', fact, {
          confidence: 'medium',
          subject: `${program} ${showFlat(arg)}`,
          details: {
            ...base,
            destination: showFlat(arg),
            tool: program,
            provenance: cls.reason ?? 'dynamic argument',
          },
        }),
      );
    }
  }
  return out.slice(0, 1);
}

/** `python script.py` of a script shipped with the project: the orchestration case of the seed. */
function isOrchestration(segments: string[][], tools: ToolCatalog): boolean {
  if (segments.length !== 1) return false;
  const [words] = segments;
  const program = programName(words![0] ?? '');
  if (!program || !(tools.interpreters.includes(program) || program === 'sys.executable')) return false;
  const script = words!.slice(1).find((w) => !w.startsWith('-'));
  if (!script || words!.slice(1).some((w) => w === '-c' || w === '-m')) return false;
  // The script may sit beside this file (`Path(__file__).parent / "child.py"`): only its name must be known.
  const known = script.split(UNKNOWN_CHAR).pop() ?? '';
  return /\.pyw?$/i.test(known) && !/^(?:[a-z]+:)?\/\//i.test(script);
}
