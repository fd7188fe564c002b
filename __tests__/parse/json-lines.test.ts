// Covers src/parse/json-lines.ts: strict JSON with the line of every value.
import fc from 'fast-check';

import { jsonWithLines } from '../../src/parse/json-lines.js';

test('strings remember the line they start on', () => {
  const parsed = jsonWithLines('{\n "a": [\n  "x",\n  "y\\nz"\n ]\n}');
  expect('value' in parsed && parsed.value.kind === 'object').toBe(true);
  if (!('value' in parsed) || parsed.value.kind !== 'object') return;
  const list = parsed.value.entries.get('a');
  expect(
    list?.kind === 'array' && list.items.map((i) => (i.kind === 'string' ? [i.value, i.line] : [])),
  ).toEqual([
    ['x', 3],
    ['y\nz', 4],
  ]);
});

test.each(['{"a": 1,}', '{"a" 1}', '[1 2]', '"abc', '{"a": "\\q"}', '{} x', '', '[\n\n01]'])(
  'invalid JSON %j is an error naming the line, never a throw',
  (text) => {
    expect(jsonWithLines(text)).toEqual({
      error: expect.stringMatching(/^invalid JSON: .* at line \d+$/) as string,
    });
  },
);

test('accepts exactly what JSON.parse accepts and reads the same strings', () => {
  fc.assert(
    fc.property(fc.json(), (text) => {
      const parsed = jsonWithLines(text);
      expect('value' in parsed).toBe(true);
      const value = JSON.parse(text) as unknown;
      if (typeof value === 'string' && 'value' in parsed && parsed.value.kind === 'string')
        expect(parsed.value.value).toBe(value);
    }),
  );
});

test('deep nesting is refused, not a stack overflow', () => {
  expect(jsonWithLines('['.repeat(100000))).toEqual({
    error: expect.stringContaining('nesting too deep') as string,
  });
});
