/**
 * `python -c "..."` handed to a Python process API (`subprocess.run([sys.executable, "-c", code])`,
 * `os.system("python3 -c '...'")`): the code is Python too, so it is analysed as Python and its
 * findings are reported at the call with `python -c` in `details.chain`.
 */
import type { RawFinding } from '../model/finding.js';
import type { CallFact, PythonFacts } from '../model/python-facts.js';
import type { Rulepack } from '../model/rulepack.js';
import { argumentValue, flatten, type Template, type Value } from '../model/value.js';
import { apiIndex } from '../match/api-index.js';
import { interpreterCodeFlag } from '../match/scripts/embedded.js';
import { shellSegments, unwrapCommand } from '../match/shell-words.js';

/** The words of a process call's command: an argv list, or a shell string split into commands. */
function commandLines(fact: CallFact, pack: Rulepack): Template[][] {
  const entry = apiIndex(pack).get(fact.site.callee)?.process[0];
  if (!entry) return [];
  const value: Value | undefined =
    entry.spread === 'varargs' && entry.command.pos !== undefined
      ? { kind: 'seq', items: fact.site.positional.slice(entry.command.pos), tuple: true }
      : argumentValue(fact.site, entry.command);
  if (value?.kind === 'seq') {
    return [
      value.items.map((item): Template =>
        item.kind === 'qualname' && item.name === 'sys.executable'
          ? ['python']
          : item.kind === 'str' && item.options.length === 1
            ? item.options[0]!
            : [],
      ),
    ];
  }
  // A string is a shell command line (os.system, shell=True); its words lose their holes, which is
  // fine for finding `-c` and the literal code after it.
  if (value?.kind === 'str')
    return value.options.flatMap((t) => shellSegments(flatten(t)).map((w) => w.map((x) => [x])));
  return [];
}

/** The Python code after `-c` in one command line, when its program (after wrappers) is an interpreter. */
function pythonCode(words: Template[], pack: Rulepack): { program: string; code: string } | undefined {
  const texts = words.map(flatten);
  const unwrapped = unwrapCommand(texts);
  const rest = unwrapped.words;
  const program =
    (rest[0] ?? '')
      .split(/[/\\]/)
      .pop()
      ?.toLowerCase()
      .replace(/\.exe$/, '') ?? '';
  if (!pack.tools.interpreters.includes(program)) return undefined;
  const flag = interpreterCodeFlag(rest);
  const code = flag > 0 ? rest[flag + 1] : undefined;
  return code ? { program, code } : undefined;
}

/**
 * Findings of the Python code that process calls run with `-c`, each placed at its call.
 * `analyze` is the Python analysis itself (passed in, so this module does not import it back).
 */
export function embeddedPythonFindings(
  facts: PythonFacts,
  pack: Rulepack,
  analyze: (code: string) => RawFinding[],
): RawFinding[] {
  const out: RawFinding[] = [];
  for (const fact of facts.calls) {
    for (const words of commandLines(fact, pack)) {
      const embedded = pythonCode(words, pack);
      if (!embedded) continue;
      const label = `${embedded.program} -c`;
      for (const inner of analyze(embedded.code)) {
        if (inner.ruleId === 'SCAN001') continue;
        out.push({
          ...inner,
          ...fact.range,
          statement: fact.statement,
          scope: fact.scope,
          evidence: `${label} → ${inner.evidence}`,
          details: { ...inner.details, chain: [label, ...(inner.details.chain ?? [])] },
        });
      }
    }
  }
  return out;
}
