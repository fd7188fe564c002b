// Builds the fixture test of one rule family: each file must match its annotations,
// and the family must have at least 10 firing and 10 silent cases.
import path from 'node:path';

import { checkFixture, fixtureFiles, type FixtureResult } from './fixture-harness.js';

/** Declares the jest tests for the fixtures in `fixtures/<folder>/`. */
export function familyTests(folder: string): void {
  const files = fixtureFiles(folder);
  const results: FixtureResult[] = [];
  describe(`${folder} fixtures`, () => {
    test.each(files.map((f) => [path.basename(f), f]))('%s matches its annotations', async (_name, file) => {
      const result = await checkFixture(file);
      results.push(result);
      expect(result.failures).toEqual([]);
    });
    test('has at least 10 firing and 10 look-alike cases', async () => {
      const all = results.length === files.length ? results : await Promise.all(files.map(checkFixture));
      const expects = all.reduce((n, r) => n + r.counts.expect, 0);
      const oks = all.reduce((n, r) => n + r.counts.ok, 0);
      expect(expects).toBeGreaterThanOrEqual(10);
      expect(oks).toBeGreaterThanOrEqual(10);
    });
  });
}
