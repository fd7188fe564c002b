// Property tests over generated sources (SPEC 11): analysing Python, scripts and notebooks never
// throws, gives the same findings twice, and everything rendered from them (report.md, the job
// summary, annotations, workflow commands, SARIF) keeps hostile text inert. A full scan of a
// generated tree is byte-identical twice apart from the run block. Case counts: fuzzRuns();
// MCEN_FUZZ_RUNS=N runs N cases per property.
import { symlinkSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import type { Parser } from 'web-tree-sitter';

import type { SourceLanguage } from '../../src/discover/file-kinds.js';
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import type { RawFinding } from '../../src/model/finding.js';
import { createParser } from '../../src/parse/tree-sitter-runtime.js';
import { analyzeSource } from '../../src/pipeline/analyze-source.js';
import { scan } from '../../src/pipeline/scan.js';
import { toAnnotation } from '../../src/publish/github/annotations.js';
import { renderSummary } from '../../src/publish/github/summary.js';
import { annotationCommands } from '../../src/publish/github/workflow-commands.js';
import { renderReportJson } from '../../src/render/report-json.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { renderSarif } from '../../src/render/sarif.js';
import { toFindings } from '../../src/review/apply-profile.js';
import { tempDir, writeTree } from '../discover/tree.js';
import { makeReport } from '../publish/github/helpers/report-fixture.js';
import {
  forgedCommandProblems,
  hiddenCharacterProblems,
  markdownProblems,
} from '../render/hostile-output.js';
import {
  fileName,
  FUZZ_TIMEOUT_MS,
  fuzzRuns,
  hostileText,
  notebookSource,
  pythonSource,
  scriptSource,
} from './generators.js';

let parser: Parser;
beforeAll(async () => {
  parser = await createParser('python');
});
afterAll(() => parser.delete());

const pack = loadRulepack();

async function analyse(text: string, language: SourceLanguage): Promise<RawFinding[]> {
  const result = await analyzeSource(text, language, parser, pack);
  return 'findings' in result ? result.findings : [];
}

/** Every way repository text leaves the tool, checked for inertness; returns the problems. */
function renderedProblems(raws: RawFinding[], file: string, skippedName: string, reason: string): string[] {
  const findings = toFindings(raws, file, pack.rules, 'mcen_practical', false);
  const report = makeReport(findings, {
    inventory: {
      file_counts_by_type: { python: 1, skipped: 1 },
      scanned_files: [{ path: file, sha256: '0'.repeat(64), size: 1, language: 'python' }],
      skipped_files: [{ path: skippedName, reason }],
      third_party_artifacts: [],
    },
  });
  const md = renderReportMarkdown(report, pack.rules);
  const problems = [...markdownProblems(md, 'report.md')];
  if (renderReportMarkdown(report, pack.rules) !== md) problems.push('report.md differs between two renders');
  problems.push(
    ...markdownProblems(renderSummary(report, { blobUrl: 'https://github.com/o/r/blob/s' }), 'summary'),
  );
  const annotations = findings.map((f) => toAnnotation(f));
  for (const [i, a] of annotations.entries()) {
    problems.push(...hiddenCharacterProblems(`${a.title}\n${a.message}`, `annotation ${i}`));
  }
  const { lines } = annotationCommands(annotations);
  problems.push(...forgedCommandProblems(lines.join('\n'), 'workflow commands'));
  problems.push(...hiddenCharacterProblems(lines.join('\n'), 'workflow commands'));
  if (lines.some((line) => /[\r\n]/.test(line))) problems.push('a workflow command spans lines');
  const sarif = JSON.parse(renderSarif(report, pack.rules)) as {
    runs: { results: { message: { text: string } }[] }[];
  };
  for (const [i, r] of sarif.runs[0]!.results.entries()) {
    problems.push(...hiddenCharacterProblems(r.message.text, `SARIF result ${i}`));
    if (/[\r\n]/.test(r.message.text)) problems.push(`SARIF result ${i}: line break`);
  }
  return problems;
}

/** Analyses twice (must agree and not throw), then renders; the property holds when nothing is wrong. */
async function holds(text: string, language: SourceLanguage, name: string, reason: string): Promise<void> {
  const first = await analyse(text, language);
  const second = await analyse(text, language);
  expect(second).toEqual(first);
  expect(renderedProblems(first, name, `${name}.skipped`, reason)).toEqual([]);
}

const RUNS = { python: fuzzRuns(100), scripts: fuzzRuns(100), notebooks: fuzzRuns(40), scans: fuzzRuns(3) };

test(
  `Python (${RUNS.python} cases): never throws, deterministic, rendered output inert`,
  async () => {
    await fc.assert(
      fc.asyncProperty(pythonSource, fileName, hostileText, async (source, name, reason) =>
        holds(source, 'python', `${name}.py`, reason),
      ),
      { numRuns: RUNS.python },
    );
  },
  FUZZ_TIMEOUT_MS,
);

test(
  `scripts (${RUNS.scripts} cases over shell, PowerShell, batch, VBScript): never throw, deterministic, inert`,
  async () => {
    await fc.assert(
      fc.asyncProperty(scriptSource, fileName, hostileText, async ([language, source], name, reason) =>
        holds(source, language, `${name}.script`, reason),
      ),
      { numRuns: RUNS.scripts },
    );
  },
  FUZZ_TIMEOUT_MS,
);

test(
  `notebooks (${RUNS.notebooks} cases): never throw, deterministic, inert`,
  async () => {
    await fc.assert(
      fc.asyncProperty(notebookSource, fileName, hostileText, async (source, name, reason) =>
        holds(source, 'notebook', `${name}.ipynb`, reason),
      ),
      { numRuns: RUNS.notebooks },
    );
  },
  FUZZ_TIMEOUT_MS,
);

test(
  `whole scans (${RUNS.scans} generated trees): report.json identical twice apart from the run block`,
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fileName, fc.oneof(pythonSource, notebookSource)), {
          minLength: 1,
          maxLength: 5,
          selector: ([name]) => name.toLowerCase(),
        }),
        async (files) => {
          const root = tempDir();
          writeTree(
            root,
            Object.fromEntries(
              files.map(([name, text], i) => [`d${i}/${name}${i % 2 ? '.ipynb' : '.py'}`, text]),
            ),
          );
          symlinkSync('..', path.join(root, 'd0', 'up'));
          const once = async (): Promise<string> => {
            const report = await scan({
              target: root,
              profile: 'mcen_practical',
              outputDir: path.join(root, 'out'),
            });
            // The run block (times, host) is the one part allowed to differ.
            const rendered = JSON.parse(renderReportJson(report)) as Record<string, unknown>;
            delete rendered.run;
            return JSON.stringify(rendered);
          };
          expect(await once()).toBe(await once());
        },
      ),
      { numRuns: RUNS.scans },
    );
  },
  FUZZ_TIMEOUT_MS,
);
