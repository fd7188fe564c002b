// Covers src/render/{report-json,report-md,manifest,sarif}.ts against the checked-in files in expected/.
// After an intended change, regenerate with UPDATE_EXPECTED=1 and review the diff of expected/.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { renderManifest } from '../../src/render/manifest.js';
import { renderReportJson } from '../../src/render/report-json.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { renderSarif } from '../../src/render/sarif.js';
import { report, rules } from './fixtures/report.js';

const expectedDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'expected');

const outputs: [string, () => string][] = [
  ['report.json', () => renderReportJson(report)],
  ['report.md', () => renderReportMarkdown(report, rules)],
  ['manifest.json', () => renderManifest(report)],
  ['report.sarif', () => renderSarif(report, rules)],
];

test.each(outputs)('%s matches the checked-in expected file', (name, render) => {
  const file = path.join(expectedDir, name);
  const actual = render();
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
});

test.each(outputs)('%s is byte-identical when rendered twice', (_name, render) => {
  expect(render()).toBe(render());
});
