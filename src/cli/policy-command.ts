/**
 * `mcen-scan policy ...` (SPEC 7.4): list, add, disable, enable, remove, export, import and
 * check against a policy store (`--store FILE|DB|builtin:NAME`). Every bad input is a
 * ConfigError (exit 3); every write goes through the store's guarded, atomic update.
 */
import { readFileSync } from 'node:fs';

import { Command, InvalidArgumentError, Option } from 'commander';

import { ConfigError, EXIT } from '../model/errors.js';
import { DEFAULT_POLICY_NAME } from '../review/policy/defaults.js';
import { addRule, filterRules, mergeRules, nextId, removeRule, setActive } from '../review/policy/edits.js';
import type { RuleFilter } from '../review/policy/edits.js';
import type { PolicyFacts } from '../review/policy/facts.js';
import { fileFormat, serializePolicies } from '../review/policy/file-store.js';
import { readWithSnapshot, writeGuarded } from '../review/policy/guarded-write.js';
import { findViolations } from '../review/policy/matching.js';
import type { PolicyCategory, PolicyRule, RuleType } from '../review/policy/model.js';
import { POLICY_CATEGORIES, RULE_TYPES, parseRule } from '../review/policy/model.js';
import { isDatabasePath, openStore } from '../review/policy/open-store.js';
import { stripControl } from '../render/escape.js';

/** What the command needs from outside the policy module. */
export interface PolicyCommandOptions {
  /**
   * The policy facts of one Python source, from the semantic layer; `check` is offered only when
   * this is given. `file` is for messages.
   */
  factsFor?: (source: string, file: string) => PolicyFacts | Promise<PolicyFacts>;
  /** Where results go (default: standard output). */
  write?: (text: string) => void;
}

interface StoreOption {
  store: string;
}

// Stored text (a description from someone else's database) must not drive the terminal or
// break a table row: hidden characters are shown escaped, line breaks folded.
function printable(text: string): string {
  return stripControl(text).replace(/[\n\t]/g, ' ');
}

function parseId(value: string): number {
  if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('an id is a positive integer');
  }
  return Number(value);
}

function table(rules: readonly PolicyRule[]): string {
  const rows = [
    ['ID', 'TYPE', 'CATEGORY', 'PATTERN', 'ACTIVE', 'DESCRIPTION'],
    ...rules.map((r) => [
      String(r.id),
      r.rule_type,
      r.category,
      printable(r.pattern),
      r.is_active ? 'yes' : 'no',
      printable(r.description ?? ''),
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return (
    rows
      .map((row) =>
        row
          .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]!)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

const storeOption = (): Option =>
  new Option(
    '--store <store>',
    'policy file (.yml/.yaml/.json), SQLite database, or builtin:NAME',
  ).makeOptionMandatory();

/**
 * The `policy` command with its sub-commands. Errors surface as ConfigError or commander's
 * own errors (the caller maps both to exit 3); `check` sets `process.exitCode` to 1 on a violation.
 */
export function policyCommand(options: PolicyCommandOptions = {}): Command {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  // exitOverride first: sub-commands made with .command() inherit it, so commander throws instead of exiting.
  const policy = new Command('policy')
    .description('Manage and apply security policies (allow/deny rules).')
    .exitOverride();

  policy
    .command('list')
    .description('List rules, optionally filtered.')
    .addOption(storeOption())
    .addOption(new Option('--type <type>', 'allow or deny').choices(RULE_TYPES))
    .addOption(
      new Option('--category <category>', 'module, function or attribute').choices(POLICY_CATEGORIES),
    )
    .option('--pattern <pattern>', 'exact pattern, or a glob with *')
    .addOption(new Option('--active', 'only active rules').conflicts('inactive'))
    .option('--inactive', 'only inactive rules')
    .option('--json', 'print JSON instead of a table')
    .action(
      async (
        opts: StoreOption & {
          type?: RuleType;
          category?: PolicyCategory;
          pattern?: string;
          active?: boolean;
          inactive?: boolean;
          json?: boolean;
        },
      ) => {
        const filter: RuleFilter = { type: opts.type, category: opts.category, pattern: opts.pattern };
        if (opts.active || opts.inactive) filter.active = Boolean(opts.active);
        const rules = filterRules(await openStore(opts.store).load(), filter);
        write(opts.json ? `${JSON.stringify(rules, null, 2)}\n` : table(rules));
      },
    );

  policy
    .command('add')
    .description('Add a rule; prints its id.')
    .addOption(storeOption())
    .addOption(new Option('--type <type>', 'allow or deny').choices(RULE_TYPES).makeOptionMandatory())
    .addOption(
      new Option('--category <category>', 'module, function or attribute')
        .choices(POLICY_CATEGORIES)
        .makeOptionMandatory(),
    )
    .requiredOption('--pattern <pattern>', 'module name, builtin name, or qualified name with * globs')
    .option('--description <text>', 'why the rule exists (shown as evidence or justification)')
    .option('--id <id>', 'use this id instead of the next free one', parseId)
    .option('--inactive', 'add it switched off')
    .action(
      async (
        opts: StoreOption & {
          type: string;
          category: string;
          pattern: string;
          description?: string;
          id?: number;
          inactive?: boolean;
        },
      ) => {
        const store = openStore(opts.store);
        let added: PolicyRule | undefined;
        await store.update((rules) => {
          added = parseRule(
            {
              id: opts.id ?? nextId(rules),
              rule_type: opts.type,
              category: opts.category,
              pattern: opts.pattern,
              description: opts.description,
              is_active: !opts.inactive,
            },
            `${store.source}: new rule`,
          );
          return addRule(rules, added, store.source);
        });
        write(`added rule ${added?.id}\n`);
      },
    );

  for (const [name, verb, change] of [
    [
      'disable',
      'Switch a rule off (kept, not enforced).',
      (rules: PolicyRule[], id: number, source: string) => setActive(rules, id, false, source),
    ],
    [
      'enable',
      'Switch a rule on.',
      (rules: PolicyRule[], id: number, source: string) => setActive(rules, id, true, source),
    ],
    [
      'remove',
      'Delete a rule.',
      (rules: PolicyRule[], id: number, source: string) => removeRule(rules, id, source),
    ],
  ] as const) {
    policy
      .command(name)
      .description(verb)
      .argument('<id>', 'rule id', parseId)
      .addOption(storeOption())
      .action(async (id: number, opts: StoreOption) => {
        const store = openStore(opts.store);
        await store.update((rules) => change(rules, id, store.source));
        write(`${name}d rule ${id}\n`);
      });
  }

  policy
    .command('export')
    .description('Write the rules as YAML (JSON when --out ends in .json).')
    .addOption(storeOption())
    .option('--out <file>', 'write to this file (atomically) instead of standard output')
    .action(async (opts: StoreOption & { out?: string }) => {
      const rules = await openStore(opts.store).load();
      if (!opts.out) {
        write(serializePolicies(rules, 'yaml'));
        return;
      }
      if (isDatabasePath(opts.out)) {
        throw new ConfigError(
          `${opts.out}: is a SQLite database; export writes YAML or JSON (use import to fill a database)`,
        );
      }
      const { snapshot } = readWithSnapshot(opts.out);
      writeGuarded(opts.out, snapshot, Buffer.from(serializePolicies(rules, fileFormat(opts.out)), 'utf8'));
      write(`exported ${rules.length} rules to ${opts.out}\n`);
    });

  policy
    .command('import')
    .description('Add the rules of a YAML/JSON file (or another store) to the store.')
    .argument('<file>', 'policy file to read')
    .addOption(storeOption())
    .option('--replace', 'replace the store’s rules instead of adding to them')
    .action(async (file: string, opts: StoreOption & { replace?: boolean }) => {
      const incoming = await openStore(file).load();
      const store = openStore(opts.store);
      let notes: string[] = [];
      let added = 0;
      await store.update((rules) => {
        if (opts.replace) {
          added = incoming.length;
          return incoming;
        }
        const merged = mergeRules(rules, incoming);
        ({ notes, added } = merged);
        return merged.rules;
      });
      for (const note of notes) write(`${note}\n`);
      write(`imported ${added} rules into ${store.source}${opts.replace ? ' (replaced)' : ''}\n`);
    });

  const { factsFor } = options;
  if (factsFor) {
    policy
      .command('check')
      .description(
        'Validate Python files against the policy (default: the seed’s defaults); exit 1 on a violation.',
      )
      .argument('<files...>', 'Python files')
      .option(
        '--store <store>',
        'policy file, SQLite database, or builtin:NAME',
        `builtin:${DEFAULT_POLICY_NAME}`,
      )
      .action(async (files: string[], opts: StoreOption) => {
        const rules = await openStore(opts.store).load();
        let violations = 0;
        for (const file of files) {
          let source: string;
          try {
            source = readFileSync(file, 'utf8');
          } catch (error) {
            throw new ConfigError(
              `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
            );
          }
          for (const violation of findViolations(await factsFor(source, file), rules)) {
            violations += 1;
            const { line, column } = violation.site.range;
            write(`${printable(file)}:${line}:${column}: POL001 ${printable(violation.message)}\n`);
          }
        }
        write(
          violations === 0
            ? `no policy violations in ${files.length} file(s)\n`
            : `${violations} policy violation(s)\n`,
        );
        if (violations > 0) process.exitCode = EXIT.fail;
      });
  }
  return policy;
}
