// Patterns users hand the scanner cannot hang it (SPEC 6, 11): policy attribute globs
// (src/review/policy/matching.ts globMatches), include/exclude and allowlist path globs
// (src/discover/globs.ts), allowlist command regexes (src/review/regex-safety.ts). The hostile
// side is a long name or path from the scanned repository. No timing is asserted: a hang is a
// test that never finishes (jest's timeout).
import { compileGlobs, MAX_GLOB_EXPANSIONS } from '../../src/discover/globs.js';
import { ConfigError } from '../../src/model/errors.js';
import { globMatches } from '../../src/review/policy/matching.js';
import { regexHazard } from '../../src/review/regex-safety.js';
import { scan } from '../../src/pipeline/scan.js';
import { tempDir, writeTree } from '../discover/tree.js';

describe('policy attribute globs', () => {
  test.each([
    ['os.system', 'os.system', true],
    ['os.system', 'os.systems', false],
    ['os.spawn*', 'os.spawnlp', true],
    ['os.spawn*', 'os.spawn', true],
    ['os.spawn*', 'os.spaw', false],
    ['subprocess.*', 'subprocess.Popen.wait', true],
    ['subprocess.*', 'subprocess', false],
    ['*.system', 'os.system', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'abcb', false],
    ['a**c', 'ac', true],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false],
    ['x*', '', false],
  ])('%j against %j: %j', (pattern, name, expected) => {
    expect(globMatches(pattern, name)).toBe(expected);
  });

  test('many stars against a long near-miss name finish (a regex took exponential time here)', () => {
    const pattern = `os.${'*a'.repeat(12)}*b`;
    expect(globMatches(pattern, `os.${'a'.repeat(20_000)}c`)).toBe(false);
    expect(globMatches(pattern, `os.${'a'.repeat(20_000)}b`)).toBe(true);
  });

  test('a policy of such a pattern scans a file with a 10,000-character attribute name', async () => {
    const root = writeTree(tempDir(), {
      'policy.yml': `policies:\n  - rule_type: deny\n    category: attribute\n    pattern: "os.${'*a'.repeat(12)}*b"\n`,
      'src/a.py': `import os\nos.${'a'.repeat(10_000)}c()\nos.${'a'.repeat(30)}b()\n`,
    });
    const report = await scan({
      target: `${root}/src`,
      profile: 'mcen_practical',
      outputDir: `${root}/out`,
      policy: `${root}/policy.yml`,
    });
    expect(report.findings.filter((f) => f.rule_id === 'POL001').map((f) => f.line)).toEqual([3]);
  });
});

describe('include/exclude and allowlist path globs', () => {
  test(`braces expanding past ${MAX_GLOB_EXPANSIONS} patterns are refused, naming the glob`, () => {
    const bomb = '{a,b}'.repeat(18);
    expect(() => compileGlobs([bomb], 'exclude')).toThrow(ConfigError);
    expect(() => compileGlobs([bomb], 'exclude')).toThrow(`exclude glob "${bomb}"`);
    expect(compileGlobs(['{a,b}'.repeat(8)], 'exclude').matches('abababab')).toBe(true);
  });

  test.each([
    ['stars', `${'*a'.repeat(15)}*c`],
    ['extglob alternation', '+(a|aa)c'],
    ['nested extglob', '*(*(a|b))c'],
    ['globstars', `${'**/'.repeat(20)}x`],
  ])('%s against a long near-miss path finish', (_title, glob) => {
    const globs = compileGlobs([glob], 'include');
    expect(globs.matches(`${'a'.repeat(250)}b`)).toBe(false);
    expect(globs.matches(`${'a/'.repeat(500)}y`)).toBe(false);
  });
});

describe('allowlist command regexes', () => {
  test.each([
    '(a+)+$',
    '(a|a)*$',
    '(.*)*x',
    '(\\s?\\w+)*$',
    '(a|ab)*c',
    '\\w*\\w*\\w*x',
    '(a)\\1',
    'a'.repeat(201),
  ])('%j is refused', (source) => {
    expect(regexHazard(source)).toBeDefined();
  });
  test.each(['echo [a-z]+', 'git (status|log)', '.*\\.sh .*', 'x{1000}'])('%j is accepted', (source) => {
    expect(regexHazard(source)).toBeUndefined();
  });
});
