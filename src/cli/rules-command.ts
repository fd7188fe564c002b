/** `mcen-scan rules`: every rule with its metadata. */
import { Command } from 'commander';

import { loadRulepack } from '../match/rulepack-loader.js';

/** Lists the rulepack as a table, or as JSON with `--json`. */
export function rulesCommand(): Command {
  return new Command('rules')
    .description('list every rule with its metadata')
    .option('--json', 'print the rule metadata as JSON')
    .action((flags: { json?: boolean }) => {
      const rules = [...loadRulepack().rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
        return;
      }
      const rows = rules.map((r) => [
        r.id,
        r.category,
        `${r.severity.mcen_practical}/${r.severity.mcen_strict}`,
        r.suppressible ? 'yes' : 'no',
        r.title,
      ]);
      const header = ['ID', 'CATEGORY', 'PRACTICAL/STRICT', 'SUPPRESSIBLE', 'TITLE'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const row of [header, ...rows]) {
        process.stdout.write(
          `${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}\n`,
        );
      }
    });
}
