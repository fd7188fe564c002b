// Covers src/resolve/scripts/vbscript.ts: statements, comments, continuations, values and typed calls.
import { showTemplate } from '../../../src/match/finding-builder.js';
import { analyzeVbscript, vbStatements } from '../../../src/resolve/scripts/vbscript.js';

const calls = (source: string): string[] =>
  analyzeVbscript(source).methods.map(
    (m) => `${m.range.line}:${m.type}.${m.method}(${m.args.map(showTemplate).join(', ')})`,
  );

test.each([
  ["' comments end the statement", `x = 1 ' Set h = CreateObject("a")`, 1],
  ['Rem statements are comments', 'Rem x.Open "GET", "u"', 0],
  ['a colon separates statements', 'a = 1 : b = 2', 2],
  ['a quote doubled inside a string is text', 'x = "a "" \' b"', 1],
  ['a continuation joins lines', 'x = "a" & _\n  "b"', 1],
])('%s', (_title, source, count) => {
  expect(vbStatements(source)).toHaveLength(count);
});

test('a variable bound to CreateObject keeps its type for method calls', () => {
  expect(calls('Set h = CreateObject("MSXML2.XMLHTTP.6.0")\nh.Open "GET", "http://a", False')).toEqual([
    '2:msxml2.xmlhttp.open(GET, http://a, False)',
  ]);
});

test('literal values resolve through concatenation, Chr and continuation lines', () => {
  const source =
    'u = "http://" & Chr(104) & _\n "ost/x"\nSet w = WScript.CreateObject("WinHttp.WinHttpRequest.5.1")\nw.Open("GET", u)';
  expect(calls(source)).toEqual(['4:winhttp.winhttprequest.open(GET, http://host/x)']);
});

test('a call on the result of CreateObject is a typed call', () => {
  expect(calls('CreateObject("WScript.Shell").Run "calc", 0')).toEqual(['1:wscript.shell.run(calc, 0)']);
});

test('an unassigned variable is a hole naming it', () => {
  expect(calls('Set s = CreateObject("WScript.Shell")\ns.Run cmd')).toEqual([
    '2:wscript.shell.run(<variable cmd (not assigned in this script)>)',
  ]);
});

test('calls on untyped objects are not facts; Execute and Eval are commands', () => {
  const facts = analyzeVbscript('WScript.Echo "x.Run"\nExecute code\ny = Eval("1+1")');
  expect(facts.methods).toEqual([]);
  expect(facts.commands.map((c) => c.words.map(showTemplate))).toEqual([
    ['Execute', '<variable code (not assigned in this script)>'],
    ['Eval', '1+1'],
  ]);
});

test('the statement after If ... Then runs', () => {
  expect(calls('Set h = CreateObject("Microsoft.XMLHTTP")\nIf ok Then h.Open "GET", "http://b"')).toEqual([
    '2:microsoft.xmlhttp.open(GET, http://b)',
  ]);
});
