// A stand-in for the scan engine until it exists: a fixture workspace and an AuditFn that
// "finds" what that workspace holds and writes a small packet, so publishing reads real files.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { AuditFn } from '../../../src/action/engine.js';
import type { Report } from '../../../src/model/report.js';
import { makeFinding, makeReport } from '../../publish/github/helpers/report-fixture.js';

/** Lines of `app/many.py` that call the builtin eval (DEX001 blockers for the real engine too). */
export const EVAL_LINES = 60;
/** Evidence a hostile repository could put in front of the runner's command parser. */
export const HOSTILE = '::stop-commands::pwned %0A\r\n::add-mask::x';

/** A workspace with more than 50 findings' worth of Python. */
export function makeWorkspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gk6-ws-'));
  mkdirSync(path.join(root, 'app'));
  const lines = Array.from({ length: EVAL_LINES }, (_, i) => `eval(payloads[${i}])`);
  lines.push(`eval(${JSON.stringify(HOSTILE)})`);
  writeFileSync(path.join(root, 'app', 'many.py'), `${lines.join('\n')}\n`);
  return root;
}

/** The report the real engine would give for `makeWorkspace()` (hand-made). */
export function workspaceReport(): Report {
  const findings = Array.from({ length: EVAL_LINES + 1 }, (_, i) =>
    makeFinding({
      file: 'app/many.py',
      line: i + 1,
      end_line: i + 1,
      column: 1,
      end_column: 5,
      // The hostile line's evidence keeps its raw CR/LF, the worst case for the log.
      evidence: i < EVAL_LINES ? `eval(payloads[${i}])` : `eval("${HOSTILE}")`,
      fingerprint: `fp-${i}`,
    }),
  );
  return makeReport(findings);
}

/** An AuditFn that writes `report` as the packet (report.json, report.md, manifest.json, report.sarif). */
export function fakeAudit(report: Report): AuditFn {
  return (request) => {
    mkdirSync(request.outputDir, { recursive: true });
    const file = (name: string, text: string): string => {
      const full = path.join(request.outputDir, name);
      writeFileSync(full, text);
      return full;
    };
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'GateKeeper6', rules: [] } },
          results: [],
          automationDetails: { id: `gatekeeper6/${request.profile}/` },
        },
      ],
    };
    return Promise.resolve({
      report,
      files: {
        reportJson: file('report.json', JSON.stringify(report, null, 2)),
        reportMd: file('report.md', `# GateKeeper6 ${report.summary.decision}\n`),
        manifest: file('manifest.json', '{"scanned_files":[],"skipped_files":[],"artifacts":[]}'),
        sarif: request.sarif ? file('report.sarif', JSON.stringify(sarif)) : undefined,
      },
    });
  };
}
