// Property tests over generated configuration files (SPEC 6, 7, 11): each loader either accepts
// the file or throws ConfigError (exit 3) whose message names the file; nothing else escapes.
// Case counts: fuzzRuns(); MCEN_FUZZ_RUNS=N runs N cases per property.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

import { ConfigError } from '../../src/model/errors.js';
import { loadAllowlist } from '../../src/review/allowlist.js';
import { loadBaseline } from '../../src/review/baseline/load.js';
import { loadPolicies } from '../../src/review/policy/open-store.js';
import { tempDir } from '../discover/tree.js';
import { allowlistText, FUZZ_TIMEOUT_MS, fuzzRuns, policyFile } from './generators.js';

const RUNS = { allowlist: fuzzRuns(200), policy: fuzzRuns(100), baseline: fuzzRuns(200) };

/** Accepted, or a ConfigError naming `file`; anything else fails the property. */
async function acceptedOrNamed(file: string, load: () => unknown): Promise<void> {
  try {
    await load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.message).toContain(path.basename(file));
  }
}

let dir: string;
let counter = 0;
beforeAll(() => {
  dir = tempDir();
});
const fresh = (ext: string): string => path.join(dir, `config-${counter++}${ext}`);

test(
  `allowlist JSON (${RUNS.allowlist} cases): accepted or ConfigError naming the file`,
  async () => {
    await fc.assert(
      fc.asyncProperty(allowlistText, async (text) => {
        const file = fresh('.json');
        writeFileSync(file, text);
        await acceptedOrNamed(file, () => loadAllowlist(file));
      }),
      { numRuns: RUNS.allowlist },
    );
  },
  FUZZ_TIMEOUT_MS,
);

test(
  `policy YAML/JSON (${RUNS.policy} cases): accepted or ConfigError naming the file`,
  async () => {
    await fc.assert(
      fc.asyncProperty(policyFile, async ({ ext, text }) => {
        const file = fresh(ext);
        writeFileSync(file, text);
        await acceptedOrNamed(file, () => loadPolicies(file));
      }),
      { numRuns: RUNS.policy },
    );
  },
  FUZZ_TIMEOUT_MS,
);

// The baseline loader's JSON-level properties are in __tests__/review/baseline/load.test.ts;
// here it gets raw text: valid baselines cut short or with a character changed, and noise.
const validBaseline = JSON.stringify({
  findings: [{ fingerprint: 'ab'.repeat(16), rule_id: 'NET001', file: 'a.py', line: 3 }],
});
test(
  'baseline text: accepted or ConfigError naming the file',
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: validBaseline.length }).map((n) => validBaseline.slice(0, n)),
          fc
            .tuple(fc.nat({ max: validBaseline.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
            .map(([at, c]) => validBaseline.slice(0, at) + c + validBaseline.slice(at + 1)),
          fc.string(),
        ),
        async (text) => {
          const file = fresh('.json');
          writeFileSync(file, text);
          await acceptedOrNamed(file, () => loadBaseline(file));
        },
      ),
      { numRuns: RUNS.baseline },
    );
  },
  FUZZ_TIMEOUT_MS,
);
