// Covers src/match/rulepack-loader.ts: the shipped rulepack loads, malformed packs fail naming file and entry.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadRulepack } from '../../src/match/rulepack-loader.js';
import { ConfigError } from '../../src/model/errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const realPack = path.resolve(here, '..', '..', 'rules');
const extraOverlay = path.join(here, 'fixtures', 'rulepack-extra');

const RULE_IDS = [
  'NET001',
  'NET002',
  'NET003',
  'PER001',
  'PER002',
  'PER003',
  'DEX001',
  'DEX002',
  'DEX003',
  'DES001',
  'PEX001',
  'PEX002',
  'PEX003',
  'OBF001',
  'POL001',
  'EGR001',
  'EGR002',
  'SCAN001',
  'WAV001',
];

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real pack in a fresh `<tmp>/rules`, with `overlay` copied on top when given. */
function copyPack(overlay?: string): string {
  const base = mkdtempSync(path.join(os.tmpdir(), 'rulepack-'));
  scratch.push(base);
  const dir = path.join(base, 'rules');
  cpSync(realPack, dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a pack copy; fails the test when `from` is not in it, so a case cannot go stale. */
function edit(dir: string, rel: string, from: string | RegExp, to: string): void {
  const file = path.join(dir, rel);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${rel}: ${String(from)}`);
  writeFileSync(file, next);
}

function loadError(dir: string): string {
  try {
    loadRulepack(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the pack loaded without error');
}

describe('the shipped rulepack', () => {
  const pack = loadRulepack(realPack);

  test('holds all 19 rules and nothing else', () => {
    expect([...pack.rules.keys()].sort()).toEqual([...RULE_IDS].sort());
  });

  test('every catalog kind has content', () => {
    const sizes = {
      network: pack.network.length,
      listen: pack.listen.length,
      process: pack.process.length,
      calls: pack.calls.length,
      writes: pack.writes.length,
      paths: pack.paths.length,
      'registry.open': pack.registry.open.length,
      'registry.write': pack.registry.write.length,
      'registry.keys': pack.registry.keys.length,
      'tools.network': pack.tools.network.length,
      'tools.persistence': pack.tools.persistence.length,
      'tools.interpreters': pack.tools.interpreters.length,
      'tools.persistence_commands': pack.tools.persistence_commands.length,
      'tools.network_commands': pack.tools.network_commands?.length ?? 0,
      'obfuscation.decoders': pack.obfuscation.decoders.length,
      'obfuscation.codec_decoders': pack.obfuscation.codec_decoders.length,
      'aliases.modules': Object.keys(pack.aliases.modules).length,
      'aliases.names': Object.keys(pack.aliases.names).length,
      'aliases.returns': Object.keys(pack.aliases.returns).length,
      networkModules: pack.networkModules.length,
    };
    for (const [kind, size] of Object.entries(sizes)) expect([kind, size > 0]).toEqual([kind, true]);
    expect(pack.obfuscation.blobs.base64_min_length).toBeGreaterThan(0);
  });

  test('carries the entries the engine relies on, with their argument positions', () => {
    const network = (api: string) => pack.network.find((e) => e.api.includes(api));
    const listen = (api: string) => pack.listen.find((e) => e.api.includes(api));
    const process = (api: string) => pack.process.find((e) => e.api.includes(api));
    expect(network('socket.socket.connect')?.dest).toEqual({ pos: 0, form: 'address' });
    expect(network('requests.request')?.dest).toMatchObject({ pos: 1, kw: 'url' });
    expect(network('ftplib.FTP')?.when_missing).toBe('skip');
    expect(network('redis.Redis')?.when_missing).toBe('loopback');
    expect(network('boto3.client')).toMatchObject({
      when_missing: 'public',
      default_destination: 'AWS public endpoint',
    });
    expect(network('httpx.Client.get')?.receiver_base).toEqual({ kw: 'base_url' });
    expect(listen('asyncio.start_server')?.when_missing).toBe('all');
    expect(listen('aiohttp.web.run_app')?.when_missing).toBe('all');
    expect(listen('flask.Flask.run')?.when_missing).toBe('loopback');
    expect(process('os.system')?.shell).toBe('always');
    expect(process('subprocess.run')).toMatchObject({ shell: 'kwarg', shell_arg: { pos: 8, kw: 'shell' } });
    expect(process('os.execl')?.spread).toBe('varargs');
    const yamlLoad = pack.calls.find((e) => e.api.includes('yaml.load'));
    expect(yamlLoad?.unless?.in).toContain('yaml.SafeLoader');
    const dynamicImport = pack.calls.find((e) => e.api.includes('importlib.import_module'));
    expect(dynamicImport).toMatchObject({ rule: 'DEX002', when: { is: 'dynamic' } });
    expect(pack.aliases.modules['urllib2']).toBe('urllib.request');
    expect(pack.aliases.names['requests.api.get']).toBe('requests.get');
    expect(pack.aliases.returns['requests.session']).toBe('requests.Session');
    // Lookups of names every object inherits find nothing, so `constructor` never resolves by accident.
    expect(pack.aliases.names['constructor']).toBeUndefined();
    expect(pack.aliases.forwards?.['functools.partial']).toMatchObject({ func: { pos: 0 }, args_from: 1 });
    expect(pack.networkModules).toContain('requests');
    expect(pack.rules.get('NET002')?.variants?.['import_only']?.severity).toEqual({
      mcen_practical: 'info',
      mcen_strict: 'high',
    });
  });

  test('is cached per folder and found by default from the sources', () => {
    expect(loadRulepack(realPack)).toBe(pack);
    expect(loadRulepack()).toBe(pack);
  });
});

describe('the rulepack hash', () => {
  test('is SHA-256 hex, independent of where the pack lies, and stable across loads', () => {
    const hash = loadRulepack(realPack).hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadRulepack(copyPack()).hash).toBe(hash);
  });

  test('changes when one byte of one file changes', () => {
    const dir = copyPack();
    edit(dir, 'catalogs/tools.yaml', 'kind: tools', 'kind:  tools');
    expect(loadRulepack(dir).hash).not.toBe(loadRulepack(realPack).hash);
  });
});

test('adding an API to a catalog needs no TypeScript change: the extra entry is loaded', () => {
  const pack = loadRulepack(copyPack(extraOverlay));
  const entry = pack.network.find((e) => e.api.includes('acme.telemetry.send'));
  expect(entry).toMatchObject({ dest: { pos: 0, kw: 'url', form: 'url' }, when_missing: 'public' });
  expect(pack.network.length).toBe(loadRulepack(realPack).network.length + 1);
});

type Case = [title: string, change: (dir: string) => void, message: string];

const cases: Case[] = [
  [
    'a destination without pos or kw',
    (d) =>
      edit(d, 'catalogs/network-http.yaml', 'dest: { pos: 0, kw: url, form: url }', 'dest: { form: url }'),
    'rules/catalogs/network-http.yaml: entries[0].dest: must have pos or kw',
  ],
  [
    'an unknown key in a rule',
    (d) => edit(d, 'NET001.yaml', 'confidence: high', 'confidence: high\nseverty: high'),
    'rules/NET001.yaml: severty: unknown key',
  ],
  [
    'an id that differs from the file name',
    (d) => edit(d, 'DEX001.yaml', 'id: DEX001', 'id: DEX009'),
    'rules/DEX001.yaml: id: DEX009 must equal the file name (DEX001)',
  ],
  [
    'a missing docs section',
    (d) => edit(d, 'PEX001.yaml', /\n {2}fix: >-\n(?: {4}.*\n)+/, '\n'),
    "rules/PEX001.yaml: docs: must have required property 'fix'",
  ],
  [
    'a blank docs section',
    (d) => edit(d, 'SCAN001.yaml', /\n {2}why: >-\n(?: {4}.*\n)+/, "\n  why: '   '\n"),
    'rules/SCAN001.yaml: docs.why: must match pattern "\\S"',
  ],
  [
    'a severity outside the scale',
    (d) => edit(d, 'PER003.yaml', 'mcen_strict: high', 'mcen_strict: critical'),
    'rules/PER003.yaml: severity.mcen_strict: must be one of "blocker", "high", "medium", "low", "info"',
  ],
  [
    'a reference to a catalog that does not exist',
    (d) => edit(d, 'NET003.yaml', '  - listen-frameworks\n', '  - listen-frameworks\n  - listen-missing\n'),
    'rules/NET003.yaml: catalogs[2]: no catalog catalogs/listen-missing.yaml',
  ],
  [
    'an API name that is not a dotted identifier',
    (d) => edit(d, 'catalogs/network-http.yaml', '      - requests.options\n', '      - requests..options\n'),
    'rules/catalogs/network-http.yaml: entries[0].api[1]: "requests..options" is not a dotted Python name',
  ],
  [
    'a write-mode regex that does not compile',
    (d) =>
      edit(
        d,
        'catalogs/writes.yaml',
        "write_modes: '[wax+]', default: r }\n  - api: [codecs.open]",
        "write_modes: '[wax+', default: r }\n  - api: [codecs.open]",
      ),
    'rules/catalogs/writes.yaml: entries[0].mode.write_modes: not a valid regular expression',
  ],
  [
    'an unknown catalog kind',
    (d) => edit(d, 'catalogs/listen-stdlib.yaml', 'kind: listen', 'kind: listeners'),
    'rules/catalogs/listen-stdlib.yaml: kind: must be one of "network", "listen"',
  ],
  [
    'the same API in two catalog files of one kind',
    (d) =>
      edit(
        d,
        'catalogs/network-remote.yaml',
        '      - websockets.connect\n',
        '      - websockets.connect\n      - requests.get\n',
      ),
    'rules/catalogs/network-remote.yaml: entries[0].api[1]: requests.get is already listed at rules/catalogs/network-http.yaml: entries[0].api[0]',
  ],
  [
    'a call entry naming a rule that does not exist',
    (d) => edit(d, 'catalogs/calls-native.yaml', 'rule: DEX003', 'rule: DEX099'),
    'rules/catalogs/calls-native.yaml: entries[0].rule: no rule DEX099',
  ],
  [
    'a call entry naming a variant its rule lacks',
    (d) => edit(d, 'catalogs/calls-native.yaml', 'rule: DEX003', 'rule: DEX003\n    variant: sneaky'),
    'rules/catalogs/calls-native.yaml: entries[0].variant: rule DEX003 has no variant sneaky',
  ],
  [
    'a public default without its destination',
    (d) =>
      edit(
        d,
        'catalogs/network-cloud.yaml',
        '    default_destination: AWS public endpoint\n    note: position 0',
        '    note: position 0',
      ),
    "rules/catalogs/network-cloud.yaml: entries[0]: must have required property 'default_destination'",
  ],
  [
    'a shell decided by an argument the entry does not name',
    (d) => edit(d, 'catalogs/process.yaml', '    shell_arg: { pos: 8, kw: shell }\n', ''),
    "rules/catalogs/process.yaml: entries[0]: must have required property 'shell_arg'",
  ],
  [
    'a call condition with neither is nor in',
    (d) =>
      edit(
        d,
        'catalogs/calls-deserialization.yaml',
        'unless: { arg: { kw: weights_only }, is: truthy }',
        'unless: { arg: { kw: weights_only } }',
      ),
    'rules/catalogs/calls-deserialization.yaml: entries[7].unless: must have is or in',
  ],
  [
    'a forwarding call that does not say which argument is the function',
    (d) =>
      edit(d, 'catalogs/aliases.yaml', '  atexit.register:\n    func: { pos: 0 }\n', '  atexit.register:\n'),
    "rules/catalogs/aliases.yaml: forwards.atexit.register: must have required property 'func'",
  ],
  [
    'broken YAML',
    (d) => edit(d, 'catalogs/aliases.yaml', 'modules:', 'modules: [unclosed'),
    'rules/catalogs/aliases.yaml: invalid YAML',
  ],
  [
    'a key given twice in one mapping',
    (d) => edit(d, 'EGR002.yaml', 'confidence: medium', 'confidence: medium\nconfidence: high'),
    'rules/EGR002.yaml: invalid YAML',
  ],
  [
    'a stray file that would be silently ignored',
    (d) => writeFileSync(path.join(d, 'catalogs', 'extra.yml'), 'kind: network\n'),
    'rules/catalogs/extra.yml: not a rulepack file (expected *.yaml)',
  ],
  [
    'a path pattern written with backslashes',
    (d) => edit(d, 'catalogs/paths-protected.yaml', '      - C:/Windows/**', '      - C:\\Windows\\**'),
    'rules/catalogs/paths-protected.yaml: entries[2].patterns[0]: write separators as /',
  ],
  [
    'an environment hole not spelled ${NAME}',
    (d) => edit(d, 'catalogs/paths-protected.yaml', '      - ${WINDIR}/**', '      - $WINDIR/**'),
    'rules/catalogs/paths-protected.yaml: entries[2].patterns[1]: environment holes are spelled ${NAME}',
  ],
  [
    'an alias whose target is another alias',
    (d) => edit(d, 'catalogs/aliases.yaml', 'urllib2: urllib.request', 'urllib2: httplib'),
    'rules/catalogs/aliases.yaml: modules.urllib2: target httplib is itself an alias',
  ],
  [
    'a persistence command for a tool missing from the persistence list',
    (d) => edit(d, 'catalogs/tools.yaml', '  - nssm\n  # registry', '  # registry'),
    'rules/catalogs/tools.yaml: persistence_commands[12].tool: nssm is not in the persistence tool list',
  ],
  [
    'a program listed both as always-network and with network sub-commands',
    (d) => edit(d, 'catalogs/tools.yaml', '  - curl\n', '  - curl\n  - git\n'),
    'rules/catalogs/tools.yaml: network[1]: git also has network_commands; list it once',
  ],
  [
    'a mis-indented list item that YAML folds into the one before it',
    (d) => edit(d, 'catalogs/tools.yaml', '  - py\n  - pythonw\n', '  - py\n    - pythonw\n'),
    'rules/catalogs/tools.yaml: interpreters[15]: must match pattern "^\\S+$"',
  ],
  [
    'blob thresholds given twice',
    (d) =>
      writeFileSync(
        path.join(d, 'catalogs', 'obfuscation-more.yaml'),
        'kind: obfuscation\nblobs: { base64_min_length: 10, hex_escape_min_count: 10 }\n',
      ),
    'rules/catalogs/obfuscation.yaml: blobs: already given in rules/catalogs/obfuscation-more.yaml',
  ],
];

describe('a malformed rulepack is a ConfigError naming the file and entry', () => {
  test.each(cases)('%s', (_title, change, message) => {
    const dir = copyPack();
    change(dir);
    expect(loadError(dir)).toContain(message);
  });
});
