/**
 * Built-in policies, addressed as `builtin:NAME`. `chameleon-defaults` is the seed's hard-coded
 * lists (its `policies=None` mode): the banned modules and functions, and the legacy attribute
 * checks it applied to `os.*` and `subprocess.*` calls (SPEC 7.2).
 */
import type { PolicyCategory, PolicyRule } from './model.js';

const SEED_DEFAULTS: readonly [PolicyCategory, string, string][] = [
  ['module', 'importlib', 'imports arbitrary modules at run time'],
  ['module', 'subprocess', 'starts system commands'],
  ['module', 'sys', 'reaches interpreter internals and the module table'],
  ['module', 'shutil', 'copies, moves and deletes file trees'],
  ['module', 'marshal', 'loads code objects from bytes'],
  ['module', 'pickle', 'deserialises objects that can run code'],
  ['function', 'exec', 'runs arbitrary code'],
  ['function', 'eval', 'evaluates arbitrary code'],
  ['function', 'compile', 'turns text into code objects'],
  ['function', 'open', 'reads and writes files'],
  ['function', 'input', 'blocks on interactive input'],
  ['function', 'exit', 'stops the interpreter'],
  ['function', 'quit', 'stops the interpreter'],
  ['function', 'help', 'starts the interactive help system'],
  ['function', '__import__', 'imports arbitrary modules at run time'],
  ['attribute', 'os.system', 'runs a shell command'],
  ['attribute', 'os.popen', 'runs a shell command'],
  ['attribute', 'os.spawn*', 'starts a process'],
  ['attribute', 'os.exec*', 'replaces the process with another program'],
  ['attribute', 'os.fork', 'forks the process'],
  ['attribute', 'subprocess.*', 'starts system commands'],
];

/** The names accepted after `builtin:`, each with its rules. */
export const BUILTIN_POLICIES: Readonly<Record<string, readonly PolicyRule[]>> = {
  'chameleon-defaults': SEED_DEFAULTS.map(([category, pattern, why], i) => ({
    id: i + 1,
    rule_type: 'deny',
    category,
    pattern,
    description: `Chameleon default: ${pattern} ${why}`,
    is_active: true,
  })),
};

/** The rules the library applies when no policy list is given, as the seed does with `policies=None`. */
export const DEFAULT_POLICY_NAME = 'chameleon-defaults';
