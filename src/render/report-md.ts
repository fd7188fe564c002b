/**
 * `report.md` (SPEC 8): a BLUF for leadership, then the technical assessment an ISSO reviews.
 * Every string that comes from the scanned repository goes through `escape.ts`.
 */
import type { Category, Disposition, Finding, Severity } from '../model/finding.js';
import { compareText } from '../model/finding-order.js';
import { CATEGORIES, DISPOSITIONS, SEVERITIES } from '../model/finding.js';
import type { Decision, LedgerEntry, Report } from '../model/report.js';
import type { RuleMeta } from '../model/rulepack.js';
import { clipText, codeSpan, escapeMarkdown } from './escape.js';
import { orderedReport, sortKeysDeep } from './report-json.js';

export interface MarkdownOptions {
  /** Findings shown in full per severity; the rest are counted and left to report.json. Default 500. */
  maxFindingsPerSeverity?: number;
  /** Rows shown per inventory, ledger or skipped-files table before a count. Default 500. */
  maxTableRows?: number;
}

/** Longest repository string (evidence, reason, detail) shown in the Markdown report. */
const MAX_TEXT = 500;
/** How many active findings the BLUF names. */
const TOP_ISSUES = 5;
/** How many covered findings a ledger row names. */
const MAX_COVERED = 10;

const DECISION_MEANING: Readonly<Record<Decision, string>> = {
  FAIL: 'behaviour this profile does not allow on an isolated network was found (at least one active blocker). Do not deploy until every active blocker is fixed.',
  CONDITIONAL_PASS:
    'no confirmed disallowed behaviour, but active high findings need a reviewer’s decision (fix, allowlist or waive with a reason) before deployment.',
  PASS: 'no active blocker or high finding under this profile.',
};

const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  network: 'Network',
  persistence: 'Persistence',
  dynamic_exec: 'Dynamic code execution',
  deserialization: 'Deserialization',
  process_exec: 'Process execution',
  obfuscation: 'Obfuscation',
  policy: 'Security policy',
  other: 'Audit coverage and other',
};

const DISPOSITION_LABEL: Readonly<Record<Disposition, string>> = {
  active: 'active',
  allowlisted: 'allowlisted',
  waived: 'waived',
  allowed_by_policy: 'allowed by policy',
  baseline: 'in baseline',
  excluded: 'excluded',
};

const DISPOSITION_MEANING: Readonly<Record<Disposition, string>> = {
  active: 'decides the outcome.',
  allowlisted: 'matched an entry of the allowlist file, which carries the justification and approver.',
  waived: 'covered by an inline `# mcen: allow RULE -- reason` comment (honoured under mcen_practical only).',
  allowed_by_policy: 'the subject is allowed by an active rule of the security policy.',
  baseline: 'already present in the baseline; only new findings gate.',
  excluded: 'in a file excluded by a glob; shown, but gates only under mcen_strict.',
};

const LIMITATIONS = [
  'The analysis is static: the code is read, never imported or run. A value computed at run time (user input, a file or service read at run time) cannot be resolved and is reported as dynamic, with where it came from, rather than judged.',
  'Code that is generated, downloaded or decoded at run time is seen only where the decoding itself is visible (OBF001).',
  'Wheels, archives and native binaries are inventoried as third-party artifacts; their contents are not analysed.',
  'Runtime egress evidence, when present, covers only the command that was run, with its inputs and configuration; code paths it did not execute are not covered.',
  'Allowlist entries, waivers and policy allows are accepted as declared: their justifications are the reviewer’s responsibility and are listed in the review ledger below.',
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function notAnalysed(count: number): string {
  return `${plural(count, 'file')} ${count === 1 ? 'was' : 'were'} not analysed`;
}

/** Repository text as inline prose, clipped. */
function prose(text: string): string {
  return escapeMarkdown(clipText(text, MAX_TEXT));
}

/** Repository text as a code span, clipped. */
function code(text: string, inTable = false): string {
  return codeSpan(clipText(text, MAX_TEXT), inTable);
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- |').join('')}`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** Rows up to `max`, then one row saying how many more are in `where`. */
function boundedRows(rows: string[][], max: number, width: number, where: string): string[][] {
  if (rows.length <= max) return rows;
  const more = [`… and ${rows.length - max} more in ${where}`, ...Array<string>(width - 1).fill('')];
  return [...rows.slice(0, max), more];
}

function location(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}`;
}

function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

function categoryRank(category: Category): number {
  const rank = CATEGORIES.indexOf(category);
  return rank < 0 ? CATEGORIES.length : rank;
}

function countsLine(
  counts: Partial<Record<string, number>>,
  keys: readonly string[],
  label: (key: string) => string,
): string {
  return keys.map((key) => `${counts[key] ?? 0} ${label(key)}`).join(', ');
}

function bluf(report: Report): string[] {
  const { summary, inventory } = report;
  const active = report.findings.filter((f) => f.disposition === 'active');
  const notGating = DISPOSITIONS.filter((d) => d !== 'active' && (summary.totals_by_disposition[d] ?? 0) > 0);
  const lines = [
    '## BLUF (Leadership)',
    '',
    `**Decision: ${summary.decision}** (exit code ${summary.exit_code}): ${DECISION_MEANING[summary.decision]}`,
    '',
    `- Profile: ${code(report.tool.profile)}.`,
    `- Active findings (these decide): ${countsLine(summary.totals_by_severity, SEVERITIES, (s) => s)}.`,
    `- Reported but not gating: ${
      notGating.length === 0
        ? 'none'
        : countsLine(summary.totals_by_disposition, notGating, (d) => DISPOSITION_LABEL[d as Disposition])
    }.`,
  ];
  const analysed = inventory.scanned_files.length;
  const skipped = inventory.skipped_files.length;
  lines.push(
    summary.audit_complete
      ? `- Audit completeness: complete. Every file that should have been analysed was analysed (${plural(analysed, 'file')}).`
      : `- Audit completeness: **INCOMPLETE**. ${plural(skipped, 'file')} could not be analysed (see Skipped files), so the decision cannot be PASS. Analysed: ${plural(analysed, 'file')}.`,
  );
  const top = [...active]
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
    .slice(0, TOP_ISSUES);
  if (top.length === 0) {
    lines.push('- Top issues: none active.');
  } else {
    lines.push('- Top issues:');
    for (const f of top) {
      lines.push(
        `  - ${f.severity} **${escapeMarkdown(f.rule_id)}** ${prose(f.title)} at ${code(location(f))}: ${code(f.evidence)}`,
      );
    }
    if (active.length > top.length)
      lines.push(`  - … and ${active.length - top.length} more active (see Findings).`);
  }
  return lines;
}

function gitState(git: Report['target']['git']): string {
  if (!git.is_repo) return 'not a git repository';
  const commit = git.head_commit === null ? 'no commit yet' : code(git.head_commit, true);
  if (git.dirty === null) return commit;
  return `${commit}, ${git.dirty ? 'working tree has uncommitted changes' : 'clean working tree'}`;
}

function scope(report: Report): string[] {
  const { tool, run, target, inventory } = report;
  const excluded = inventory.scanned_files.filter((f) => f.excluded === true).length;
  return [
    '### Scope and context',
    '',
    ...table(
      ['Item', 'Value'],
      [
        ['Target', code(target.root_path, true)],
        ['Git', gitState(target.git)],
        // A shard's decision speaks for its slice only; say so where the scope is read.
        ...(report.shard
          ? [
              [
                'Shard',
                `${report.shard.index} of ${report.shard.count}: only this slice of the files; \`mcen-scan merge\` joins the slices`,
              ],
            ]
          : []),
        ['Profile', code(tool.profile, true)],
        [
          'Tool',
          `${escapeMarkdown(tool.name)} ${escapeMarkdown(tool.version)}, rulepack ${code(tool.rulepack_hash, true)}`,
        ],
        [
          'Files',
          `${plural(inventory.scanned_files.length, 'analysed file')}${
            excluded > 0 ? ` (${excluded} excluded by a glob, checked for never-suppressible rules only)` : ''
          }, ${plural(inventory.skipped_files.length, 'skipped file')}, ${plural(
            inventory.third_party_artifacts.length,
            'third-party artifact',
          )}`,
        ],
        [
          'Run',
          `${escapeMarkdown(run.started_at)}, ${run.duration_ms} ms, on ${escapeMarkdown(run.hostname)} (${escapeMarkdown(
            run.os,
          )}, Node ${escapeMarkdown(run.node_version)})`,
        ],
        ['Working directory', code(run.cwd, true)],
      ],
    ),
  ];
}

function rulesChecked(report: Report, rules: ReadonlyMap<string, RuleMeta>): string[] {
  const profile = report.tool.profile;
  const lines = ['### What was checked and why', ''];
  if (rules.size === 0) return [...lines, 'No rule metadata was available to describe the checks.'];
  lines.push(
    `Every analysed file was checked against these rules; the severity shown is the one under ${code(profile)}.`,
    '',
  );
  for (const rule of [...rules.values()].sort((a, b) => compareText(a.id, b.id))) {
    const variants = Object.entries(rule.variants ?? {})
      .sort(([a], [b]) => compareText(a, b))
      .map(([name, v]) => `${escapeMarkdown(name.replace(/_/g, ' '))}: ${v.severity[profile]}`);
    const facts = [
      CATEGORY_LABEL[rule.category].toLowerCase(),
      rule.severity[profile],
      ...variants,
      ...(rule.suppressible ? [] : ['never suppressible']),
    ];
    lines.push(
      `- **${escapeMarkdown(rule.id)}** ${escapeMarkdown(rule.title)} (${facts.join('; ')}): ${escapeMarkdown(rule.docs.why)}`,
    );
  }
  return lines;
}

/** EGR rules are raised by the runtime egress harness (SPEC 9), not by static analysis. */
function isRuntimeRule(ruleId: string): boolean {
  return ruleId.startsWith('EGR');
}

function networkEvidence(report: Report, rules: ReadonlyMap<string, RuleMeta>): string[] {
  const network = report.findings.filter((f) => f.category === 'network' && !isRuntimeRule(f.rule_id));
  const ids = new Set([
    ...network.map((f) => f.rule_id),
    ...[...rules.values()].filter((r) => r.category === 'network' && !isRuntimeRule(r.id)).map((r) => r.id),
  ]);
  const rows = [...ids].sort(compareText).map((id) => {
    const own = network.filter((f) => f.rule_id === id);
    const activeCount = own.filter((f) => f.disposition === 'active').length;
    const title = rules.get(id)?.title ?? own[0]?.title ?? '';
    return [
      `**${escapeMarkdown(id)}**`,
      escapeMarkdown(title),
      String(activeCount),
      String(own.length - activeCount),
    ];
  });
  const activeNetwork = network.filter((f) => f.disposition === 'active').length;
  const lines = [
    '### Network assurance evidence',
    '',
    '**Static evidence** (no code was executed):',
    '',
    ...table(['Rule', 'What it looks for', 'Active', 'Not gating'], rows),
    '',
    activeNetwork === 0
      ? `No active network finding: the static analysis found no call, listener or network import reaching beyond loopback in the ${plural(report.inventory.scanned_files.length, 'analysed file')}.`
      : `${plural(activeNetwork, 'active network finding')}: see Findings below.`,
  ];
  if (!report.summary.audit_complete) {
    lines.push(
      '',
      `This evidence does not cover the ${plural(report.inventory.skipped_files.length, 'skipped file')}.`,
    );
  }
  lines.push('');
  const runtime = report.runtime_egress;
  if (runtime === undefined) {
    lines.push(
      '**Runtime evidence:** the egress harness was not run for this report (`mcen-scan egress ... -- COMMAND` adds it).',
    );
  } else {
    // The summary without its raw parts: first events and the command's output tails (untrusted,
    // long) stay in runtime_egress.json.
    const shown = [
      'command',
      'working_directory',
      'isolated',
      'exit_code',
      'signal',
      'timed_out',
      'duration_ms',
      'counts',
      'warnings',
      'note',
    ];
    const sorted = sortKeysDeep(runtime) as Record<string, unknown>;
    const runtimeRows = shown
      .filter((key) => sorted[key] !== undefined)
      .map((key) => {
        const value = sorted[key];
        const text =
          Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(' ') : value;
        return [escapeMarkdown(key), code(typeof text === 'string' ? text : JSON.stringify(text), true)];
      });
    runtimeRows.push([
      'details',
      code('first events and output tails: runtime_egress.json, egress_log.jsonl', true),
    ]);
    const observed = report.findings.filter((f) => isRuntimeRule(f.rule_id));
    const observedIds = [...new Set(observed.map((f) => f.rule_id))].sort(compareText);
    lines.push(
      '**Runtime evidence** (egress harness; it covers only the command that was run):',
      '',
      ...table(['Item', 'Value'], runtimeRows),
      '',
      observedIds.length === 0
        ? 'The harness raised no finding.'
        : `Findings the harness raised: ${observedIds
            .map((id) => `${escapeMarkdown(id)} ${observed.filter((f) => f.rule_id === id).length}`)
            .join(', ')} (see Findings).`,
    );
  }
  return lines;
}

function howToRead(): string[] {
  return [
    '### How to read the decision',
    '',
    '- **FAIL** (exit code 1): at least one active blocker.',
    '- **CONDITIONAL_PASS** (exit code 2): no active blocker, at least one active high finding.',
    '- **PASS** (exit code 0): no active blocker or high finding, and the audit is complete.',
    '- Only findings whose disposition is *active* decide. The others stay in every report, marked:',
    ...DISPOSITIONS.filter((d) => d !== 'active').map(
      (d) => `  - *${DISPOSITION_LABEL[d]}*: ${DISPOSITION_MEANING[d]}`,
    ),
    '- NET001, NET003, DEX001, DEX002, DES001, PER001, PER002, POL001 and EGR001 can never be allowlisted, waived or allowed by policy. A baseline covers them too: it records what predates the gate, it does not approve it.',
  ];
}

function limitations(report: Report): string[] {
  const lines = ['### Limitations', '', ...LIMITATIONS.map((l) => `- ${l}`)];
  if (!report.summary.audit_complete) {
    lines.push(
      `- This audit is incomplete: ${notAnalysed(report.inventory.skipped_files.length)} (see Skipped files).`,
    );
  }
  return lines;
}

function totals(report: Report): string[] {
  const { summary } = report;
  const categories = CATEGORIES.filter((c) => (summary.totals_by_category[c] ?? 0) > 0);
  return [
    '### Totals',
    '',
    'Active findings by severity:',
    '',
    ...table(
      SEVERITIES.map((s) => capitalise(s)),
      [SEVERITIES.map((s) => String(summary.totals_by_severity[s] ?? 0))],
    ),
    '',
    'Active findings by category:',
    '',
    ...(categories.length === 0
      ? ['None.']
      : table(
          ['Category', 'Active'],
          categories.map((c) => [CATEGORY_LABEL[c], String(summary.totals_by_category[c] ?? 0)]),
        )),
    '',
    'All findings by disposition:',
    '',
    ...table(
      ['Disposition', 'Findings'],
      DISPOSITIONS.map((d) => [DISPOSITION_LABEL[d], String(summary.totals_by_disposition[d] ?? 0)]),
    ),
  ];
}

function detailValue(value: string | number | boolean | string[]): string {
  return Array.isArray(value) ? value.map((v) => code(v)).join(' → ') : code(String(value));
}

function findingBlock(f: Finding): string[] {
  const lines = [
    `- **${escapeMarkdown(f.rule_id)}** ${prose(f.title)} at ${code(location(f))}`,
    `  - Disposition: ${DISPOSITION_LABEL[f.disposition]}; confidence ${f.confidence}; fingerprint ${code(f.fingerprint)}`,
  ];
  if (f.justification !== undefined && f.justification !== '')
    lines.push(`  - Justification: ${prose(f.justification)}`);
  lines.push(`  - Evidence: ${code(f.evidence)}`);
  const details = Object.keys(f.details)
    .sort(compareText)
    .flatMap((key) => {
      const value = f.details[key];
      return value === undefined ? [] : [`${escapeMarkdown(key)} ${detailValue(value)}`];
    });
  if (details.length > 0) lines.push(`  - Details: ${details.join('; ')}`);
  lines.push(`  - Why it matters: ${prose(f.why_it_matters)}`, `  - Remediation: ${prose(f.remediation)}`);
  return lines;
}

function findingsSection(report: Report, maxPerSeverity: number): string[] {
  const lines = ['### Findings', ''];
  if (report.findings.length === 0) return [...lines, 'No findings.'];
  lines.push('Grouped by severity, then category; inside a group in file and line order.');
  for (const severity of SEVERITIES) {
    const ofSeverity = report.findings
      .filter((f) => f.severity === severity)
      .sort((a, b) => categoryRank(a.category) - categoryRank(b.category));
    if (ofSeverity.length === 0) continue;
    lines.push('', `#### ${capitalise(severity)} (${ofSeverity.length})`);
    const shown = ofSeverity.slice(0, Math.max(0, maxPerSeverity));
    let category: Category | undefined;
    for (const f of shown) {
      if (f.category !== category) {
        category = f.category;
        const count = ofSeverity.filter((g) => g.category === category).length;
        lines.push('', `##### ${CATEGORY_LABEL[category] ?? escapeMarkdown(category)} (${count})`, '');
      }
      lines.push(...findingBlock(f));
    }
    if (ofSeverity.length > shown.length) {
      lines.push('', `… and ${ofSeverity.length - shown.length} more ${severity} findings in report.json.`);
    }
  }
  return lines;
}

function ledgerRows(
  entries: readonly LedgerEntry[],
  byFingerprint: ReadonlyMap<string, Finding>,
): string[][] {
  return entries.map((e) => {
    const covered = e.covered.slice(0, MAX_COVERED).map((fp) => {
      const f = byFingerprint.get(fp);
      return f === undefined ? code(fp, true) : code(`${f.rule_id} ${f.file}:${f.line}`, true);
    });
    if (e.covered.length > MAX_COVERED) covered.push(`… and ${e.covered.length - MAX_COVERED} more`);
    const approval = [e.approved_by, e.approved_on].filter((v): v is string => v !== undefined && v !== '');
    return [
      code(e.location, true),
      e.rules.map((r) => escapeMarkdown(r)).join(', '),
      prose(e.justification),
      approval.length === 0 ? '—' : approval.map((a) => escapeMarkdown(a)).join(', '),
      covered.length === 0 ? '—' : covered.join(', '),
      e.stale
        ? '**stale**: matched nothing'
        : e.not_honoured !== undefined
          ? `**not honoured**: ${prose(e.not_honoured)}`
          : 'applied',
    ];
  });
}

function ledger(report: Report, maxRows: number): string[] {
  const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
  const header = ['Declared at', 'Rules', 'Justification', 'Approved', 'Covered', 'Status'];
  const { allowlist, waivers } = report;
  const lines = ['### Review ledger (allowlist and waivers)', ''];
  if (allowlist.source === null && allowlist.entries.length === 0) {
    lines.push('Allowlist: none given.');
  } else {
    lines.push(
      `Allowlist${allowlist.source === null ? '' : ` ${code(allowlist.source)}`}: ${plural(allowlist.entries.length, 'entry', 'entries')}.`,
    );
    if (allowlist.entries.length > 0) {
      lines.push(
        '',
        ...table(
          header,
          boundedRows(ledgerRows(allowlist.entries, byFingerprint), maxRows, header.length, 'report.json'),
        ),
      );
    }
  }
  lines.push('', `Inline waivers: ${plural(waivers.length, 'waiver')}.`);
  if (waivers.length > 0) {
    lines.push(
      '',
      ...table(
        header,
        boundedRows(ledgerRows(waivers, byFingerprint), maxRows, header.length, 'report.json'),
      ),
    );
  }
  const stale = [...allowlist.entries, ...waivers].filter((e) => e.stale).length;
  if (stale > 0) {
    lines.push(
      '',
      `${plural(stale, 'stale entry', 'stale entries')} matched nothing: remove ${stale === 1 ? 'it' : 'them'}, or correct the rule id or location.`,
    );
  }
  return lines;
}

function baselineSection(report: Report, maxRows: number): string[] {
  const lines = ['### Baseline', ''];
  const { baseline } = report;
  if (baseline === null) return [...lines, 'No baseline was given: every finding is new and can decide.'];
  const active = report.findings.filter((f) => f.disposition === 'active').length;
  lines.push(
    ...table(
      ['Item', 'Value'],
      [
        ['Source', code(baseline.source, true)],
        ['SHA-256', code(baseline.sha256, true)],
        ['Findings it recorded', String(baseline.entries)],
        ['Findings still present (matched, not deciding)', String(baseline.matched)],
        [
          'New findings (not in the baseline)',
          `${report.findings.length - baseline.matched} (${active} active)`,
        ],
        ['Fixed since the baseline', String(baseline.fixed.length)],
      ],
    ),
  );
  if (baseline.fixed.length > 0) {
    const rows = baseline.fixed.map((f) => [
      escapeMarkdown(f.rule_id),
      code(`${f.file}:${f.line}`, true),
      code(f.fingerprint, true),
    ]);
    lines.push(
      '',
      'Recorded in the baseline, no longer found (fixed, or changed so that it is new):',
      '',
      ...table(['Rule', 'Recorded at', 'Fingerprint'], boundedRows(rows, maxRows, 3, 'report.json')),
    );
  }
  return lines;
}

function policySection(report: Report): string[] {
  const lines = ['### Policy applied', ''];
  const { policy } = report;
  if (policy === null) return [...lines, 'No security policy was given: the rulepack alone decided.'];
  const allowed = report.findings.filter((f) => f.disposition === 'allowed_by_policy').length;
  const denied = report.findings.filter((f) => f.rule_id === 'POL001').length;
  return [
    ...lines,
    ...table(
      ['Item', 'Value'],
      [
        ['Source', policy.source === null ? '—' : code(policy.source, true)],
        ['Active rules', String(policy.rule_count)],
        ['Hash', policy.hash === null ? '—' : code(policy.hash, true)],
        ['Findings it denied (POL001)', String(denied)],
        ['Findings it allowed', String(allowed)],
      ],
    ),
  ];
}

function inventorySection(report: Report, maxRows: number): string[] {
  const { inventory } = report;
  // Types with no file say nothing an auditor needs.
  const types = Object.keys(inventory.file_counts_by_type)
    .filter((t) => (inventory.file_counts_by_type[t] ?? 0) > 0)
    .sort(compareText);
  const lines = [
    '### Inventory',
    '',
    ...(types.length === 0
      ? ['No files found.']
      : table(
          ['File type', 'Files'],
          types.map((t) => [escapeMarkdown(t), String(inventory.file_counts_by_type[t] ?? 0)]),
        )),
    '',
    `The SHA-256 and size of each of the ${plural(inventory.scanned_files.length, 'analysed file')} are in manifest.json.`,
    '',
  ];
  if (inventory.third_party_artifacts.length === 0) {
    lines.push('Third-party artifacts: none.');
  } else {
    const rows = inventory.third_party_artifacts.map((a) => [
      code(a.path, true),
      escapeMarkdown(a.kind),
      String(a.size),
      code(a.sha256, true),
    ]);
    lines.push(
      'Third-party artifacts (inventoried, not analysed):',
      '',
      ...table(['Path', 'Kind', 'Bytes', 'SHA-256'], boundedRows(rows, maxRows, 4, 'manifest.json')),
    );
  }
  return lines;
}

function skippedSection(report: Report, maxRows: number): string[] {
  const skipped = report.inventory.skipped_files;
  const lines = ['### Skipped files', ''];
  if (skipped.length === 0)
    return [...lines, 'None: every file that should have been analysed was analysed.'];
  const rows = skipped.map((s) => [code(s.path, true), prose(s.reason)]);
  return [...lines, ...table(['Path', 'Reason'], boundedRows(rows, maxRows, 2, 'manifest.json'))];
}

/**
 * The `report.md` text: "BLUF (Leadership)" (decision and meaning, counts, audit completeness,
 * top issues), then "Technical Assessment" (scope, rules checked, network assurance evidence, how
 * to read the decision, limitations, totals, findings by severity and category, review ledger,
 * baseline, policy, inventory, skipped files). Repository text is escaped so it cannot change the document's
 * structure; at most `maxFindingsPerSeverity` findings per severity are shown in full and the rest
 * counted. Pure and deterministic: the same report and rules give the same text.
 */
export function renderReportMarkdown(
  report: Report,
  rules: ReadonlyMap<string, RuleMeta>,
  options: MarkdownOptions = {},
): string {
  const ordered = orderedReport(report);
  const maxFindings = options.maxFindingsPerSeverity ?? 500;
  const maxRows = options.maxTableRows ?? 500;
  const sections = [
    ['# GateKeeper6 audit report'],
    bluf(ordered),
    ['## Technical Assessment'],
    scope(ordered),
    rulesChecked(ordered, rules),
    networkEvidence(ordered, rules),
    howToRead(),
    limitations(ordered),
    totals(ordered),
    findingsSection(ordered, maxFindings),
    ledger(ordered, maxRows),
    baselineSection(ordered, maxRows),
    policySection(ordered),
    inventorySection(ordered, maxRows),
    skippedSection(ordered, maxRows),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
