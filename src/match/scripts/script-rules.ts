/**
 * Evaluates the script catalogs (and the shared tools, path and registry catalogs) against the
 * facts of one script: the same rule ids and finding shape as Python, with `details.language`.
 * Running an ordinary program is what scripts do, so only what the catalogs name is a finding.
 */
import { minimatch } from 'minimatch';

import type { RawFinding } from '../../model/finding.js';
import type {
  DestinationForm,
  Rulepack,
  ScriptCommandEntry,
  ScriptEffect,
  ScriptLanguage,
  ScriptObjectEntry,
} from '../../model/rulepack.js';
import type { FactPlace } from '../../model/python-facts.js';
import { flatten, type Template, UNKNOWN_CHAR } from '../../model/value.js';
import type { ScriptCommand, ScriptFacts, ScriptMethodCall } from '../../resolve/scripts/facts.js';
import { normaliseTypeName, wordText } from '../../resolve/scripts/facts.js';
import { classifyBind, classifyDestination } from '../destination.js';
import { provenanceOf, rawFinding, showTemplate } from '../finding-builder.js';
import { programName, unwrapCommand } from '../shell-words.js';
import { classifyPath, normaliseKey, RULE_ORDER } from '../writes.js';
import { anyArgMatches, argument, parseArgs, type ParsedArgs } from './script-args.js';

/** A command as judged: its program after wrappers, its arguments and its catalog entry. */
export interface JudgedCommand {
  program: string;
  words: Template[];
  entry?: ScriptCommandEntry;
  /** The catalog the entry came from (PowerShell falls back to batch for native programs). */
  language: ScriptLanguage;
}

/** Index of catalog entries by lower-case command name and `type.method`. */
interface CatalogIndex {
  commands: Map<string, ScriptCommandEntry>;
  objects: Map<string, ScriptObjectEntry>;
}

const indexes = new WeakMap<Rulepack, Map<ScriptLanguage, CatalogIndex>>();

function catalogIndex(pack: Rulepack, language: ScriptLanguage): CatalogIndex {
  let byLanguage = indexes.get(pack);
  if (!byLanguage) indexes.set(pack, (byLanguage = new Map<ScriptLanguage, CatalogIndex>()));
  let index = byLanguage.get(language);
  if (!index) {
    const catalog = pack.scripts[language];
    index = { commands: new Map(), objects: new Map() };
    for (const entry of catalog.commands)
      for (const name of entry.names) index.commands.set(name.toLowerCase(), entry);
    for (const entry of catalog.objects)
      for (const type of entry.types)
        for (const method of entry.methods)
          index.objects.set(`${normaliseTypeName(type)}.${method.toLowerCase()}`, entry);
    byLanguage.set(language, index);
  }
  return index;
}

/**
 * The program a command runs after wrappers (`sudo`, `env A=b`, `nohup`) and its catalog entry;
 * undefined when the program is not known (a variable) or the command hands a string to a shell.
 */
export function judgeCommand(
  command: ScriptCommand,
  pack: Rulepack,
  language: ScriptLanguage,
): JudgedCommand | undefined {
  const texts = command.words.map(wordText);
  const unwrapped = unwrapCommand(texts);
  if (unwrapped.shellString !== undefined) return undefined;
  const words = command.words.slice(texts.length - unwrapped.words.length);
  const program = programName(wordText(words[0]));
  if (!program) return undefined;
  for (const lang of language === 'powershell' ? (['powershell', 'batch'] as const) : [language]) {
    const entry = catalogIndex(pack, lang).commands.get(program);
    if (entry) return { program, words, entry, language: lang };
  }
  return { program, words, language };
}

/** The catalog entry of a method call, if the catalogs name it. */
export function methodEntry(
  call: ScriptMethodCall,
  pack: Rulepack,
  language: ScriptLanguage,
): ScriptObjectEntry | undefined {
  return catalogIndex(pack, language).objects.get(`${call.type}.${call.method}`);
}

/** The outcome of one effect check: findings, and whether the command's destination was judged at all. */
interface EffectResult {
  findings: RawFinding[];
  /** A destination was found and judged (loopback included), so tooling alone says nothing more. */
  judged: boolean;
}

function shown(word: Template): string {
  return showTemplate(word);
}

function destinationFinding(
  place: FactPlace,
  word: Template,
  form: DestinationForm,
  subjectHead: string,
  base: Record<string, string>,
): { finding?: RawFinding; judged: boolean } {
  let text = flatten(word);
  // Tools accept a bare host where a URL is expected (`curl example.com`) and default to http.
  if (form === 'url' && !/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith(UNKNOWN_CHAR))
    text = `http://${text}`;
  const cls = classifyDestination(text, form);
  if (cls.kind === 'remote') {
    return {
      judged: true,
      finding: rawFinding('NET001', place, {
        confidence: 'high',
        subject: `${subjectHead} ${cls.host ?? text}`,
        details: { ...base, destination: shown(word) },
      }),
    };
  }
  if (cls.kind === 'unknown') {
    const provenance = provenanceOf([word]) ?? cls.reason ?? 'dynamic destination';
    return {
      judged: true,
      finding: rawFinding('NET002', place, {
        confidence: 'medium',
        subject: `${subjectHead} ${shown(word)}`,
        details: { ...base, destination: shown(word), provenance },
      }),
    };
  }
  return { judged: true };
}

/** Registry key as PowerShell, cmd and WSH spell it (`HKCU:\`, `Registry::HKEY_...`, `HKCU\`). */
function registryFinding(
  place: FactPlace,
  word: Template,
  pack: Rulepack,
  base: Record<string, string>,
): RawFinding | undefined {
  const key = normaliseKey(
    showTemplate(word)
      .replace(/^(?:Microsoft\.PowerShell\.Core\\)?Registry::/i, '')
      .replace(/^([A-Za-z_]+):(?=[\\/]|$)/, '$1'),
  );
  for (const rule of RULE_ORDER) {
    const hit = pack.registry.keys.find(
      (k) =>
        k.rule === rule &&
        k.patterns.some((p) => minimatch(key, normaliseKey(p), { nocase: true, dot: true })),
    );
    if (hit) {
      return rawFinding(hit.rule, place, {
        confidence: 'high',
        subject: `${base.command ?? ''} ${key}`.trim(),
        details: { ...base, path: key.replace(/\//g, '\\') },
      });
    }
  }
  return undefined;
}

function pathFinding(
  place: FactPlace,
  word: Template,
  pack: Rulepack,
  base: Record<string, string>,
): RawFinding | undefined {
  const hit = classifyPath(word, pack.paths);
  if (!hit) return undefined;
  return rawFinding(hit.rule, place, {
    confidence: 'high',
    subject: `${base.qualified_name ?? base.tool ?? ''} ${showTemplate(word)}`.trim(),
    details: { ...base, path: showTemplate(word), ...(hit.note ? { location: hit.note } : {}) },
  });
}

/** A lone port number in a bind position means no address, i.e. the listener's default. */
function isBarePort(text: string): boolean {
  return /^\d+$/.test(text.trim());
}

/** Evaluates the effects of one entry against already-read arguments. */
function applyEffect(
  effect: ScriptEffect,
  place: FactPlace,
  read: (ref: NonNullable<ScriptEffect['writes']>, form?: string) => Template | undefined,
  allWords: Template[],
  pack: Rulepack,
  base: Record<string, string>,
  subjectHead: string,
): EffectResult {
  const findings: RawFinding[] = [];
  let judged = false;
  let listening = false;
  if (effect.listen && (!effect.listen.when_args || anyArgMatches(allWords, effect.listen.when_args))) {
    listening = true;
    judged = true;
    const bind = effect.listen.bind ? read(effect.listen.bind, 'host') : undefined;
    const bindText = bind ? flatten(bind) : undefined;
    const kind =
      bindText === undefined || isBarePort(bindText)
        ? effect.listen.when_missing
        : classifyBind(bindText, effect.listen.bind!.form).kind;
    if (kind === 'all') {
      findings.push(
        rawFinding('NET003', place, {
          confidence: bind ? 'high' : 'medium',
          subject: `${subjectHead} ${bind ? showTemplate(bind) : 'all interfaces'}`,
          details: { ...base, bind: bind ? showTemplate(bind) : 'default: all interfaces' },
        }),
      );
    }
  }
  if (effect.network && !listening) {
    const word = read(effect.network, effect.network.form);
    if (word) {
      const result = destinationFinding(place, word, effect.network.form, subjectHead, base);
      judged = true;
      if (result.finding) findings.push(result.finding);
    }
  }
  if (effect.rule) {
    findings.push(
      rawFinding(effect.rule, place, {
        confidence: 'high',
        subject: `${subjectHead}`,
        details: { ...base, ...(effect.note ? { note: effect.note } : {}) },
      }),
    );
  }
  if (effect.registry) {
    const key = read(effect.registry);
    // A key that was read is judged: `reg add` under the application's own key is not tooling misuse.
    if (key) judged = true;
    const finding = key && registryFinding(place, key, pack, base);
    if (finding) findings.push(finding);
  }
  if (effect.writes) {
    const path = read(effect.writes);
    const finding = path && pathFinding(place, path, pack, base);
    if (finding && !findings.some((f) => f.ruleId === finding.ruleId)) findings.push(finding);
  }
  return { findings, judged };
}

/** What feeds a command: piped-in commands (transitively), substituted commands and argument calls. */
function inputsOf(command: ScriptCommand): { commands: ScriptCommand[]; calls: ScriptMethodCall[] } {
  const commands: ScriptCommand[] = [...command.substituted];
  const calls: ScriptMethodCall[] = [...(command.calls ?? [])];
  for (let up = command.upstream, guard = 0; up && guard < 32; up = up.upstream, guard++) {
    commands.push(up, ...up.substituted);
    calls.push(...(up.calls ?? []));
  }
  return { commands, calls };
}

class ScriptMatcher {
  readonly out: RawFinding[] = [];
  private readonly judged = new Map<ScriptCommand, JudgedCommand | undefined>();

  constructor(
    private readonly facts: ScriptFacts,
    private readonly pack: Rulepack,
  ) {}

  private judge(command: ScriptCommand): JudgedCommand | undefined {
    if (!this.judged.has(command))
      this.judged.set(command, judgeCommand(command, this.pack, this.facts.language));
    return this.judged.get(command);
  }

  private isDownload(command: ScriptCommand): boolean {
    const judged = this.judge(command);
    if (!judged) return false;
    return Boolean(judged.entry?.network) || this.pack.tools.network.includes(judged.program);
  }

  private isDecoder(command: ScriptCommand): boolean {
    const judged = this.judge(command);
    if (!judged?.entry?.decodes) return false;
    return !judged.entry.when_args || anyArgMatches(judged.words.slice(1), judged.entry.when_args);
  }

  command(command: ScriptCommand): void {
    const judged = this.judge(command);
    const language = this.facts.language;
    const base: Record<string, string> = { command: command.words.map(shown).join(' ') };
    this.redirects(command, base);
    if (language === 'shell') this.devTcp(command, base);
    if (!judged) return;
    const { program, words, entry } = judged;
    const args = words.slice(1);
    const withTool = { ...base, tool: program };
    let specific = false;
    if (entry) {
      const applies =
        (!entry.when_args || anyArgMatches(args, entry.when_args)) &&
        !(entry.unless_args && anyArgMatches(args, entry.unless_args));
      if (applies) {
        const parsed = parseArgs(args, entry, judged.language);
        const read = (ref: { param?: string[]; pos?: number }, form?: string): Template | undefined =>
          argument(parsed, ref, judged.language, form);
        const result = applyEffect(entry, command, read, args, this.pack, withTool, program);
        this.out.push(...result.findings);
        // A tool whose catalog entry found nothing to judge (`certutil -decode`, `mshta vbscript:`) is still tooling.
        specific = result.judged || result.findings.length > 0;
        if (entry.pipe_exec) this.pipeExec(command, entry, program, withTool, parsed);
      }
    } else {
      for (const pc of this.pack.tools.persistence_commands) {
        if (pc.tool !== program) continue;
        const lower = args.map((a) => wordText(a).toLowerCase());
        const when = !pc.when_args || pc.when_args.some((w) => lower.includes(w.toLowerCase()));
        const unless = pc.unless_args?.some((u) => lower.includes(u.toLowerCase())) ?? false;
        specific = true;
        if (when && !unless) {
          this.out.push(
            rawFinding(pc.rule, command, {
              confidence: 'high',
              subject: `${program} ${lower.join(' ')}`.trim(),
              details: withTool,
            }),
          );
        }
      }
    }
    const tooling =
      this.pack.tools.network.includes(program) || this.pack.tools.persistence.includes(program);
    if (tooling && !specific) {
      this.out.push(
        rawFinding('PEX002', command, {
          confidence: 'high',
          subject: `${program}`,
          details: {
            ...withTool,
            reaches: this.pack.tools.network.includes(program) ? 'network' : 'persistence',
          },
        }),
      );
    }
  }

  /** Download-and-execute: an interpreter fed by a network command or a decoder. */
  private pipeExec(
    command: ScriptCommand,
    entry: ScriptCommandEntry,
    program: string,
    base: Record<string, string>,
    parsed: ParsedArgs,
  ): void {
    // `bash script.sh` reads the file, not the pipe; `bash -s`/`bash` alone and `source <(...)` read the input.
    const readsInput =
      program === 'source' ||
      program === '.' ||
      parsed.positional.every((w) => wordText(w) === '-' || wordText(w).startsWith(UNKNOWN_CHAR));
    if (!readsInput) return;
    const inputs = inputsOf(command);
    const downloads = inputs.commands.filter((c) => this.isDownload(c));
    const fetchingCalls = inputs.calls.filter((c) => methodEntry(c, this.pack, this.facts.language)?.network);
    const decoders = inputs.commands.filter((c) => this.isDecoder(c));
    if (!downloads.length && !fetchingCalls.length && !decoders.length) return;
    const chain = [
      ...downloads.map((c) => `download: ${c.evidence}`),
      ...fetchingCalls.map((c) => `download: ${c.evidence}`),
      ...decoders.map((c) => `decode: ${c.evidence}`),
      `execute: ${program}`,
    ];
    const rule = entry.pipe_exec!;
    const existing = this.out.find(
      (f) => f.ruleId === rule && f.line === command.range.line && f.column === command.range.column,
    );
    if (existing) existing.details.chain = chain;
    else {
      this.out.push(
        rawFinding(rule, command, {
          confidence: 'high',
          subject: `${program} fed by ${downloads.length || fetchingCalls.length ? 'a download' : 'a decoder'}`,
          details: { ...base, chain },
          evidence: `${downloads.length || fetchingCalls.length ? 'downloaded' : 'decoded'} code executed: ${command.evidence}`,
        }),
      );
    }
    if (decoders.length) {
      this.out.push(
        rawFinding('OBF001', command, {
          confidence: 'high',
          subject: `decoded input executed by ${program}`,
          details: { ...base, chain },
        }),
      );
    }
  }

  /** Output redirections that write persistence or protected locations (`>> ~/.bashrc`). */
  private redirects(command: ScriptCommand, base: Record<string, string>): void {
    for (const target of command.redirects) {
      const finding = pathFinding(command, target, this.pack, base);
      if (finding) this.out.push(finding);
    }
  }

  /** bash's `/dev/tcp/HOST/PORT` and `/dev/udp/...` pseudo-files open a socket. */
  private devTcp(command: ScriptCommand, base: Record<string, string>): void {
    for (const word of [...command.redirects, ...command.words]) {
      const m = /^\/dev\/(tcp|udp)\/([^/]+)\//.exec(flatten(word));
      if (!m) continue;
      const host: Template = [m[2]!];
      const template = word.length > 1 || m[2]!.includes(UNKNOWN_CHAR) ? word : host;
      const result = destinationFinding(
        command,
        m[2]!.includes(UNKNOWN_CHAR) ? template : host,
        'host',
        `/dev/${m[1]}`,
        base,
      );
      if (result.finding) this.out.push(result.finding);
      return;
    }
  }

  method(call: ScriptMethodCall): void {
    const entry = methodEntry(call, this.pack, this.facts.language);
    if (!entry) return;
    const read = (ref: { param?: string[]; pos?: number }): Template | undefined =>
      ref.pos === undefined ? undefined : ref.pos === -1 ? call.args.at(-1) : call.args[ref.pos];
    const name = `${call.type}.${call.method}`;
    const result = applyEffect(entry, call, read, call.args, this.pack, { qualified_name: name }, name);
    this.out.push(...result.findings);
  }
}

/** Every raw finding the catalogs give for one script's facts (embedded code aside). Never throws. */
export function matchScriptFacts(facts: ScriptFacts, pack: Rulepack): RawFinding[] {
  const matcher = new ScriptMatcher(facts, pack);
  for (const command of facts.commands) matcher.command(command);
  for (const call of facts.methods) matcher.method(call);
  const seen = new Set<string>();
  return matcher.out
    .map((f) => ({ ...f, details: { ...f.details, language: f.details.language ?? facts.language } }))
    .filter((f) => {
      const key = `${f.ruleId}\u0000${f.line}\u0000${f.column}\u0000${f.subject}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
