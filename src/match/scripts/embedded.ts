/**
 * Code that a script command carries as text for another interpreter: `bash -c "..."`,
 * `cmd /c ...`, `python -c "..."`, `powershell -Command ...` and `-EncodedCommand`, and the
 * command lines of catalog entries that `runs` something (Start-Process, WScript.Shell.Run).
 * The pipeline analyses each as its own language and reports the findings at the command.
 */
import type { Rulepack, ScriptLanguage } from '../../model/rulepack.js';
import type { Template } from '../../model/value.js';
import type { ScriptCommand, ScriptMethodCall } from '../../resolve/scripts/facts.js';
import { wordText } from '../../resolve/scripts/facts.js';
import { normalise } from '../../resolve/python/templates.js';
import { programName, unwrapCommand } from '../shell-words.js';
import { methodEntry, judgeCommand } from './script-rules.js';
import { argument, parseArgs } from './script-args.js';

/** One piece of embedded code. */
export interface EmbeddedCode {
  language: ScriptLanguage | 'python';
  /** The code, holes where the script does not fix it. */
  text: Template;
  /** How it was embedded, for `details.chain` (`python -c`, `powershell -EncodedCommand`). */
  label: string;
  /** Base64 of UTF-16LE text (PowerShell `-EncodedCommand`): decode before analysing. */
  encoded?: boolean;
}

const SHELL_FLAG = /^(-c|\/c|\/k|-lc|-ic)$/i;
/** `-EncodedCommand` and every prefix PowerShell accepts for it (`-e`, `-en`, `-enc`, ...), and `-ec`. */
const ENCODED_FLAG =
  /^[-/](e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|encodedcomm|encodedcomma|encodedcomman|encodedcommand)$/i;
/** `-Command` and its prefixes (`-c`, `-co`, `-com`, ...). */
const COMMAND_FLAG = /^[-/](c|co|com|comm|comma|comman|command)$/i;

/**
 * Words joined back into one command line. `quote` re-quotes words that held separators, as
 * cmd needs them to stay one word when the line is read again.
 */
function joinWords(words: Template[], quote = false): Template {
  const out: Template = [];
  words.forEach((w, i) => {
    const wrap = quote && /[\s;,&|<>()]/.test(wordText(w));
    out.push(...(i ? [' '] : []), ...(wrap ? ['"', ...w, '"'] : w));
  });
  return normalise(out);
}

/** A program and its argument list as one line; the program is quoted for cmd when it needs it. */
function commandLine(program: Template, args: Template | undefined, language: ScriptLanguage): Template {
  if (!args) return program;
  return normalise([...joinWords([program], language === 'batch'), ' ', ...args]);
}

/**
 * The index of an interpreter's `-c` option, or -1: options come before the script, so a `-c`
 * after the first plain argument belongs to the script (`python tool.py -c x`).
 */
export function interpreterCodeFlag(words: string[]): number {
  for (let i = 1; i < words.length; i++) {
    if (words[i] === '-c') return i;
    if (!words[i]!.startsWith('-')) return -1;
  }
  return -1;
}

/** The embedded code of one command, in the order its words give it. */
export function embeddedInCommand(
  command: ScriptCommand,
  pack: Rulepack,
  language: ScriptLanguage,
): EmbeddedCode[] {
  const texts = command.words.map(wordText);
  const unwrapped = unwrapCommand(texts);
  const offset = texts.length - unwrapped.words.length;
  const words = command.words.slice(offset);
  const program = programName(wordText(words[0]));
  if (unwrapped.shellString !== undefined) {
    const flag = unwrapped.words.findIndex((w, i) => i > 0 && SHELL_FLAG.test(w));
    const isCmd = program === 'cmd';
    // `sh -c SCRIPT NAME ARG...` runs SCRIPT only; `cmd /c` runs the rest of its line.
    const code = isCmd ? joinWords(words.slice(flag + 1), true) : (words[flag + 1] ?? []);
    return [
      { language: isCmd ? 'batch' : 'shell', text: code, label: `${program} ${unwrapped.words[flag]}` },
    ];
  }
  if (!program) return [];
  if (pack.tools.interpreters.includes(program)) {
    const flag = interpreterCodeFlag(words.map(wordText));
    return flag > 0 && words[flag + 1]
      ? [{ language: 'python', text: words[flag + 1]!, label: `${program} -c` }]
      : [];
  }
  if (program === 'powershell' || program === 'pwsh') {
    for (let i = 1; i < words.length; i++) {
      const text = wordText(words[i]);
      if (ENCODED_FLAG.test(text) && words[i + 1])
        return [{ language: 'powershell', text: words[i + 1]!, label: `${program} ${text}`, encoded: true }];
      if (COMMAND_FLAG.test(text) && words[i + 1])
        return [{ language: 'powershell', text: joinWords(words.slice(i + 1)), label: `${program} ${text}` }];
      if (/^[-/]f(ile)?$/i.test(text)) return [];
    }
    return [];
  }
  const judged = judgeCommand(command, pack, language);
  const runs = judged?.entry?.runs;
  if (!judged || !runs) return [];
  const parsed = parseArgs(judged.words.slice(1), judged.entry, judged.language);
  const target = argument(parsed, runs, judged.language);
  if (!target) return [];
  const extra = runs.args ? argument(parsed, runs.args, judged.language) : undefined;
  return [
    { language: runs.language, text: commandLine(target, extra, runs.language), label: judged.program },
  ];
}

/** The embedded command line of a method call whose catalog entry `runs` one (`WScript.Shell.Run`). */
export function embeddedInCall(
  call: ScriptMethodCall,
  pack: Rulepack,
  language: ScriptLanguage,
): EmbeddedCode[] {
  const runs = methodEntry(call, pack, language)?.runs;
  if (!runs || runs.pos === undefined) return [];
  const target = runs.pos === -1 ? call.args.at(-1) : call.args[runs.pos];
  if (!target) return [];
  const extra = runs.args?.pos !== undefined ? call.args[runs.args.pos] : undefined;
  return [
    {
      language: runs.language,
      text: commandLine(target, extra, runs.language),
      label: `${call.type}.${call.method}`,
    },
  ];
}
