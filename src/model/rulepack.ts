/**
 * The shape of the rulepack in `rules/`: rule metadata (one YAML file per rule id) and the
 * catalogs the engine evaluates. Everything a rule matches is data of these shapes; the
 * engine in `src/match/` only interprets them.
 */
import type { Category, Confidence, Profile, Severity } from './finding.js';

/** Severity of a rule (or of one of its variants) under each profile. */
export type SeverityByProfile = Record<Profile, Severity>;

export interface RuleDocs {
  /** What it detects (one paragraph, for auditors). */
  what: string;
  /** Why it matters on an isolated network. */
  why: string;
  /** A flagged snippet and its safe rewrite. */
  example: { flagged: string; safe: string };
  /** How to fix. */
  fix: string;
  references: string[];
}

export interface RuleMeta {
  id: string;
  title: string;
  category: Category;
  severity: SeverityByProfile;
  /** Named variants with their own severities, e.g. NET002 `import_only`, PEX003 `orchestration`. */
  variants?: Record<string, { description: string; severity: SeverityByProfile }>;
  confidence: Confidence;
  cwe: string[];
  /** Whether inline waivers, the allowlist or an allow policy may suppress it. */
  suppressible: boolean;
  /** Catalog names (file stems under `rules/catalogs/`) the rule draws on. */
  catalogs: string[];
  docs: RuleDocs;
}

/**
 * Which argument of a call carries a value. `pos` is 0-based and does not count the receiver
 * of a bound method; `kw` is the keyword spelling. Either may be absent (positional-only,
 * keyword-only).
 */
export interface ArgRef {
  pos?: number;
  kw?: string;
}

/** How a destination argument is spelled. */
export type DestinationForm =
  | 'url' // scheme://host[:port]/..., or relative when a base URL applies
  | 'host' // a bare host name or address, possibly `host:port`
  | 'address' // an (host, port) tuple, or a string path for AF_UNIX
  | 'dsn' // database/broker URL or libpq-style "host=... port=..."
  | 'ssh' // [user@]host[:port]
  | 'proxies'; // dict of scheme -> proxy URL

/** A condition on one argument of a call; all given fields must hold. */
export interface ArgCondition {
  arg: ArgRef;
  /** `dynamic`: not a compile-time constant; `literal`: a constant; `present`/`missing`; `truthy`/`falsy` constants. */
  is?: 'dynamic' | 'literal' | 'present' | 'missing' | 'truthy' | 'falsy';
  /** The argument resolves to one of these qualified names or constant strings. */
  in?: string[];
}

/** NET001/NET002: calls that reach a remote destination. */
export interface NetworkEntry {
  api: string[];
  dest: ArgRef & { form: DestinationForm };
  /** What an absent destination means: no connection yet, the loopback default, unknown, or a public default. */
  when_missing: 'skip' | 'loopback' | 'dynamic' | 'public';
  /** For `public`: which endpoint the library uses by default (shown as the destination). */
  default_destination?: string;
  /** A relative URL is joined to this argument of the receiver's constructor (httpx `base_url`). */
  receiver_base?: ArgRef;
  /**
   * The argument is a destination only when spelled as a URL with a scheme (data readers:
   * `pandas.read_csv("https://...")` fetches, a path or buffer is local, an unknown value is
   * most likely a path and is not reported).
   */
  only_urls?: boolean;
  note?: string;
}

/** NET003: calls that bind or listen. */
export interface ListenEntry {
  api: string[];
  bind: ArgRef & { form: 'address' | 'host' | 'hostport' };
  /** What an absent (or None) bind argument means for this API. */
  when_missing: 'all' | 'loopback' | 'skip';
  /**
   * Arguments that replace the bind argument when given (a pre-bound `sock=`, a Unix `path=`):
   * with one of them present, an absent bind is not the `when_missing` default.
   */
  unless_present?: ArgRef[];
  note?: string;
}

/** PEX001-003: calls that start a process. */
export interface ProcessEntry {
  api: string[];
  /** The argument holding argv (list) or the command string. */
  command: ArgRef;
  /** `always`: the string runs through a shell (os.system); `never`; `kwarg`: the `shell` argument decides. */
  shell: 'always' | 'never' | 'kwarg';
  shell_arg?: ArgRef;
  /** `varargs`: the command is every positional argument from `command.pos` on (os.execl, os.spawnl). */
  spread?: 'varargs';
  note?: string;
}

/** Generic call rules (DEX001-003, DES001, API-level PER001/PER002). */
export interface CallEntry {
  api: string[];
  rule: string;
  variant?: string;
  confidence?: Confidence;
  /** Fires only when this holds. */
  when?: ArgCondition;
  /** Never fires when this holds (e.g. `yaml.load` with a safe Loader). */
  unless?: ArgCondition;
  note?: string;
}

/** File-system writes whose path argument is matched against `paths`. */
export interface WriteEntry {
  api: string[];
  /** The written path; absent means the receiver (pathlib). */
  path?: ArgRef;
  /** Write intent only when this mode argument matches `write_modes` (regex), e.g. `open`. */
  mode?: ArgRef & { write_modes: string; default: string };
  note?: string;
}

/** Path patterns (glob, case-insensitive, `~` = any home) that make a write persistence or protected. */
export interface PathEntry {
  rule: string;
  patterns: string[];
  note?: string;
}

export interface RegistryCatalog {
  /** Calls returning a key handle: root key and sub key arguments. */
  open: { api: string[]; root: ArgRef; subkey: ArgRef; access?: ArgRef }[];
  /** Calls writing a value: the key handle argument, and a sub key for SetValue. */
  write: { api: string[]; key: ArgRef; subkey?: ArgRef }[];
  /** Key paths (glob, case-insensitive, `HKCU\`/`HKLM\` or full root names) and the rule they mean. */
  keys: PathEntry[];
}

/** Program names by what they reach; `persistence` commands give PER001/PER002 when their sub-command writes. */
export interface ToolCatalog {
  network: string[];
  persistence: string[];
  /** Interpreters whose `X script.py` with a local script is orchestration (PEX003 variant). */
  interpreters: string[];
  /** Persistence commands: tool, the rule, and the argument words that make it a write (any of). */
  persistence_commands: { tool: string; rule: string; when_args?: string[]; unless_args?: string[] }[];
  /**
   * Multi-purpose programs that reach the network only with one of these sub-command words
   * (`git clone`, `pip install`); without one they are ordinary processes (PEX003).
   */
  network_commands?: { tool: string; when_args: string[] }[];
}

/** OBF001: decoders whose output must not reach an execution sink, and blob thresholds. */
export interface ObfuscationCatalog {
  decoders: string[];
  /** `codecs.decode`-like calls: suspicious only with one of these encodings. */
  codec_decoders: { api: string[]; encoding: ArgRef; suspicious: string[] }[];
  /** Literal payload heuristics. */
  blobs: { base64_min_length: number; hex_escape_min_count: number };
}

/** Module/name aliases and what calls return, so receivers resolve to catalog names. */
export interface AliasCatalog {
  /** Module prefix rewrites: `six.moves.urllib.request` -> `urllib.request`, `cPickle` -> `pickle`. */
  modules: Record<string, string>;
  /** Function/class rewrites: `requests.api.get` -> `requests.get`. */
  names: Record<string, string>;
  /** The type a call returns when it is not the callee itself: `requests.session` -> `requests.Session`. */
  returns: Record<string, string>;
  /**
   * Calls that call another function later with forwarded arguments (`functools.partial`,
   * `threading.Thread(target=...)`): the callee argument and where its arguments start or sit.
   */
  forwards?: Record<string, { func: ArgRef; args_from?: number; args?: ArgRef; kwargs?: ArgRef }>;
}

/** Script languages with a catalog of their own (`rules/catalogs/script-*.yaml`). */
export type ScriptLanguage = 'shell' | 'powershell' | 'batch' | 'vbscript';

/**
 * Where a script command or method carries a value: a named parameter (PowerShell `-Uri`, cmd
 * `/tr`, shell `--url`; compared case-insensitively, also in the `-Name:value` spelling) or the
 * 0-based position among the arguments that are neither flags nor flag values (-1: the last).
 * Without a position, the first argument that looks like a value of the wanted form is taken.
 */
export interface ScriptArgRef {
  param?: string[];
  pos?: number;
}

/** What a script command or object method does; each given field is checked on its own. */
export interface ScriptEffect {
  /** NET001/NET002: the argument holding the destination, and how it is spelled. */
  network?: ScriptArgRef & { form: DestinationForm };
  /**
   * NET003: listens (only with one of `when_args`, when given; a listening command is then not
   * also judged as a client); `bind` holds the address, and an absent one means `when_missing`.
   */
  listen?: {
    when_args?: string[];
    bind?: ScriptArgRef & { form: 'host' | 'hostport' };
    when_missing: 'all' | 'loopback';
  };
  /** A rule that fires whenever the command runs (DEX001 for eval, PER001 for Register-ScheduledTask). */
  rule?: string;
  /** A registry key argument, judged by the registry catalog's keys (PER002). */
  registry?: ScriptArgRef;
  /** A written path, judged by the path catalogs (PER001/PER002/PER003). */
  writes?: ScriptArgRef;
  /** Runs a command line in `language` (or the program in `runs` with its arguments in `args`). */
  runs?: ScriptArgRef & { language: ScriptLanguage; args?: ScriptArgRef };
  /** Executes what is piped into it: fed by a download or a decoder it is download-and-execute. */
  pipe_exec?: string;
  /** Decodes its input (`base64 -d`, `certutil -decode`): feeding execution it is OBF001. */
  decodes?: boolean;
  note?: string;
}

/** A command (program, cmdlet, builtin) of one script language. */
export interface ScriptCommandEntry extends ScriptEffect {
  names: string[];
  /** The effects apply only when one of these argument words is present (regexes, case-insensitive). */
  when_args?: string[];
  unless_args?: string[];
  /** Flags that take the next word as their value, so it is not a positional argument. */
  value_flags?: string[];
}

/** Methods of a .NET type or COM object (`Net.WebClient`, `MSXML2.XMLHTTP`); `new` is the constructor. */
export interface ScriptObjectEntry extends ScriptEffect {
  types: string[];
  methods: string[];
}

/** The catalog of one script language. */
export interface ScriptCatalog {
  language: ScriptLanguage;
  commands: ScriptCommandEntry[];
  objects: ScriptObjectEntry[];
}

/** The rulepack as loaded: rules by id and each catalog by name. */
export interface Rulepack {
  rules: Map<string, RuleMeta>;
  network: NetworkEntry[];
  listen: ListenEntry[];
  process: ProcessEntry[];
  calls: CallEntry[];
  writes: WriteEntry[];
  paths: PathEntry[];
  registry: RegistryCatalog;
  tools: ToolCatalog;
  obfuscation: ObfuscationCatalog;
  aliases: AliasCatalog;
  /** Modules whose import alone is a NET002 `import_only` finding when the file has no network call. */
  networkModules: string[];
  /** Script catalogs by language (empty lists for a language without one). */
  scripts: Record<ScriptLanguage, ScriptCatalog>;
  /** SHA-256 over the rulepack files, in path order. */
  hash: string;
}
