// Covers src/review/regex-safety.ts: which user regexes are refused because they could hang a match.
import { MAX_REGEX_LENGTH, regexHazard } from '../../src/review/regex-safety.js';

const safe = [
  'echo hi',
  'echo .*',
  'python3? scripts/[a-z_]+\\.py',
  'git (?:status|log)',
  'git (status|log) --oneline',
  'make -j\\d{1,2}',
  '(?:ab)?c+',
  '(ab){2}',
  '(a|b){1}c+',
  '[(+*)]+x',
  '\\(a+\\)+',
  '\\p{L}+ \\u{41}',
  '(?<tool>ls|dir) -l',
  '(?=x)x*',
  'a{3,}',
  '.* .*',
  'rsync -a?v? .* .*',
  '\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}',
  'a?'.repeat(23),
  '(ab){2,}',
];

const hazardous: [string, RegExp][] = [
  ['(a+)+', /repeats a group/],
  ['(a|a)*', /repeats a group/],
  ['(.*)*', /repeats a group/],
  ['(?:a*)+b', /repeats a group/],
  ['((ab)*c)+', /repeats a group/],
  ['(?:(?:a|b)c){2,}', /repeats a group/],
  ['(x+){2,5}', /repeats a group/],
  ['(\\s?\\w+)*', /repeats a group/],
  ['(?<w>a|b)+', /repeats a group/],
  ['(a)\\1', /backreference/],
  ['(?<x>a)\\k<x>', /backreference/],
  ['(a?b)+', /repeats a group/],
  ['.*a.*b.*', /ways to divide/],
  ['a+b+c{2,}', /ways to divide/],
  ['a?'.repeat(24), /ways to divide/],
  ['.{0,64}'.repeat(4), /ways to divide/],
  ['(?:ls|dir|cat|type|more)(?: -[a-z]+)? .* .*', /ways to divide/],
  ['x'.repeat(MAX_REGEX_LENGTH + 1), /characters long/],
];

describe('regexHazard', () => {
  test.each(safe)('accepts %j', (source) => {
    expect(regexHazard(source)).toBeUndefined();
    expect(() => new RegExp(source, 'u')).not.toThrow();
  });

  test.each(hazardous)('refuses %j', (source, why) => {
    expect(regexHazard(source)).toMatch(why);
  });
});
