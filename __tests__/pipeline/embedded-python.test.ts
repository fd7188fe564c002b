// Covers src/pipeline/embedded-python.ts: python -c code inside Python process calls is analysed as Python.
import { apiIndex } from '../../src/match/api-index.js';
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import { createParser } from '../../src/parse/tree-sitter-runtime.js';
import { analyzePythonSource } from '../../src/pipeline/analyze-python.js';
import { embeddedPythonFindings } from '../../src/pipeline/embedded-python.js';
import { analyzePython } from '../../src/resolve/python/analyzer.js';

async function run(source: string) {
  const parser = await createParser('python');
  const pack = loadRulepack();
  const tree = parser.parse(source)!;
  // Only names matter for finding process calls; the decoder tables are not needed here.
  const facts = analyzePython(tree, source, {
    aliases: pack.aliases,
    knownApis: apiIndex(pack).names,
    decoders: new Set(),
    codecDecoders: new Map(),
  });
  return embeddedPythonFindings(facts, pack, (code) => analyzePythonSource(code, parser, pack).findings);
}

test.each([
  [
    'an argv list with sys.executable',
    'import subprocess, sys\n\nsubprocess.run([sys.executable, "-c", "import urllib.request; urllib.request.urlopen(\'https://a.example\')"])',
    3,
  ],
  [
    'a shell string',
    'import os\nos.system("python3 -c \\"import socket; socket.create_connection((\'b.example\', 1))\\"")',
    2,
  ],
  [
    'a wrapper before the interpreter',
    'import subprocess\nsubprocess.Popen(["nohup", "python", "-c", "import requests; requests.get(\'https://c.example\')"])',
    2,
  ],
])('python -c in %s is analysed and reported at the call', async (_title, source, line) => {
  const findings = await run(source);
  expect(findings.map((f) => [f.ruleId, f.line, f.details.chain])).toEqual([
    ['NET001', line, [expect.stringMatching(/ -c$/) as string]],
  ]);
});

test('code that only reaches loopback, or an interpreter without -c, gives nothing', async () => {
  expect(
    await run(
      'import subprocess\nsubprocess.run(["python", "-c", "import requests; requests.get(\'http://localhost:1/\')"])\nsubprocess.run(["python", "tool.py", "-c", "x"])',
    ),
  ).toEqual([]);
});
