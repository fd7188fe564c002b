/**
 * Values of library calls whose result the semantic layer computes: environment reads (kept
 * as holes with provenance), path and URL joins, string methods, `shutil.which`, and decoders
 * applied to literals (so a decoded payload can itself be analysed).
 */
import type { CallSite, Template, Value } from '../../model/value.js';
import { argumentValue } from '../../model/value.js';
import { decodeLiteral } from './decoders.js';
import { braceFormat, concatOptions, hole, MAX_TEXT } from './templates.js';
import { knownText, printable, str, templatesOf, unknown } from './values.js';

const argument = (site: CallSite, pos: number, kw?: string): Value | undefined =>
  argumentValue(site, { pos, kw });

/** `os.getenv("HOST", "localhost")` -> a hole "environment variable HOST, default 'localhost'". */
function environmentRead(name: Value | undefined, fallback: Value | undefined): Value {
  const variable = knownText(name);
  const label = variable !== undefined ? `environment variable ${variable}` : 'an environment variable';
  const defaultText = fallback && fallback.kind !== 'none' ? knownText(fallback) : undefined;
  const reason = defaultText !== undefined ? `${label}, default '${defaultText}'` : label;
  return { kind: 'str', options: [[hole(reason)]] };
}

const ENV_READS = new Set([
  'os.getenv',
  'os.getenvb',
  'os.environ.get',
  'os.environ.setdefault',
  'os.environb.get',
]);
const PATH_CONSTRUCTORS = new Set([
  'pathlib.Path',
  'pathlib.PurePath',
  'pathlib.PosixPath',
  'pathlib.WindowsPath',
  'pathlib.PurePosixPath',
  'pathlib.PureWindowsPath',
]);
const JOINS = new Set(['os.path.join', 'posixpath.join', 'ntpath.join']);
const SAME_PATH = new Set([
  'os.path.expanduser',
  'os.path.abspath',
  'os.path.realpath',
  'os.path.normpath',
  'os.path.expandvars',
  'os.fspath',
  'os.fsencode',
  'os.fsdecode',
]);
const SAME_RECEIVER = new Set(['pathlib.Path.resolve', 'pathlib.Path.absolute', 'pathlib.Path.expanduser']);

/** os.path.join / pathlib joins: an absolute part restarts the path, as Python does. */
export function joinPath(parts: Value[], asPath: boolean): Value {
  let acc: Template[] = [[]];
  for (const part of parts) {
    const templates = templatesOf(part);
    const restart = templates.every(
      (t) => typeof t[0] === 'string' && /^([/\\]|[A-Za-z]:[/\\]|~)/.test(t[0]),
    );
    if (restart) acc = templates;
    else {
      const sep: Template[] = acc.every((t) => t.length === 0) ? [[]] : [['/']];
      acc = concatOptions([acc, sep, templates]);
    }
  }
  return asPath ? { kind: 'str', options: acc, path: true } : { kind: 'str', options: acc };
}

function dirname(value: Value): Value {
  if (value.kind !== 'str') return unknown('the folder of a path');
  const options = value.options.map((o): Template => {
    const last = o[o.length - 1];
    if (typeof last === 'string' && /[/\\]/.test(last))
      return [...o.slice(0, -1), last.replace(/[/\\][^/\\]*$/, '')];
    return [...o, hole('the folder of a path')];
  });
  return { ...value, options };
}

/** The characters of known code points, or undefined unless every item is a valid one. */
function fromCodePoints(items: Value[]): string | undefined {
  if (!items.length || items.length > MAX_CODE_POINTS) return undefined;
  const codes = items.map((v) =>
    v.kind === 'num' && Number.isInteger(v.value) && v.value >= 0 && v.value <= 0x10ffff ? v.value : -1,
  );
  return codes.includes(-1) ? undefined : String.fromCodePoint(...codes);
}

/** `map(chr, [112, 114, ...])`: the text the code points spell (a classic string builder of packers). */
function chrMapped(value: Value | undefined): string | undefined {
  if (value?.kind !== 'instance' || value.type !== 'builtins.map' || !value.origin) return undefined;
  const [fn, iterable] = value.origin.positional;
  if (fn?.kind !== 'qualname' || fn.name !== 'builtins.chr' || iterable?.kind !== 'seq') return undefined;
  return fromCodePoints(iterable.items);
}

const MAX_CODE_POINTS = 1 << 16;

/** Applies a text function to a fully known receiver; unknown otherwise. */
function mapKnown(
  receiver: Value | undefined,
  fn: (text: string) => string,
  keepBytes: boolean,
): Value | undefined {
  const text = knownText(receiver);
  if (text === undefined || receiver?.kind !== 'str') return undefined;
  return {
    kind: 'str',
    options: [[fn(text).slice(0, MAX_TEXT)]],
    ...(keepBytes && receiver.bytes ? { bytes: true } : {}),
    ...(receiver.via ? { via: receiver.via } : {}),
  };
}

/**
 * Python's `text.replace(old, new)` (every occurrence; an empty `old` matches between characters),
 * built only up to `MAX_TEXT` characters: `x = x.replace("a", "aa")` line after line, or a long
 * `new`, would otherwise build strings no engine can hold.
 */
export function replaceAllBounded(text: string, from: string, to: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const found = from === '' ? (at <= text.length ? at : -1) : text.indexOf(from, at);
    if (found < 0 || out.length >= MAX_TEXT) break;
    out += text.slice(at, found) + to;
    if (from === '') {
      if (found < text.length) out += text[found];
      at = found + 1;
    } else at = found + from.length;
  }
  if (at < text.length && out.length < MAX_TEXT) out += text.slice(at);
  return out.slice(0, MAX_TEXT);
}

function stringMethod(site: CallSite, method: string): Value | undefined {
  const receiver = site.receiver;
  if (receiver?.kind !== 'str') return undefined;
  switch (method) {
    case 'format': {
      const args = site.positional.map(templatesOf);
      const named = new Map([...site.keywords].map(([k, v]) => [k, templatesOf(v)]));
      const options = receiver.options.flatMap((t) => braceFormat(t, args, named, (what) => [[hole(what)]]));
      return { kind: 'str', options: options.slice(0, 16) };
    }
    case 'join': {
      const items = site.positional[0];
      const codePoints = chrMapped(items);
      if (codePoints !== undefined) return { kind: 'str', options: [[codePoints]], via: ['chr'] };
      if (items?.kind !== 'seq') return { kind: 'str', options: [[hole('items joined into a string')]] };
      const lists: Template[][] = [];
      items.items.forEach((item, i) => {
        if (i > 0) lists.push(receiver.options);
        lists.push(templatesOf(item));
      });
      return { kind: 'str', options: concatOptions(lists) };
    }
    case 'strip':
    case 'lstrip':
    case 'rstrip':
      return (
        mapKnown(
          receiver,
          (t) => (method === 'strip' ? t.trim() : method === 'lstrip' ? t.trimStart() : t.trimEnd()),
          true,
        ) ?? receiver
      );
    case 'lower':
    case 'casefold':
      return mapKnown(receiver, (t) => t.toLowerCase(), true);
    case 'upper':
      return mapKnown(receiver, (t) => t.toUpperCase(), true);
    case 'replace': {
      const from = knownText(site.positional[0]);
      const to = knownText(site.positional[1]);
      return from !== undefined && to !== undefined
        ? mapKnown(receiver, (t) => replaceAllBounded(t, from, to), true)
        : undefined;
    }
    case 'encode':
      return { ...receiver, bytes: true };
    case 'decode': {
      return { kind: 'str', options: receiver.options, ...(receiver.via ? { via: receiver.via } : {}) };
    }
    default:
      return undefined;
  }
}

/** The computed result of a known library call, or undefined to let the caller type it generically. */
export function specialCallResult(site: CallSite): Value | undefined {
  const name = site.callee;
  if (ENV_READS.has(name)) return environmentRead(argument(site, 0, 'key'), argument(site, 1, 'default'));
  if (JOINS.has(name)) return joinPath(site.positional, false);
  if (PATH_CONSTRUCTORS.has(name))
    return site.positional.length ? joinPath(site.positional, true) : str('.', { path: true });
  if (name === 'pathlib.Path.home') return str('~', { path: true });
  if (name === 'pathlib.Path.cwd')
    return { kind: 'str', options: [[hole('the working directory')]], path: true };
  if (name === 'pathlib.Path.joinpath' && site.receiver)
    return joinPath([site.receiver, ...site.positional], true);
  if (SAME_RECEIVER.has(name) && site.receiver) return site.receiver;
  if (SAME_PATH.has(name) && site.positional[0]) return site.positional[0];
  if (name === 'os.path.dirname') return site.positional[0] ? dirname(site.positional[0]) : undefined;
  if (name === 'shutil.which') return site.positional[0] ?? argument(site, 0, 'cmd');
  if (name === 'builtins.str' && site.positional.length === 1) {
    const templates = printable(site.positional[0]!);
    return templates ? { kind: 'str', options: templates } : undefined;
  }
  if (name === 'builtins.int' && site.positional.length === 1) {
    const text = knownText(site.positional[0]);
    const value = site.positional[0]!;
    if (value.kind === 'num') return value;
    if (text !== undefined && /^\s*-?\d+\s*$/.test(text)) return { kind: 'num', value: Number(text) };
    return undefined;
  }
  if ((name === 'builtins.bytes' || name === 'builtins.bytearray') && site.positional[0]?.kind === 'seq') {
    // bytes([112, 114, ...]): bytes spelled as numbers, a packer's way to hide text.
    const text = fromCodePoints(site.positional[0].items);
    if (text !== undefined && [...text].every((c) => c.charCodeAt(0) < 256)) {
      return { kind: 'str', options: [[text]], bytes: true, via: ['bytes from numbers'] };
    }
  }
  if (name === 'builtins.chr') {
    const code = site.positional[0];
    return code?.kind === 'num' && code.value >= 0 && code.value <= 0x10ffff
      ? { kind: 'str', options: [[String.fromCodePoint(code.value)]] }
      : undefined;
  }
  if (name === 'urllib.parse.urljoin') {
    const base = site.positional[0];
    const url = site.positional[1];
    const urlText = knownText(url);
    if (urlText !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(urlText)) return url;
    if (base && url) return { kind: 'str', options: concatOptions([templatesOf(base), templatesOf(url)]) };
    return undefined;
  }
  const method = /^(?:str|bytes)\.(\w+)$/.exec(name);
  if (method) return stringMethod(site, method[1]!);
  return decodeLiteral(site);
}

/** `os.environ["HOST"]` and similar subscripts with a computed value, or undefined. */
export function specialSubscript(base: Value, key: Value): Value | undefined {
  if (base.kind === 'qualname' && (base.name === 'os.environ' || base.name === 'os.environb')) {
    return environmentRead(key, undefined);
  }
  return undefined;
}
