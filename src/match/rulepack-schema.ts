/**
 * JSON Schemas (draft-07, checked with ajv) for the files of the rulepack: one schema for a rule
 * file `rules/<ID>.yaml` and one per catalog `kind`. They mirror `src/model/rulepack.ts`; unknown
 * keys are rejected everywhere so a misspelt field fails loudly instead of being ignored.
 */
import type { SchemaObject } from 'ajv';

import { CATEGORIES, PROFILES, SEVERITIES } from '../model/finding.js';

/** The catalog kinds a file under `rules/catalogs/` may declare with its top-level `kind:`. */
export const CATALOG_KINDS = [
  'network',
  'listen',
  'process',
  'calls',
  'writes',
  'paths',
  'registry',
  'tools',
  'obfuscation',
  'aliases',
  'network-modules',
  'script',
] as const;

export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** ajv format name for a dotted Python identifier such as `requests.Session.get`. */
export const QUALIFIED_NAME_FORMAT = 'qualified-name';

/** A Python qualified name: identifiers joined by dots (`builtins.eval`, `os.path.join`). */
export const QUALIFIED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const CONFIDENCES = ['high', 'medium', 'low'];
const RULE_ID = '^[A-Z]{3,4}[0-9]{3}$';

/** Text that must say something: at least one non-blank character. */
const text = { type: 'string', pattern: '\\S' };
const qualifiedName = { type: 'string', format: QUALIFIED_NAME_FORMAT };
const apiList = { type: 'array', items: qualifiedName, minItems: 1, uniqueItems: true };
const words = { type: 'array', items: text, minItems: 1, uniqueItems: true };
const identifier = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' };
/** A program name or argument word: one token, so a mis-indented YAML list cannot merge two. */
const token = { type: 'string', pattern: '^\\S+$' };
const tokens = { type: 'array', items: token, minItems: 1, uniqueItems: true };

const argRefProperties = {
  pos: { type: 'integer', minimum: 0 },
  kw: identifier,
};
/** `anyOf` of `required` branches; the loader reports it as "must have pos or kw". */
const posOrKw = { anyOf: [{ required: ['pos'] }, { required: ['kw'] }] };

const argRef = {
  type: 'object',
  properties: argRefProperties,
  additionalProperties: false,
  ...posOrKw,
};

function argRefWith(extra: Record<string, object>, required: string[]): SchemaObject {
  return {
    type: 'object',
    properties: { ...argRefProperties, ...extra },
    required,
    additionalProperties: false,
    ...posOrKw,
  };
}

const severityByProfile = {
  type: 'object',
  properties: Object.fromEntries(PROFILES.map((p) => [p, { enum: [...SEVERITIES] }])),
  required: [...PROFILES],
  additionalProperties: false,
};

const argCondition = {
  type: 'object',
  properties: {
    arg: argRef,
    is: { enum: ['dynamic', 'literal', 'present', 'missing', 'truthy', 'falsy'] },
    in: { type: 'array', items: text, minItems: 1, uniqueItems: true },
  },
  required: ['arg'],
  additionalProperties: false,
  anyOf: [{ required: ['is'] }, { required: ['in'] }],
};

const note = text;

/** `rules/<ID>.yaml`: a rule's metadata and its auditor-facing documentation. */
export const RULE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: RULE_ID },
    title: { type: 'string', pattern: '\\S', maxLength: 80 },
    category: { enum: [...CATEGORIES] },
    severity: severityByProfile,
    variants: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
      additionalProperties: {
        type: 'object',
        properties: { description: text, severity: severityByProfile },
        required: ['description', 'severity'],
        additionalProperties: false,
      },
      minProperties: 1,
    },
    confidence: { enum: CONFIDENCES },
    cwe: { type: 'array', items: { type: 'string', pattern: '^CWE-[1-9][0-9]*$' }, uniqueItems: true },
    suppressible: { type: 'boolean' },
    catalogs: {
      type: 'array',
      items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
      uniqueItems: true,
    },
    docs: {
      type: 'object',
      properties: {
        what: text,
        why: text,
        example: {
          type: 'object',
          properties: { flagged: text, safe: text },
          required: ['flagged', 'safe'],
          additionalProperties: false,
        },
        fix: text,
        references: { type: 'array', items: text, minItems: 1 },
      },
      required: ['what', 'why', 'example', 'fix', 'references'],
      additionalProperties: false,
    },
  },
  required: ['id', 'title', 'category', 'severity', 'confidence', 'cwe', 'suppressible', 'catalogs', 'docs'],
  additionalProperties: false,
};

/** A catalog file: `kind`, an optional file-level `note`, and the fields of that kind. */
function catalog(kind: CatalogKind, properties: Record<string, object>, required: string[]): SchemaObject {
  return {
    type: 'object',
    properties: { kind: { const: kind }, note, ...properties },
    required: ['kind', ...required],
    additionalProperties: false,
  };
}

function entries(entry: SchemaObject): SchemaObject {
  return { type: 'array', items: entry, minItems: 1 };
}

const networkEntry: SchemaObject = {
  type: 'object',
  properties: {
    api: apiList,
    dest: argRefWith({ form: { enum: ['url', 'host', 'address', 'dsn', 'ssh', 'proxies'] } }, ['form']),
    when_missing: { enum: ['skip', 'loopback', 'dynamic', 'public'] },
    default_destination: text,
    receiver_base: argRef,
    only_urls: { type: 'boolean' },
    note,
  },
  required: ['api', 'dest', 'when_missing'],
  additionalProperties: false,
  // A public default is only useful when the report can name it.
  if: { properties: { when_missing: { const: 'public' } } },
  then: { required: ['default_destination'] },
};

const listenEntry: SchemaObject = {
  type: 'object',
  properties: {
    api: apiList,
    bind: argRefWith({ form: { enum: ['address', 'host', 'hostport'] } }, ['form']),
    when_missing: { enum: ['all', 'loopback', 'skip'] },
    unless_present: { type: 'array', items: argRef, minItems: 1 },
    note,
  },
  required: ['api', 'bind', 'when_missing'],
  additionalProperties: false,
};

const processEntry: SchemaObject = {
  type: 'object',
  properties: {
    api: apiList,
    command: argRef,
    shell: { enum: ['always', 'never', 'kwarg'] },
    shell_arg: argRef,
    spread: { const: 'varargs' },
    note,
  },
  required: ['api', 'command', 'shell'],
  additionalProperties: false,
  // `kwarg` means the shell argument decides, so the entry must say which argument that is.
  if: { properties: { shell: { const: 'kwarg' } } },
  then: { required: ['shell_arg'] },
};

const callEntry: SchemaObject = {
  type: 'object',
  properties: {
    api: apiList,
    rule: { type: 'string', pattern: RULE_ID },
    variant: identifier,
    confidence: { enum: CONFIDENCES },
    when: argCondition,
    unless: argCondition,
    note,
  },
  required: ['api', 'rule'],
  additionalProperties: false,
};

const writeEntry: SchemaObject = {
  type: 'object',
  properties: {
    api: apiList,
    path: argRef,
    mode: argRefWith({ write_modes: text, default: { type: 'string' } }, ['write_modes', 'default']),
    note,
  },
  required: ['api'],
  additionalProperties: false,
};

const pathEntry: SchemaObject = {
  type: 'object',
  properties: {
    rule: { type: 'string', pattern: RULE_ID },
    patterns: words,
    note,
  },
  required: ['rule', 'patterns'],
  additionalProperties: false,
};

const nameMap = {
  type: 'object',
  propertyNames: qualifiedName,
  additionalProperties: qualifiedName,
};

const regexList = { type: 'array', items: text, minItems: 1, uniqueItems: true };
const scriptArgProperties = {
  param: words,
  pos: { type: 'integer', minimum: -1 },
};
const paramOrPos = { anyOf: [{ required: ['param'] }, { required: ['pos'] }] };

/** A script argument reference; `located: false` allows neither (a URL or ssh form found by its look). */
function scriptArg(
  extra: Record<string, object> = {},
  required: string[] = [],
  located = true,
): SchemaObject {
  return {
    type: 'object',
    properties: { ...scriptArgProperties, ...extra },
    required,
    additionalProperties: false,
    ...(located ? paramOrPos : {}),
  };
}

const scriptLanguage = { enum: ['shell', 'powershell', 'batch', 'vbscript'] };

/** The effects a script command or object method may have (`ScriptEffect`). */
const scriptEffect = {
  network: scriptArg({ form: { enum: ['url', 'host', 'dsn', 'ssh'] } }, ['form'], false),
  listen: {
    type: 'object',
    properties: {
      when_args: regexList,
      bind: scriptArg({ form: { enum: ['host', 'hostport'] } }, ['form']),
      when_missing: { enum: ['all', 'loopback'] },
    },
    required: ['when_missing'],
    additionalProperties: false,
  },
  rule: { type: 'string', pattern: RULE_ID },
  registry: scriptArg(),
  writes: scriptArg(),
  runs: scriptArg({ language: scriptLanguage, args: scriptArg() }, ['language']),
  pipe_exec: { type: 'string', pattern: RULE_ID },
  decodes: { type: 'boolean' },
  note,
};

/** One schema per catalog kind. */
export const CATALOG_SCHEMAS: Record<CatalogKind, SchemaObject> = {
  network: catalog('network', { entries: entries(networkEntry) }, ['entries']),
  listen: catalog('listen', { entries: entries(listenEntry) }, ['entries']),
  process: catalog('process', { entries: entries(processEntry) }, ['entries']),
  calls: catalog('calls', { entries: entries(callEntry) }, ['entries']),
  writes: catalog('writes', { entries: entries(writeEntry) }, ['entries']),
  paths: catalog('paths', { entries: entries(pathEntry) }, ['entries']),
  registry: catalog(
    'registry',
    {
      open: entries({
        type: 'object',
        properties: { api: apiList, root: argRef, subkey: argRef, access: argRef, note },
        required: ['api', 'root', 'subkey'],
        additionalProperties: false,
      }),
      write: entries({
        type: 'object',
        properties: { api: apiList, key: argRef, subkey: argRef, note },
        required: ['api', 'key'],
        additionalProperties: false,
      }),
      keys: entries(pathEntry),
    },
    [],
  ),
  tools: catalog(
    'tools',
    {
      network: tokens,
      persistence: tokens,
      interpreters: tokens,
      network_commands: entries({
        type: 'object',
        properties: { tool: token, when_args: tokens, note },
        required: ['tool', 'when_args'],
        additionalProperties: false,
      }),
      persistence_commands: entries({
        type: 'object',
        properties: {
          tool: token,
          rule: { type: 'string', pattern: RULE_ID },
          when_args: tokens,
          unless_args: tokens,
          note,
        },
        required: ['tool', 'rule'],
        additionalProperties: false,
      }),
    },
    [],
  ),
  obfuscation: catalog(
    'obfuscation',
    {
      decoders: apiList,
      codec_decoders: entries({
        type: 'object',
        properties: { api: apiList, encoding: argRef, suspicious: words, note },
        required: ['api', 'encoding', 'suspicious'],
        additionalProperties: false,
      }),
      blobs: {
        type: 'object',
        properties: {
          base64_min_length: { type: 'integer', minimum: 1 },
          hex_escape_min_count: { type: 'integer', minimum: 1 },
        },
        required: ['base64_min_length', 'hex_escape_min_count'],
        additionalProperties: false,
      },
    },
    [],
  ),
  aliases: catalog(
    'aliases',
    {
      modules: nameMap,
      names: nameMap,
      returns: nameMap,
      forwards: {
        type: 'object',
        propertyNames: qualifiedName,
        additionalProperties: {
          type: 'object',
          properties: {
            func: argRef,
            args_from: { type: 'integer', minimum: 0 },
            args: argRef,
            kwargs: argRef,
            note,
          },
          required: ['func'],
          additionalProperties: false,
        },
      },
    },
    [],
  ),
  'network-modules': catalog('network-modules', { modules: apiList }, ['modules']),
  script: catalog(
    'script',
    {
      language: scriptLanguage,
      commands: entries({
        type: 'object',
        properties: {
          names: words,
          when_args: regexList,
          unless_args: regexList,
          value_flags: words,
          ...scriptEffect,
        },
        required: ['names'],
        additionalProperties: false,
      }),
      objects: entries({
        type: 'object',
        properties: { types: words, methods: words, ...scriptEffect },
        required: ['types', 'methods'],
        additionalProperties: false,
      }),
    },
    ['language'],
  ),
};
