// Covers src/match/rulepack-snapshot.ts: the shipped dist/rulepack.json is the validated pack of
// rules/, and reading a snapshot gives back exactly the pack that was written.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { loadRulepack } from '../../src/match/rulepack-loader.js';
import { readRulepackSnapshot, rulepackSnapshot } from '../../src/match/rulepack-snapshot.js';

const repo = path.resolve(import.meta.dirname, '..', '..');
const pack = loadRulepack(path.join(repo, 'rules'));

test('a snapshot reads back as the same pack, rule map included', () => {
  const text = rulepackSnapshot(pack);
  expect(readRulepackSnapshot(text, 'x.json')).toEqual(pack);
  expect(rulepackSnapshot(readRulepackSnapshot(text, 'x.json'))).toBe(text);
});

test('dist/rulepack.json is the snapshot of rules/ (rebuild dist/ after changing rules/)', () => {
  expect(readFileSync(path.join(repo, 'dist', 'rulepack.json'), 'utf8')).toBe(rulepackSnapshot(pack));
});

test('something else is refused, naming the file', () => {
  expect(() => readRulepackSnapshot('{"rules": []}', 'dist/rulepack.json')).toThrow(
    /dist\/rulepack\.json: not a/,
  );
});
