/**
 * Loads the rulepack (`rules/<ID>.yaml` and `rules/catalogs/*.yaml`) into the shapes of
 * `src/model/rulepack.ts`. Every file is schema-checked and cross-checked here, once, so the
 * engine can trust what it gets; any problem is a `ConfigError` naming the file and the entry.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';

import { assetPath, besideBundle } from '../model/assets.js';
import { ConfigError } from '../model/errors.js';
import type {
  AliasCatalog,
  CallEntry,
  ObfuscationCatalog,
  PathEntry,
  RegistryCatalog,
  RuleMeta,
  Rulepack,
  ScriptCatalog,
  ScriptEffect,
  ScriptLanguage,
  ToolCatalog,
  WriteEntry,
} from '../model/rulepack.js';
import {
  CATALOG_KINDS,
  CATALOG_SCHEMAS,
  QUALIFIED_NAME,
  QUALIFIED_NAME_FORMAT,
  RULE_SCHEMA,
} from './rulepack-schema.js';
import type { CatalogKind } from './rulepack-schema.js';
import { readRulepackSnapshot } from './rulepack-snapshot.js';

const CATALOG_DIR = 'catalogs';
/** The build's snapshot of the shipped pack, beside the bundle (see rulepack-snapshot.ts). */
export const SNAPSHOT = 'rulepack.json';
const EXTENSION = '.yaml';

/** One file of the pack as read: where it is, its bytes and its parsed content. */
interface SourceFile {
  /** Path relative to the pack root with `/` separators (`catalogs/network-http.yaml`). */
  rel: string;
  /** How messages name it: the pack folder's name joined to `rel` (`rules/NET001.yaml`). */
  display: string;
  bytes: Buffer;
  data: unknown;
}

const cache = new Map<string, Rulepack>();

/**
 * Loads and validates the rulepack in `dir` (default: the shipped pack — the build's validated
 * snapshot beside the bundle, or `rules/` at the repository root when running from source). The result is cached per resolved folder and shared between
 * callers, who must not mutate it. Throws `ConfigError` naming the file and entry for any
 * malformed, unknown or inconsistent content.
 */
export function loadRulepack(dir?: string): Rulepack {
  const snapshot = dir === undefined ? besideBundle(SNAPSHOT) : undefined;
  const root = snapshot ?? path.resolve(dir ?? assetPath('the rulepack', 'rules', 'rules'));
  let pack = cache.get(root);
  if (!pack) {
    pack = snapshot ? readRulepackSnapshot(readFileSync(snapshot, 'utf8'), snapshot) : readRulepack(root);
    cache.set(root, pack);
  }
  return pack;
}

function readRulepack(root: string): Rulepack {
  const label = path.basename(root);
  const ruleFiles = listYaml(root, '', label);
  const catalogFiles = listYaml(path.join(root, CATALOG_DIR), CATALOG_DIR, label);
  const read = (rel: string): SourceFile => readSource(root, rel, label);
  const rules = ruleFiles.map(read);
  const catalogs = catalogFiles.map(read);

  const ruleMap = loadRules(rules, new Set(catalogs.map((c) => stem(c.rel))));
  const pack = mergeCatalogs(catalogs, ruleMap);
  return { ...pack, rules: ruleMap, hash: hashFiles([...rules, ...catalogs]) };
}

/** The `.yaml` files directly in `dirAbs`, sorted; anything else but the catalogs folder is refused. */
function listYaml(dirAbs: string, relDir: string, label: string): string[] {
  let names: { name: string; isDirectory: boolean }[];
  try {
    names = readdirSync(dirAbs, { withFileTypes: true }).map((d) => ({
      name: d.name,
      isDirectory: d.isDirectory(),
    }));
  } catch (error) {
    throw new ConfigError(
      `${path.posix.join(label, relDir)}: cannot read the rulepack folder (${String(error)})`,
    );
  }
  const files: string[] = [];
  for (const { name, isDirectory } of names) {
    const rel = relDir ? `${relDir}/${name}` : name;
    if (isDirectory && !relDir && name === CATALOG_DIR) continue;
    if (isDirectory || !name.endsWith(EXTENSION)) {
      // A stray `.yml` or folder would otherwise be silently ignored and its rules never run.
      throw new ConfigError(`${path.posix.join(label, rel)}: not a rulepack file (expected *${EXTENSION})`);
    }
    files.push(rel);
  }
  return files.sort();
}

function readSource(root: string, rel: string, label: string): SourceFile {
  const display = path.posix.join(label, rel);
  const bytes = readFileSync(path.join(root, ...rel.split('/')));
  const doc = parseDocument(bytes.toString('utf8'), { uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0];
  if (problem) throw new ConfigError(`${display}: invalid YAML: ${problem.message.split('\n')[0]}`);
  return { rel, display, bytes, data: doc.toJS() as unknown };
}

function stem(rel: string): string {
  return path.posix.basename(rel, EXTENSION);
}

// ---------------------------------------------------------------------------------------------
// Schema validation

let validators: { rule: ValidateFunction; catalogs: Record<CatalogKind, ValidateFunction> } | undefined;

function getValidators(): NonNullable<typeof validators> {
  if (!validators) {
    // strictRequired would reject `required` inside anyOf/then branches, which name parent properties.
    const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false, verbose: true });
    ajv.addFormat(QUALIFIED_NAME_FORMAT, QUALIFIED_NAME);
    const catalogs = Object.fromEntries(
      CATALOG_KINDS.map((kind) => [kind, ajv.compile(CATALOG_SCHEMAS[kind])]),
    ) as Record<CatalogKind, ValidateFunction>;
    validators = { rule: ajv.compile(RULE_SCHEMA), catalogs };
  }
  return validators;
}

/** Checks `file.data` against `validate`, returning it typed; throws a `ConfigError` otherwise. */
function validated<T>(file: SourceFile, validate: ValidateFunction): T {
  if (!validate(file.data)) throw new ConfigError(`${file.display}: ${describeError(validate.errors ?? [])}`);
  return file.data as T;
}

/**
 * Turns ajv's errors into "entries[12].dest: must have pos or kw". With `allErrors: false` the
 * list ends at the failing keyword; for `anyOf` the branch errors come first and say what was
 * missing, for `if`/`then` the first error is the real one.
 */
function describeError(errors: ErrorObject[]): string {
  const last = errors[errors.length - 1];
  const first = errors[0];
  if (!first || !last) return 'invalid';
  let where = pointerToPath(first.instancePath);
  let message = first.message ?? 'invalid';
  if (last.keyword === 'anyOf') {
    where = pointerToPath(last.instancePath);
    const missing = errors
      .filter((e) => e.keyword === 'required' && e.instancePath === last.instancePath)
      .map((e) => String((e.params as { missingProperty: string }).missingProperty));
    message = missing.length ? `must have ${missing.join(' or ')}` : (last.message ?? 'invalid');
  } else if (first.keyword === 'additionalProperties') {
    const key = String((first.params as { additionalProperty: string }).additionalProperty);
    where = where ? `${where}.${key}` : key;
    message = 'unknown key';
  } else if (first.keyword === 'enum') {
    const allowed = (first.params as { allowedValues: unknown[] }).allowedValues;
    message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (first.keyword === 'format' && first.params.format === QUALIFIED_NAME_FORMAT) {
    message = `${JSON.stringify(valueAt(first))} is not a dotted Python name`;
  }
  return where ? `${where}: ${message}` : message;
}

function valueAt(error: ErrorObject): unknown {
  return (error as ErrorObject & { data?: unknown }).data;
}

/** `/entries/12/dest` -> `entries[12].dest`. */
function pointerToPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rules

function loadRules(files: SourceFile[], catalogStems: Set<string>): Map<string, RuleMeta> {
  const rules = new Map<string, RuleMeta>();
  for (const file of files) {
    const rule = validated<RuleMeta>(file, getValidators().rule);
    // One file per id, named after it, is also what keeps ids unique: two files cannot share a name.
    if (rule.id !== stem(file.rel)) {
      throw new ConfigError(`${file.display}: id: ${rule.id} must equal the file name (${stem(file.rel)})`);
    }
    rule.catalogs.forEach((name, i) => {
      if (!catalogStems.has(name)) {
        throw new ConfigError(
          `${file.display}: catalogs[${i}]: no catalog ${CATALOG_DIR}/${name}${EXTENSION}`,
        );
      }
    });
    rules.set(rule.id, rule);
  }
  return rules;
}

// ---------------------------------------------------------------------------------------------
// Catalogs

type CatalogData = Omit<Rulepack, 'rules' | 'hash'>;

interface CatalogFileData {
  kind: CatalogKind;
  entries?: unknown[];
  modules?: unknown;
  names?: Record<string, string>;
  returns?: Record<string, string>;
  forwards?: NonNullable<AliasCatalog['forwards']>;
  open?: RegistryCatalog['open'];
  write?: RegistryCatalog['write'];
  keys?: PathEntry[];
  network?: string[];
  persistence?: string[];
  interpreters?: string[];
  persistence_commands?: ToolCatalog['persistence_commands'];
  network_commands?: NonNullable<ToolCatalog['network_commands']>;
  decoders?: string[];
  codec_decoders?: ObfuscationCatalog['codec_decoders'];
  blobs?: ObfuscationCatalog['blobs'];
  language?: ScriptLanguage;
  commands?: ScriptCatalog['commands'];
  objects?: ScriptCatalog['objects'];
}

/**
 * Remembers where each unique thing (an API of a kind, an alias, a tool) was first listed, so
 * a second listing can name both places.
 */
class FirstSeen {
  private readonly seen = new Map<string, string>();

  claim(key: string, where: string, what: string): void {
    const previous = this.seen.get(key);
    if (previous !== undefined) throw new ConfigError(`${where}: ${what} is already listed at ${previous}`);
    this.seen.set(key, where);
  }

  /** Where `key` was listed, if it was. */
  locate(key: string): string | undefined {
    return this.seen.get(key);
  }
}

/** Null-prototype: looking up "constructor" or "__proto__" must find nothing, not Object's members. */
function emptyMap<T = string>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function mergeCatalogs(files: SourceFile[], rules: Map<string, RuleMeta>): CatalogData {
  const forwards = emptyMap<NonNullable<AliasCatalog['forwards']>[string]>();
  const out: CatalogData = {
    network: [],
    listen: [],
    process: [],
    calls: [],
    writes: [],
    paths: [],
    registry: { open: [], write: [], keys: [] },
    tools: { network: [], persistence: [], interpreters: [], persistence_commands: [], network_commands: [] },
    obfuscation: {
      decoders: [],
      codec_decoders: [],
      blobs: { base64_min_length: 0, hex_escape_min_count: 0 },
    },
    aliases: { modules: emptyMap(), names: emptyMap(), returns: emptyMap(), forwards },
    networkModules: [],
    scripts: {
      shell: { language: 'shell', commands: [], objects: [] },
      powershell: { language: 'powershell', commands: [], objects: [] },
      batch: { language: 'batch', commands: [], objects: [] },
      vbscript: { language: 'vbscript', commands: [], objects: [] },
    },
  };
  let blobsFrom: string | undefined;
  // Checked once every tools file is in, so the tool list and the commands may live in different files.
  const commandChecks: { tool: string; where: string }[] = [];
  const apis = new Map<string, FirstSeen>();
  const seenFor = (scope: string): FirstSeen => {
    let seen = apis.get(scope);
    if (!seen) apis.set(scope, (seen = new FirstSeen()));
    return seen;
  };
  /** Each API at most once per scope: a second entry would double its findings. */
  const claimApis = (scope: string, list: string[], at: string): void =>
    list.forEach((api, i) => seenFor(scope).claim(api, `${at}.api[${i}]`, api));
  const ruleRef = (at: string, id: string, variant?: string): void => {
    const rule = rules.get(id);
    if (!rule) throw new ConfigError(`${at}.rule: no rule ${id}`);
    if (variant !== undefined && !rule.variants?.[variant]) {
      throw new ConfigError(`${at}.variant: rule ${id} has no variant ${variant}`);
    }
  };

  for (const file of files) {
    const kind = catalogKind(file);
    const data = validated<CatalogFileData>(file, getValidators().catalogs[kind]);
    const at = (field: string, i: number): string => `${file.display}: ${field}[${i}]`;
    /** Appends this file's `entries`, each API claimed once per kind (or per `scope`), after `check`. */
    const addEntries = <T extends { api: string[] }>(
      target: T[],
      check?: (entry: T, where: string) => void,
      scope: (entry: T) => string = () => kind,
    ): void =>
      (data.entries as T[]).forEach((entry, i) => {
        check?.(entry, at('entries', i));
        claimApis(scope(entry), entry.api, at('entries', i));
        target.push(entry);
      });
    switch (kind) {
      case 'network':
        addEntries(out.network);
        break;
      case 'listen':
        addEntries(out.listen);
        break;
      case 'process':
        addEntries(out.process);
        break;
      case 'calls':
        // One API may serve several rules (a loader can be DEX002 and DES001), but once per rule.
        addEntries<CallEntry>(
          out.calls,
          (e, where) => ruleRef(where, e.rule, e.variant),
          (e) => `calls:${e.rule}`,
        );
        break;
      case 'writes':
        addEntries<WriteEntry>(out.writes, (e, where) => {
          if (e.mode) checkRegex(e.mode.write_modes, `${where}.mode.write_modes`);
        });
        break;
      case 'paths':
        (data.entries as PathEntry[]).forEach((e, i) => {
          ruleRef(at('entries', i), e.rule);
          checkPatterns(e.patterns, at('entries', i));
          out.paths.push(e);
        });
        break;
      case 'registry':
        data.open?.forEach((e, i) => {
          claimApis('registry.open', e.api, at('open', i));
          out.registry.open.push(e);
        });
        data.write?.forEach((e, i) => {
          claimApis('registry.write', e.api, at('write', i));
          out.registry.write.push(e);
        });
        data.keys?.forEach((e, i) => {
          ruleRef(at('keys', i), e.rule);
          checkPatterns(e.patterns, at('keys', i));
          out.registry.keys.push(e);
        });
        break;
      case 'tools':
        for (const list of ['network', 'persistence', 'interpreters'] as const) {
          data[list]?.forEach((tool, i) => {
            // Program names compare case-insensitively (Windows), so duplicates do too.
            seenFor(`tools.${list}`).claim(tool.toLowerCase(), at(list, i), tool);
            out.tools[list].push(tool);
          });
        }
        data.network_commands?.forEach((e, i) => {
          seenFor('tools.network_commands').claim(e.tool.toLowerCase(), at('network_commands', i), e.tool);
          out.tools.network_commands?.push(e);
        });
        data.persistence_commands?.forEach((e, i) => {
          ruleRef(at('persistence_commands', i), e.rule);
          commandChecks.push({ tool: e.tool, where: at('persistence_commands', i) });
          out.tools.persistence_commands.push(e);
        });
        break;
      case 'obfuscation':
        data.decoders?.forEach((api, i) => {
          seenFor('obfuscation.decoders').claim(api, at('decoders', i), api);
          out.obfuscation.decoders.push(api);
        });
        data.codec_decoders?.forEach((e, i) => {
          claimApis('obfuscation.codec_decoders', e.api, at('codec_decoders', i));
          out.obfuscation.codec_decoders.push(e);
        });
        if (data.blobs) {
          if (blobsFrom) throw new ConfigError(`${file.display}: blobs: already given in ${blobsFrom}`);
          blobsFrom = file.display;
          out.obfuscation.blobs = data.blobs;
        }
        break;
      case 'aliases':
        for (const map of ['modules', 'names', 'returns'] as const) {
          const given = (data[map] ?? {}) as Record<string, string>;
          for (const [from, to] of Object.entries(given)) {
            seenFor(`aliases.${map}`).claim(from, `${file.display}: ${map}.${from}`, from);
            out.aliases[map][from] = to;
          }
        }
        for (const [from, spec] of Object.entries(data.forwards ?? {})) {
          seenFor('aliases.forwards').claim(from, `${file.display}: forwards.${from}`, from);
          forwards[from] = spec;
        }
        break;
      case 'network-modules':
        (data.modules as string[]).forEach((name, i) => {
          seenFor(kind).claim(name, at('modules', i), name);
          out.networkModules.push(name);
        });
        break;
      case 'script':
        addScriptCatalog(out.scripts[data.language!], data, file.display, seenFor, ruleRef);
        break;
    }
  }
  if (!blobsFrom) throw new ConfigError(`${CATALOG_DIR}: no obfuscation catalog gives blobs`);
  for (const map of ['modules', 'names'] as const) {
    // An alias must land on a final name: a target that is itself an alias would need chasing (or loop).
    for (const [from, to] of Object.entries(out.aliases[map])) {
      if (from === to || Object.hasOwn(out.aliases[map], to)) {
        throw new ConfigError(`${seenFor(`aliases.${map}`).locate(from)}: target ${to} is itself an alias`);
      }
    }
  }
  const networkTools = seenFor('tools.network');
  out.tools.network_commands?.forEach((command) => {
    const listed = networkTools.locate(command.tool.toLowerCase());
    // Listed as always-network, its sub-command words would never matter.
    if (listed) throw new ConfigError(`${listed}: ${command.tool} also has network_commands; list it once`);
  });
  const persistenceTools = seenFor('tools.persistence');
  commandChecks.forEach(({ tool, where }) => {
    if (persistenceTools.locate(tool.toLowerCase()) === undefined) {
      throw new ConfigError(`${where}.tool: ${tool} is not in the persistence tool list`);
    }
  });
  return out;
}

/**
 * Adds one `kind: script` file to its language's catalog. A command name (case-insensitively)
 * and a type's method are listed once per language; every rule named must exist and every
 * argument pattern must compile.
 */
function addScriptCatalog(
  target: ScriptCatalog,
  data: CatalogFileData,
  display: string,
  seenFor: (scope: string) => FirstSeen,
  ruleRef: (at: string, id: string) => void,
): void {
  const checkEffect = (effect: ScriptEffect, where: string): void => {
    if (effect.rule) ruleRef(where, effect.rule);
    if (effect.pipe_exec) ruleRef(`${where}.pipe_exec`, effect.pipe_exec);
    effect.listen?.when_args?.forEach((pattern, j) => checkRegex(pattern, `${where}.listen.when_args[${j}]`));
  };
  data.commands?.forEach((entry, i) => {
    const where = `${display}: commands[${i}]`;
    entry.names.forEach((name, j) =>
      seenFor(`script.${target.language}.commands`).claim(name.toLowerCase(), `${where}.names[${j}]`, name),
    );
    for (const list of ['when_args', 'unless_args'] as const)
      entry[list]?.forEach((pattern, j) => checkRegex(pattern, `${where}.${list}[${j}]`));
    checkEffect(entry, where);
    target.commands.push(entry);
  });
  data.objects?.forEach((entry, i) => {
    const where = `${display}: objects[${i}]`;
    for (const type of entry.types)
      for (const method of entry.methods)
        seenFor(`script.${target.language}.objects`).claim(
          `${type.toLowerCase()}.${method.toLowerCase()}`,
          `${where}`,
          `${type}.${method}`,
        );
    checkEffect(entry, where);
    target.objects.push(entry);
  });
}

/** The `kind:` a catalog file declares, checked before the kind's own schema applies. */
function catalogKind(file: SourceFile): CatalogKind {
  const kind = (file.data as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && (CATALOG_KINDS as readonly string[]).includes(kind))
    return kind as CatalogKind;
  const allowed = CATALOG_KINDS.map((k) => JSON.stringify(k)).join(', ');
  throw new ConfigError(`${file.display}: kind: must be one of ${allowed}`);
}

function checkRegex(source: string, where: string): void {
  try {
    new RegExp(source);
  } catch (error) {
    throw new ConfigError(`${where}: not a valid regular expression (${(error as Error).message})`);
  }
}

/**
 * Path and key patterns use `/` (the engine turns `\` into `/` before matching, and in a glob
 * `\` would escape the next character) and `${NAME}` for environment holes.
 */
function checkPatterns(patterns: string[], at: string): void {
  patterns.forEach((pattern, i) => {
    const where = `${at}.patterns[${i}]`;
    if (pattern.includes('\\')) throw new ConfigError(`${where}: write separators as / (got ${pattern})`);
    if (/\$(?!\{[A-Za-z_][A-Za-z0-9_]*\})/.test(pattern)) {
      throw new ConfigError(`${where}: environment holes are spelled \${NAME} (got ${pattern})`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Hash

/** SHA-256 over each file's relative path and bytes, in path order (length-prefixed, so unambiguous). */
function hashFiles(files: SourceFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    hash.update(`${file.rel}\0${file.bytes.length}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}
