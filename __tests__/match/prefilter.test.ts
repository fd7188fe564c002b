// Covers src/match/prefilter.ts: which files it lets skip analysis, and the proof that it never
// changes the findings — over the rule fixtures, the standard library of this machine's python3
// and generated code that reaches catalog APIs by every spelling the resolver follows.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import type { Parser } from 'web-tree-sitter';

import { apiIndex } from '../../src/match/api-index.js';
import { loadRulepack } from '../../src/match/rulepack-loader.js';
import { pythonPrefilter } from '../../src/match/prefilter.js';
import { createParser } from '../../src/parse/tree-sitter-runtime.js';
import { analyzePythonSource } from '../../src/pipeline/analyze-python.js';
import type { PolicyRule } from '../../src/review/policy/model.js';

const pack = loadRulepack();
const prefilter = pythonPrefilter(pack);
let parser: Parser;

beforeAll(async () => {
  parser = await createParser('python');
});
afterAll(() => parser.delete());

/** Rule ids the full analysis (no prefilter anywhere in it) reports for `source`. */
function findings(source: string, policies?: PolicyRule[]): string[] {
  return analyzePythonSource(source, parser, pack, policies).findings.map((f) => f.ruleId);
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.py'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Files whose findings with the prefilter differ from their findings without it. */
function hidden(files: string[]): string[] {
  return files.filter((file) => {
    const source = readFileSync(file, 'utf8');
    if (prefilter.mayMatch(source)) return false; // analysed whole either way
    const filtered = analyzePythonSource(source, parser, pack, undefined, { prefilter: true });
    return (
      !filtered.prefiltered ||
      JSON.stringify(filtered.findings) !== JSON.stringify(analyzePythonSource(source, parser, pack).findings)
    );
  });
}

describe('must parse', () => {
  test.each([
    ['a catalog call', 'import os\nos.system(cmd)\n'],
    ['a from-import with an alias', 'from subprocess import run as r\nr(cmd)\n'],
    ['a module alias', 'import urllib2\nurllib2.urlopen(u)\n'],
    ['a Python 2 twin of os', 'import posix\nposix.system(c)\n'],
    ['a star import', 'from socket import *\ncreate_connection(("10.0.0.1", 80))\n'],
    ['a receiver typed by its constructor', 'import socket\ns = socket.socket()\ns.connect(a)\n'],
    ['a factory return type', 'import requests\nsession = requests.session()\nsession.get(u)\n'],
    ['a network module imported only', 'import paramiko\n'],
    ['a builtin', 'eval(text)\n'],
    ['a builtin through builtins', 'import builtins\nbuiltins.exec(code)\n'],
    ['a builtin by string', 'import builtins\ngetattr(builtins, "ev" + "al")(x)\n'],
    ['globals() by key', 'globals()["ev" + "al"](x)\n'],
    ['__import__ of a computed name', '__import__("so" + "cket").create_connection(a)\n'],
    ['sys.modules by key', 'import sys\nsys.modules["os"].system(c)\n'],
    ['getattr on a module with a computed name', 'import os\ngetattr(os, "sys" + "tem")(c)\n'],
    ['a module attribute by string', 'import os\nf = os.__dict__["system"]\n'],
    ['code inside an f-string', 'x = f"{eval(code)}"\n'],
    ['a method of a module-level object', 'import sys\nsys.meta_path.append(finder)\n'],
    [
      'a submodule in its six.moves spelling',
      'from six.moves import http_client\nhttp_client.HTTPConnection(h)\n',
    ],
    ['a module imported by a literal name', 'import importlib\nimportlib.import_module("os").system(c)\n'],
    ['getattr passed around', 'import os\ng = getattr\ng(os, "system")(c)\n'],
    ['getattr of a variable name', 'import os\nname = "sys" + "tem"\ngetattr(os, name)(c)\n'],
    ['a long Base64 literal', `blob = "${'QUJD'.repeat(40)}"\n`],
    ['a Trojan Source character', 'access = "user\u202e \u2066# admin"\n'],
  ])('%s', (_name, source) => {
    expect(prefilter.mayMatch(source)).toBe(true);
  });
});

describe('may skip', () => {
  test.each([
    ['plain arithmetic', 'def add(a, b):\n    return a + b\n'],
    ['a risky name only in a comment', '# os.system(cmd) and eval(x) are banned here\nx = 1\n'],
    ['a risky name only in a docstring', 'def f():\n    """Never call eval() or os.system() on input."""\n'],
    ['a method that shares a builtin name', 'import re\npattern = re.compile("x")\nself.eval()\n'],
    ['a final name without its module', 'def run(job):\n    return job.run()\n'],
    ['a module without any of its catalog names', 'import os\nprint(os.sep)\n'],
    ['an ellipsis before a name', 'x = ...\ny = 1\n'],
    ['a final name without the object it belongs to', 'import sys\nitems.append(x)\n'],
    ['getattr of a literal name no catalog has', 'import os\ntimeout = getattr(config, "timeout", 5)\n'],
    ['a short Base64 literal', `blob = "${'QUJD'.repeat(10)}"\n`],
  ])('%s', (_name, source) => {
    expect(prefilter.mayMatch(source)).toBe(false);
    expect(findings(source).filter((rule) => rule !== 'SCAN001')).toEqual([]);
  });
});

test('a file the prefilter passes over is still parsed for its syntax errors', () => {
  const broken = 'def broken(:\n    x = 1\n';
  expect(prefilter.mayMatch(broken)).toBe(false);
  const analysis = analyzePythonSource(broken, parser, pack, undefined, { prefilter: true });
  expect(analysis.prefiltered).toBe(true);
  expect(analysis.findings.map((f) => f.ruleId)).toEqual(['SCAN001']);
  expect(analysis.findings).toEqual(analyzePythonSource(broken, parser, pack).findings);
});

test('a policy makes the names it denies force analysis', () => {
  const policies: PolicyRule[] = [
    {
      id: 1,
      rule_type: 'deny',
      category: 'module',
      pattern: 'json',
      description: 'no json',
      is_active: true,
    },
  ];
  const source = 'import json\njson.dumps(x)\n';
  expect(prefilter.mayMatch(source)).toBe(false);
  expect(pythonPrefilter(pack, policies).mayMatch(source)).toBe(true);
  expect(findings(source, policies)).toContain('POL001');
});

test('changes no finding in the rule fixtures', () => {
  const fixtures = pythonFiles(path.join(import.meta.dirname, '..', 'rules', 'fixtures'));
  expect(fixtures.length).toBeGreaterThan(50);
  expect(hidden(fixtures)).toEqual([]);
});

test('changes no finding in the standard library, and spares a real share of it analysis', () => {
  const stdlib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
    encoding: 'utf8',
  }).trim();
  const files = pythonFiles(stdlib).filter((f) => !f.includes(`${path.sep}site-packages${path.sep}`));
  expect(files.length).toBeGreaterThan(1000);
  expect(hidden(files)).toEqual([]);
  const skipped = files.filter((f) => !prefilter.mayMatch(readFileSync(f, 'utf8'))).length;
  expect(skipped / files.length).toBeGreaterThan(0.3);
});

describe('generated code', () => {
  const apis = [...apiIndex(pack).names].filter((name) => name.includes('.')).sort();
  const identifier = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/);
  /** One way of reaching `api` in source, as the resolver follows it. */
  const reach = (api: string, spelling: number, alias: string): string => {
    const dot = api.lastIndexOf('.');
    const module = api.slice(0, dot);
    const name = api.slice(dot + 1);
    switch (spelling) {
      case 0:
        return `import ${module}\n${api}(x)\n`;
      case 1:
        return `from ${module} import ${name} as ${alias}\n${alias}(x)\n`;
      case 2:
        return `import ${module} as ${alias}\ngetattr(${alias}, "${name}")(x)\n`;
      case 3:
        return `${alias} = __import__("${module}")\n`;
      default:
        return `from ${module} import *\n${name}(x)\n`;
    }
  };
  const noise = fc.constantFrom(
    'x = 1\n',
    '# os.system\n',
    'def f(a):\n    return a.run()\n',
    '"""eval(x)"""\n',
    'class C:\n    pass\n',
    'y = [i for i in range(3)]\n',
    'z = (\n',
  );

  test('the prefilter lets through every generated file a rule matches', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...apis), fc.nat(4), identifier), { maxLength: 3 }),
        fc.array(noise, { maxLength: 4 }),
        (reached, filler) => {
          const source = [
            ...filler,
            ...reached.map(([api, spelling, alias]) => reach(api, spelling, alias)),
          ].join('');
          return prefilter.mayMatch(source) || findings(source).every((rule) => rule === 'SCAN001');
        },
      ),
      { numRuns: Number(process.env.MCEN_FUZZ_RUNS ?? 300) },
    );
  });
});
