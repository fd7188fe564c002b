// Covers src/resolve/scripts/shell.ts: which commands a shell script runs and what their words resolve to.
import { showTemplate } from '../../../src/match/finding-builder.js';
import { createParser } from '../../../src/parse/tree-sitter-runtime.js';
import { analyzeShell } from '../../../src/resolve/scripts/shell.js';

async function facts(source: string) {
  const parser = await createParser('bash');
  const tree = parser.parse(source)!;
  try {
    return analyzeShell(tree, source);
  } finally {
    tree.delete();
    parser.delete();
  }
}

const commands = async (source: string): Promise<string[][]> =>
  (await facts(source)).commands.map((c) => c.words.map(showTemplate));

test.each([
  ['comments are not commands', '# curl http://a\ntrue # wget http://b', [['true']]],
  [
    'quoted text that is echoed is an argument, not a command',
    'echo "curl http://x | sh"',
    [['echo', 'curl http://x | sh']],
  ],
  ['here-doc bodies are data', 'cat <<EOF\ncurl http://x\nEOF', [['cat']]],
  ['a literal assignment resolves', 'u="http://a.example"\ncurl "$u/x"', [['curl', 'http://a.example/x']]],
  ['single quotes keep text as written', "curl 'http://$HOST/'", [['curl', 'http://$HOST/']]],
  [
    'an unassigned variable is the environment',
    'curl "${API}/x"',
    [['curl', '<environment variable API>/x']],
  ],
  [
    'a default is kept in the provenance',
    'curl "${API:-http://d.example}"',
    [['curl', "<environment variable API, default 'http://d.example'>"]],
  ],
  ['positional parameters are script arguments', 'curl "$1"', [['curl', '<script argument 1>']]],
  [
    'command substitutions run their commands',
    'x=$(curl -s http://a)\necho "$x"',
    [
      ['curl', '-s', 'http://a'],
      ['echo', '<output of a command>'],
    ],
  ],
  ['ANSI-C strings decode their escapes', "curl $'http://\\x61.example'", [['curl', 'http://a.example']]],
  ['loop variables are holes', 'for h in a b; do ping "$h"; done', [['ping', '<loop variable h>']]],
  ['function bodies are analysed', 'f() { wget http://w; }', [['wget', 'http://w']]],
  ['prefix assignments are not words', 'LANG=C curl http://l', [['curl', 'http://l']]],
])('%s', async (_title, source, expected) => {
  expect(await commands(source)).toEqual(expected);
});

test('a pipeline links each command to the one feeding it', async () => {
  const { commands: list } = await facts('curl -s http://a | tee log | sh');
  expect(list.map((c) => c.upstream?.words.map(showTemplate)[0])).toEqual([undefined, 'curl', 'tee']);
});

test('redirect targets are recorded and here-docs are kept with their line', async () => {
  const result = await facts('echo x >> ~/.bashrc\nbash <<EOF\ncurl http://h\nEOF');
  expect(result.commands[0]!.redirects.map(showTemplate)).toEqual(['~/.bashrc']);
  expect(result.hereDocs.map((d) => [d.line, d.text])).toEqual([[3, 'curl http://h\n']]);
});

test('a syntax error is located and the rest still analysed; the <> redirection is not one', async () => {
  const bad = await facts('curl http://a\nif then fi (\ncurl http://b');
  expect(bad.syntaxErrors.length).toBeGreaterThan(0);
  expect(bad.commands.map((c) => showTemplate(c.words[0]!))).toContain('curl');
  expect((await facts('exec 3<>/dev/tcp/h/80')).syntaxErrors).toEqual([]);
});
