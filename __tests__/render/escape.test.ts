// Covers src/render/escape.ts: repository text cannot add Markdown structure, HTML, links or terminal escapes.
import fc from 'fast-check';

import {
  clipText,
  codeSpan,
  escapeMarkdown,
  escapeSarifText,
  stripControl,
  wellFormed,
} from '../../src/render/escape.js';

const MARKDOWN_SPECIALS = '\\`*_[]<>|~&$';

test.each([
  ['plain text', 'plain text'],
  ['a|b', 'a\\|b'],
  ['`code`', '\\`code\\`'],
  ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
  ['[link](http://evil.example)', '\\[link\\](http://evil.example)'],
  ['![img](x)', '!\\[img\\](x)'],
  ['*bold* _it_ ~~gone~~', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~'],
  ['&lt; entity', '\\&lt; entity'],
  ['$x^2$ math', '\\$x^2\\$ math'],
  ['back\\slash', 'back\\\\slash'],
  ['line one\n# heading', 'line one # heading'],
  ['crlf\r\n- item', 'crlf - item'],
  ['para\u2029> quote', 'para \\> quote'],
  ['tab\there', 'tab here'],
  ['\u001b[31mred', '\\\\u001B\\[31mred'],
  ['rtl \u202egnp.exe', 'rtl \\\\u202Egnp.exe'],
  ['zero\u200bwidth', 'zero\\\\u200Bwidth'],
  ['nul\u0000bell\u0007', 'nul\\\\u0000bell\\\\u0007'],
  ['::error::spoof', '::error::spoof'],
  ['café ✓', 'café ✓'],
])('escapeMarkdown(%j) is %j', (input, expected) => {
  expect(escapeMarkdown(input)).toBe(expected);
});

test('escapeMarkdown output never has a line break or an unescaped special character', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (input) => {
      const out = escapeMarkdown(input);
      const bare = out.replace(/\\[\s\S]/g, '');
      expect(/[\r\n\u2028\u2029]/.test(out)).toBe(false);
      for (const ch of MARKDOWN_SPECIALS) expect(bare.includes(ch)).toBe(false);
    }),
  );
});

test('escapeMarkdown renders back to the original text, with hidden characters shown and lines joined', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (input) => {
      const unescaped = escapeMarkdown(input).replace(/\\([\s\S])/g, '$1');
      expect(unescaped).toBe(stripControl(input).replace(/[\n\t]/g, ' '));
    }),
  );
});

test.each([
  ['\u001b[1m', '\\u001B[1m'],
  ['\u009b', '\\u009B'],
  ['\u007f', '\\u007F'],
  ['\u2066x\u2069', '\\u2066x\\u2069'],
  ['\ufeffbom', '\\uFEFFbom'],
  ['a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
  ['keep\ttab', 'keep\ttab'],
])('stripControl(%j) is %j', (input, expected) => {
  expect(stripControl(input)).toBe(expected);
});

test.each([
  ['x', false, '`x`'],
  ['a`b', false, '``a`b``'],
  ['``x``', false, '``` ``x`` ```'],
  ['`', false, '`` ` ``'],
  [' padded ', false, '`  padded  `'],
  ['', false, '` `'],
  ['a|b', false, '`a|b`'],
  ['a|b', true, '`a\\|b`'],
  ['one\n# two', false, '`one⏎# two`'],
  ['<script>', false, '`<script>`'],
  ['\u001b[31m', false, '`\\u001B[31m`'],
])('codeSpan(%j, inTable=%j) is %j', (input, inTable, expected) => {
  expect(codeSpan(input, inTable)).toBe(expected);
});

test('a code span is one line whose fence no backtick run inside can close', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (input, inTable) => {
      const out = codeSpan(input, inTable);
      const fence = /^`+/.exec(out)![0];
      expect(out.endsWith(fence)).toBe(true);
      const body = out.slice(fence.length, out.length - fence.length);
      expect(body.length).toBeGreaterThan(0);
      expect((body.match(/`+/g) ?? []).some((run) => run.length === fence.length)).toBe(false);
      expect(/[\r\n\u2028\u2029]/.test(out)).toBe(false);
      if (inTable) expect(/(^|[^\\])\|/.test(body)).toBe(false);
    }),
  );
});

test.each([
  ['call [x](1) here', 'call \\[x\\](1) here'],
  ['two\nlines', 'two lines'],
  ['\u001b[31m', '\\u001B\\[31m'],
])('escapeSarifText(%j) is %j', (input, expected) => {
  expect(escapeSarifText(input)).toBe(expected);
});

test.each([
  ['short', 10, 'short'],
  ['exactly10!', 10, 'exactly10!'],
  ['longer than ten', 10, 'longer th…'],
  ['ab\ud83d\ude00cd', 4, 'ab…'],
  ['abc', 0, '…'],
])('clipText(%j, %i) is %j', (input, max, expected) => {
  expect(clipText(input, max)).toBe(expected);
});

// Crash found by the fuzz properties: encodeURIComponent threw URIError on a lone surrogate.
test.each([
  ['a\ud800b', 'a\ufffdb'],
  ['a\udc00', 'a\ufffd'],
  ['\ud83d\ude00', '\ud83d\ude00'],
  ['\ude00\ud83d', '\ufffd\ufffd'],
  ['plain', 'plain'],
])('wellFormed(%j) is %j', (input, expected) => {
  expect(wellFormed(input)).toBe(expected);
  expect(() => encodeURIComponent(wellFormed(input))).not.toThrow();
});
