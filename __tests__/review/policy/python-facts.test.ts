// Covers src/review/policy/python-facts.ts with the real semantic layer: policy matching on resolved Python.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Parser } from 'web-tree-sitter';

import { createParser } from '../../../src/parse/tree-sitter-runtime.js';
import type { PolicyRule } from '../../../src/review/policy/model.js';
import { findViolations } from '../../../src/review/policy/matching.js';
import { policyFactsOf } from '../../../src/review/policy/python-facts.js';
import { analyzePython } from '../../../src/resolve/python/analyzer.js';
import { rule } from './helpers.js';

let parser: Parser;
let violationsOf: (source: string, policies?: PolicyRule[]) => string[];

beforeAll(async () => {
  parser = await createParser('python');
  // No rulepack: policy matching must not depend on catalog contents, only on name resolution.
  const context = {
    aliases: { modules: {}, names: {}, returns: {} },
    knownApis: new Set<string>(),
    decoders: new Set<string>(),
    codecDecoders: new Map(),
    allFacts: true,
  };
  violationsOf = (source, policies) => {
    const facts = analyzePython(parser.parse(source)!, source, context);
    return findViolations(policyFactsOf(facts), policies).map(
      (v) => `${v.site.range.line}:${v.site.range.column} ${v.subject}`,
    );
  };
});

const denySystem = rule('deny', 'attribute', 'os.system');
const denyEval = rule('deny', 'function', 'eval');
const denyOpen = rule('deny', 'function', 'open');
const denyOsPath = rule('deny', 'module', 'os.path');
const denyOsPathAll = rule('deny', 'attribute', 'os.path.*');
const denySubprocess = rule('deny', 'module', 'subprocess');

// Each row is a case where resolving names decides; the seed's checker gets the ones marked "seed misses" wrong.
const rows: [string, string, PolicyRule[] | undefined, string[]][] = [
  [
    'an aliased module call is its qualified name (seed misses)',
    "import os as o\no.system('ls')\n",
    [denySystem],
    ['2:1 os.system'],
  ],
  [
    'a from-imported function call is its qualified name (seed misses)',
    "from os import system\nsystem('ls')\n",
    [denySystem],
    ['2:1 os.system'],
  ],
  [
    'a function read without a call is a use (seed misses)',
    'import os\nrun = os.system\n',
    [denySystem],
    ['2:7 os.system'],
  ],
  [
    'a nested attribute is matched at any depth (seed misses)',
    "import os\nos.path.realpath('x')\n",
    [denyOsPathAll],
    ['2:1 os.path.realpath'],
  ],
  [
    'a submodule import matches a submodule rule (seed misses)',
    'import os.path\n',
    [denyOsPath],
    ['1:8 os.path'],
  ],
  [
    'from os import path imports the submodule (seed misses)',
    'from os import path\n',
    [denyOsPath],
    ['1:1 os.path'],
  ],
  [
    'builtins.eval is the builtin (seed misses)',
    "import builtins\nbuiltins.eval('1')\n",
    [denyEval],
    ['2:1 eval'],
  ],
  [
    'getattr(builtins, "eval") is the builtin (seed misses)',
    "import builtins\ngetattr(builtins, 'eval')('1')\n",
    [denyEval],
    ['2:1 eval'],
  ],
  [
    'a local def shadowing a builtin is not the builtin (seed flags it)',
    "def open(p):\n    return p\nopen('x')\n",
    [denyOpen],
    [],
  ],
  ['a method named like a builtin is not the builtin', 'model.eval()\n', [denyEval], []],
  [
    'an aliased module import is the module',
    'import subprocess as sp\nsp.run(["ls"])\n',
    [denySubprocess],
    ['1:8 subprocess'],
  ],
  [
    'a literal importlib.import_module target is an import',
    "import importlib\nm = importlib.import_module('subprocess')\n",
    [denySubprocess],
    ['2:5 subprocess'],
  ],
  [
    'a literal __import__ target is an import',
    "__import__('subprocess')\n",
    [denySubprocess],
    ['1:1 subprocess'],
  ],
  [
    'seed defaults: os.spawnl is covered by os.spawn* (seed misses)',
    "import os\nos.spawnl(os.P_WAIT, 'ls', 'ls')\n",
    undefined,
    ['2:1 os.spawnl'],
  ],
  [
    'seed defaults: a method of a subprocess object is covered by subprocess.* (seed misses)',
    "from subprocess import Popen\np = Popen(['ls'])\np.communicate()\n",
    undefined,
    ['1:1 subprocess', '2:5 subprocess.Popen', '3:1 subprocess.Popen.communicate'],
  ],
  ['an empty list allows everything', "import subprocess\neval('1')\n", [], []],
];

describe('policy matching on resolved Python', () => {
  it.each(rows)('%s', (_title, source, policies, expected) => {
    expect(violationsOf(source, policies)).toEqual(expected);
  });
});
