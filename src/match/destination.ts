/**
 * Where a network call goes and where a server listens, judged from the (possibly partly
 * unknown) text of its argument. Addresses are parsed by ipaddr.js and the WHATWG URL host
 * parser, which accept the same IPv4 spellings as the C library's `inet_aton` that Python
 * sockets use (`127.1`, `0x7f.1`, `2130706433`, `0177.0.0.1`), so "loopback" here means
 * "the operating system would connect to this machine".
 *
 * Unknown parts of a value are written as `UNKNOWN_CHAR` (holes). A hole is assumed to stay
 * inside the component it appears in: a hole in a port is a port, a hole in a user name is
 * a user name. Only the host decides, so `http://127.0.0.1:<port>/x` is loopback. A host with
 * holes is judged by its known tail (see `classifyPartialHost`).
 */
import ipaddr from 'ipaddr.js';

import type { DestinationForm, ListenEntry } from '../model/rulepack.js';
import { UNKNOWN_CHAR } from '../model/value.js';

export type DestinationKind = 'loopback' | 'remote' | 'unix' | 'local-file' | 'unknown';

/** The verdict on a destination; `host` is the host as normalised (holes shown as `…`). */
export interface DestinationClass {
  kind: DestinationKind;
  host?: string;
  reason?: string;
}

export type BindKind = 'loopback' | 'all' | 'specific' | 'unix' | 'unknown';

/** The verdict on a bind/listen address; `specific` is one named interface or address. */
export interface BindClass {
  kind: BindKind;
  host?: string;
  reason?: string;
}

export type BindForm = ListenEntry['bind']['form'];

/** What one concrete or partial host is, before the caller decides what that means. */
type HostKind = 'loopback' | 'unspecified' | 'remote' | 'unknown';
interface HostClass {
  kind: HostKind;
  host: string;
  reason?: string;
}

/** Names every resolver maps to loopback (glibc, musl, Windows, macOS `/etc/hosts` defaults). */
const LOOPBACK_NAMES = ['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback'];

/** URL schemes that name a local IPC endpoint (Unix socket, named pipe, in-process), never the network. */
const LOCAL_IPC_SCHEMES = new Set(['unix', 'ipc', 'inproc', 'npipe']);

/** Schemes whose client (libpq) connects to a local Unix socket when the DSN names no host. */
const POSTGRES_SCHEMES = /^postgres(?:ql)?(?:\+|$)/;

/** Shows holes to people. */
function display(text: string): string {
  return text.split(UNKNOWN_CHAR).join('…');
}

const hasHole = (text: string): boolean => text.includes(UNKNOWN_CHAR);

/**
 * Classifies where a network call goes. `text` is the flattened value of the destination
 * argument, `form` how the API spells it (see `DestinationForm`). Never throws: text that is
 * not a destination at all is `unknown` with a reason.
 *
 * - `remote` means provably not this machine: private, link-local and metadata addresses are
 *   remote too (on an isolated network any non-loopback traffic is egress).
 * - The unspecified address (`0.0.0.0`, `::`) as a destination reaches this machine on
 *   Linux and macOS, so it is loopback (with a reason saying so).
 * - Names under `.localhost` are unknown: only resolvers that implement RFC 6761 map them to
 *   loopback, others ask DNS.
 * - An empty destination is unknown; the engine decides what a missing argument means.
 */
export function classifyDestination(text: string, form: DestinationForm): DestinationClass {
  if (text.trim() === '') return { kind: 'unknown', reason: 'empty destination' };
  switch (form) {
    case 'url':
      return classifyUrl(text.trim());
    case 'proxies':
      // requests and urllib accept a proxy without a scheme and assume http.
      return classifyUrl(text.includes('://') ? text.trim() : `http://${text.trim()}`);
    case 'host':
      return toDestination(classifyHost(splitHostPort(text.trim()).host));
    case 'address':
      // A str where an (host, port) tuple is expected is an AF_UNIX path (or abstract name).
      return { kind: 'unix', reason: 'a string address is a Unix-domain socket path' };
    case 'dsn':
      return classifyDsn(text.trim());
    case 'ssh':
      return classifySsh(text.trim());
  }
}

/**
 * Classifies a bind/listen argument. Forms: `host` (a bare host, `[v6]` allowed), `hostport`
 * (`host:port`, `:port`, `[v6]:port`, gunicorn style) and `address` (a string where a tuple
 * is expected: an AF_UNIX path). Endpoint URLs (`tcp://*:5555`, `ipc://x`, ZeroMQ style),
 * `unix:/path` and `fd://N` are accepted in every form except `address`. Bind-all is `0.0.0.0`, `::`
 * (any spelling), `''`, `0`, `*` and a `:port` with no host. Never throws.
 */
export function classifyBind(text: string, form: BindForm): BindClass {
  const trimmed = text.trim();
  if (form === 'address') return { kind: 'unix', reason: 'a string address is a Unix-domain socket path' };
  if (/^unix:/i.test(trimmed)) return { kind: 'unix', reason: 'unix: address is a Unix-domain socket' };
  if (/^fd:/i.test(trimmed))
    return { kind: 'unknown', reason: 'an inherited file descriptor: its address is set elsewhere' };
  const url = splitUrl(trimmed);
  if (url.scheme !== undefined && url.authority !== undefined) {
    if (isLocalIpcScheme(url.scheme)) return { kind: 'unix', reason: `${url.scheme}: endpoint is local IPC` };
    return toBind(classifyBindHost(splitHostPort(url.authority).host));
  }
  // `host` and `hostport` differ only in intent: a stray port on a host is tolerated.
  return toBind(classifyBindHost(splitHostPort(trimmed).host));
}

function toDestination(host: HostClass): DestinationClass {
  const shown = display(host.host);
  switch (host.kind) {
    case 'unspecified':
      return {
        kind: 'loopback',
        host: shown,
        reason: 'the unspecified address as a destination reaches this machine',
      };
    case 'unknown':
      return { kind: 'unknown', host: shown, reason: host.reason ?? `host "${shown}" is not known` };
    default:
      return host.reason === undefined
        ? { kind: host.kind, host: shown }
        : { kind: host.kind, host: shown, reason: host.reason };
  }
}

function toBind(host: HostClass): BindClass {
  const shown = display(host.host);
  const kind: BindKind =
    host.kind === 'unspecified' ? 'all' : host.kind === 'remote' ? 'specific' : host.kind;
  return host.reason === undefined ? { kind, host: shown } : { kind, host: shown, reason: host.reason };
}

function classifyBindHost(host: string): HostClass {
  // Python's socket module turns '' into INADDR_ANY; servers (ZeroMQ, Twisted) use '*' for it.
  if (host === '' || host === '*') return { kind: 'unspecified', host: host === '' ? "''" : '*' };
  return classifyHost(host);
}

/** The parts of a URL as Python's `urllib.parse.urlsplit` divides them (the scanned code is Python). */
interface UrlParts {
  scheme?: string;
  /** `user@host:port`; absent when the text has no `//`. */
  authority?: string;
  /** The query string without `?`. */
  query: string;
}

function splitUrl(text: string): UrlParts {
  let rest = text;
  let scheme: string | undefined;
  const colon = rest.indexOf(':');
  // A scheme is text before the first ':' that holds no '/', '?' or '#'; a hole there is an unknown scheme.
  if (
    colon > 0 &&
    !/[/?#]/.test(rest.slice(0, colon)) &&
    (rest.startsWith('//', colon + 1) || isSchemeText(rest.slice(0, colon)))
  ) {
    scheme = rest.slice(0, colon).toLowerCase();
    rest = rest.slice(colon + 1);
  }
  const queryAt = rest.search(/[?#]/);
  const query = queryAt >= 0 && rest[queryAt] === '?' ? rest.slice(queryAt + 1).split('#')[0]! : '';
  if (!rest.startsWith('//')) return scheme === undefined ? { query } : { scheme, query };
  const end = rest.slice(2).search(/[/?#]/);
  const authority = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
  return scheme === undefined ? { authority, query } : { scheme, authority, query };
}

/** RFC 3986 scheme syntax (urlsplit reads `localhost:8080` as scheme `localhost` too). */
function isSchemeText(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*$/i.test(text);
}

function isLocalIpcScheme(scheme: string): boolean {
  // `http+unix` (requests-unixsocket), `ws+unix`, `redis+unix`: transport over a Unix socket.
  return LOCAL_IPC_SCHEMES.has(scheme) || scheme.endsWith('+unix');
}

/** Drops `user[:password]@`; the last `@` ends the user part, as in urllib. */
function hostPortOf(authority: string): string {
  return authority.slice(authority.lastIndexOf('@') + 1);
}

function classifyUrl(text: string): DestinationClass {
  if (/^(?:\\\\|\/\/)[.?][\\/]pipe[\\/]/i.test(text))
    return { kind: 'unix', reason: 'a local Windows named pipe' };
  if (/^(?:\\\\|\/\/)[.?][\\/]/.test(text))
    return { kind: 'local-file', reason: 'a local Windows device path' };
  if (text.startsWith('\\\\')) {
    // A UNC path reaches the named server over SMB.
    return toDestination(classifyHost(text.slice(2).split('\\')[0]!));
  }
  const url = splitUrl(text);
  const scheme = url.scheme;
  if (scheme !== undefined && !hasHole(scheme)) {
    if (isLocalIpcScheme(scheme)) return { kind: 'unix', reason: `${scheme}: URL is local IPC` };
    if (scheme === 'file') return { kind: 'local-file', reason: 'file: URL reads the local file system' };
    if (scheme === 'data') return { kind: 'local-file', reason: 'data: URL carries its content inline' };
  }
  if (url.authority === undefined) {
    if (text.startsWith(UNKNOWN_CHAR))
      return { kind: 'unknown', reason: `URL "${display(text)}" starts with an unknown part` };
    return { kind: 'unknown', reason: `"${display(text)}" has no host (relative URL)` };
  }
  const host = splitHostPort(hostPortOf(url.authority)).host;
  if (host === '') return { kind: 'unknown', reason: `URL "${display(text)}" has an empty host` };
  // With an unknown scheme the host still decides: no scheme reaches a loopback host remotely.
  return toDestination(classifyHost(host));
}

/** Splits `host:port`, `[v6]:port` and bare IPv6 (two or more colons, no brackets). */
function splitHostPort(text: string): { host: string; port?: string } {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return { host: text };
    const after = text.slice(close + 1);
    return after.startsWith(':')
      ? { host: text.slice(1, close), port: after.slice(1) }
      : { host: text.slice(1, close) };
  }
  const first = text.indexOf(':');
  if (first < 0) return { host: text };
  if (text.indexOf(':', first + 1) >= 0) return { host: text }; // bare IPv6
  return { host: text.slice(0, first), port: text.slice(first + 1) };
}

/** Classifies a host (no port, no brackets) that may contain holes. */
function classifyHost(host: string): HostClass {
  if (hasHole(host)) return classifyPartialHost(host);
  return classifyKnownHost(host);
}

function classifyKnownHost(host: string): HostClass {
  if (host === '') return { kind: 'unknown', host, reason: 'empty host' };
  // Before the URL parser: it rejects zone ids (`fe80::1%eth0`), which sockets accept.
  if (ipaddr.IPv6.isValid(host)) return classifyAddress(ipaddr.IPv6.parse(host));
  // Delimiters would make the URL parser read a different host; '%' it would decode, Python would not.
  if (/[\s/?#@\\:%[\]<>^|]/.test(host)) {
    return { kind: 'unknown', host, reason: `"${host}" is not a valid host name or address` };
  }
  let normalised: string;
  try {
    // The WHATWG host parser lower-cases, applies IDNA and reads every IPv4 number spelling.
    normalised = new URL(`http://${host}/`).hostname;
  } catch {
    return { kind: 'unknown', host, reason: `"${host}" is not a valid host name or address` };
  }
  if (ipaddr.IPv4.isValidFourPartDecimal(normalised)) return classifyAddress(ipaddr.IPv4.parse(normalised));
  const name = normalised.endsWith('.') ? normalised.slice(0, -1) : normalised;
  if (LOOPBACK_NAMES.includes(name)) return { kind: 'loopback', host: name };
  if (name.endsWith('.localhost')) {
    return {
      kind: 'unknown',
      host: name,
      reason: `"${name}" is loopback only where the resolver follows RFC 6761`,
    };
  }
  return { kind: 'remote', host: name };
}

function classifyAddress(address: ipaddr.IPv4 | ipaddr.IPv6): HostClass {
  const v4 =
    address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
  const host = v4 === address ? address.toString() : `${address.toString()} (${v4.toString()})`;
  switch (v4.range()) {
    case 'loopback':
      return { kind: 'loopback', host };
    case 'unspecified':
      // Only the all-zero address means "any"; the rest of 0.0.0.0/8 is not usable as either.
      return ['0.0.0.0', '::'].includes(v4.toString())
        ? { kind: 'unspecified', host }
        : { kind: 'remote', host };
    default:
      return { kind: 'remote', host };
  }
}

/**
 * A host with holes is judged by its known tail, the text after the last hole. When the tail
 * proves the host is a DNS name (its last label cannot be a number) and no loopback name
 * (`localhost`, `localhost.localdomain`, `ip6-*`, `*.localhost`) ends with it, the host is
 * remote: `<x>.example.com` cannot be this machine. Everything else is unknown: a known
 * prefix (`localhost<x>`, `127.0.0.<x>`) proves nothing because the hole may add `.evil.com`,
 * and a numeric tail (`<x>.0.0.1`) may complete either a loopback or a remote address.
 */
function classifyPartialHost(host: string): HostClass {
  const shown = display(host);
  const tail = host.slice(host.lastIndexOf(UNKNOWN_CHAR) + 1).toLowerCase();
  const unknown = (why: string): HostClass => ({ kind: 'unknown', host, reason: `host "${shown}" ${why}` });
  const suffix = tail.endsWith('.') ? tail.slice(0, -1) : tail;
  if (suffix === '') return unknown('is not known');
  if (/[:[\]]/.test(suffix)) return unknown('is partly unknown');
  const labels = suffix.split('.');
  const last = labels[labels.length - 1]!;
  const lastIsWhole = labels.length > 1;
  // WHATWG and inet_aton read a last label of digits or 0x-hex as an IPv4 number.
  const couldBeNumber = lastIsWhole ? /^(?:\d+|0x[0-9a-f]*)$/.test(last) : /^(?:0?x)?[0-9a-f]*$/.test(last);
  if (last === '' || couldBeNumber) return unknown('is partly unknown and may be an IP address');
  const couldBeLoopbackName =
    LOOPBACK_NAMES.some((name) => name.endsWith(suffix)) ||
    '.localhost'.endsWith(suffix) ||
    suffix.endsWith('.localhost');
  if (couldBeLoopbackName) return unknown('is partly unknown and may be a loopback name');
  return {
    kind: 'remote',
    host,
    reason: `host "${shown}" is a name ending in "${suffix}", which no loopback name does`,
  };
}

/**
 * A DSN's host list (libpq `host=a,b`, `scheme://a,b/`): entries that are paths are Unix
 * socket folders; every other entry must be loopback, since the client may use any of them.
 */
function classifyHostList(hosts: string[]): DestinationClass {
  const network = hosts.filter((host) => host !== '' && !host.startsWith('/'));
  if (network.length === 0) return { kind: 'unix', reason: 'the host is a Unix socket folder' };
  const classes = network.map((host) => toDestination(classifyHost(host)));
  // One remote host is egress; one unknown host leaves it open.
  return classes.find((c) => c.kind === 'remote') ?? classes.find((c) => c.kind === 'unknown') ?? classes[0]!;
}

function classifyDsn(text: string): DestinationClass {
  const url = splitUrl(text);
  if (url.scheme !== undefined && url.authority !== undefined) {
    const scheme = url.scheme;
    if (scheme.startsWith('sqlite') || scheme.startsWith('duckdb')) {
      return { kind: 'local-file', reason: `${scheme}: database is a local file` };
    }
    if (isLocalIpcScheme(scheme)) return { kind: 'unix', reason: `${scheme}: DSN is a Unix-domain socket` };
    // libpq lets `?host=` override the authority (and name a socket folder).
    const queryHost = libpqParams(url.query.replace(/&/g, ' ')).get('host');
    if (queryHost !== undefined) return classifyHostList(decodePercent(queryHost).split(','));
    const hosts = hostPortOf(url.authority)
      .split(',')
      .map((entry) => decodePercent(splitHostPort(entry).host));
    if (hosts.every((host) => host === '')) {
      return POSTGRES_SCHEMES.test(scheme)
        ? { kind: 'unix', reason: 'no host: libpq connects to its local Unix socket' }
        : { kind: 'loopback', reason: `no host: ${scheme} clients default to localhost` };
    }
    return classifyHostList(hosts);
  }
  if (text.includes(';')) return classifyOdbc(text);
  if (/^\s*\w+\s*=/.test(text)) {
    const params = libpqParams(text);
    const hosts = params.get('hostaddr') ?? params.get('host');
    if (hosts === undefined)
      return { kind: 'unix', reason: 'no host: libpq connects to its local Unix socket' };
    return classifyHostList(hosts.split(',').map((host) => host.trim()));
  }
  // EZConnect (`host:port/service`) or a bare host; a single word may be a tnsnames/ODBC alias.
  const hostPart = text.replace(/^\/\//, '').split('/')[0]!;
  const host = classifyHost(splitHostPort(hostPart).host);
  if (host.kind === 'remote' && !/[.:]/.test(hostPart) && !hasHole(hostPart)) {
    return {
      kind: 'unknown',
      host: hostPart,
      reason: `"${hostPart}" may be a named data source configured elsewhere`,
    };
  }
  return toDestination(host);
}

/** Reads libpq `key=value` pairs (values may be single-quoted with backslash escapes). */
function libpqParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const match = /\s*([\w.]+)\s*=\s*/y;
    match.lastIndex = at;
    const key = match.exec(text);
    if (!key) break;
    at = match.lastIndex;
    let value = '';
    if (text[at] === "'") {
      at++;
      while (at < text.length && text[at] !== "'") {
        if (text[at] === '\\') at++;
        value += text[at] ?? '';
        at++;
      }
      at++;
    } else {
      while (at < text.length && !/\s/.test(text[at]!)) value += text[at++];
    }
    params.set(key[1]!.toLowerCase(), value);
  }
  return params;
}

/** ODBC (`Driver={...};Server=tcp:host,1433;...`): the server names the host. */
function classifyOdbc(text: string): DestinationClass {
  let server: string | undefined;
  for (const pair of text.split(';')) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq).trim().toLowerCase();
    if (eq > 0 && ['server', 'data source', 'address', 'addr', 'host', 'hostname'].includes(key)) {
      server = pair
        .slice(eq + 1)
        .trim()
        .replace(/^\{(.*)\}$/, '$1');
      break;
    }
  }
  if (server === undefined) {
    return { kind: 'unknown', reason: 'the connection string names no server (a DSN configured elsewhere)' };
  }
  if (/^(?:np|lpc):/i.test(server))
    return { kind: 'unix', reason: 'named-pipe or shared-memory protocol is local' };
  const host = server.replace(/^tcp:/i, '').split(',')[0]!.split('\\')[0]!.trim();
  // SQL Server spells the local machine '.', '(local)' and '(localdb)'.
  if (['.', '(local)', '(localdb)'].includes(host.toLowerCase())) return { kind: 'loopback', host };
  return toDestination(classifyHost(splitHostPort(host).host));
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `ssh://user@host:22`, `user@host`, scp-style `user@host:path`, `host`, `[v6]:path`, or a local path. */
function classifySsh(text: string): DestinationClass {
  const url = splitUrl(text);
  if (url.scheme !== undefined && url.authority !== undefined) return classifyUrl(text);
  const at = text.indexOf('@');
  const slash = text.indexOf('/');
  const hasUser = at >= 0 && (slash < 0 || at < slash);
  const target = hasUser ? text.slice(at + 1) : text;
  if (target.startsWith('[')) return toDestination(classifyHost(splitHostPort(target).host));
  if (ipaddr.IPv6.isValid(target)) return toDestination(classifyHost(target));
  const colon = target.indexOf(':');
  // scp: a '/' before the first ':' (or a path with no ':') is a local file, not a host.
  if (!hasUser && slash >= 0 && (colon < 0 || slash < colon)) {
    return { kind: 'local-file', reason: 'a local path, not a remote host' };
  }
  if (!hasUser && /^[.~]/.test(target) && colon < 0)
    return { kind: 'local-file', reason: 'a local path, not a remote host' };
  return toDestination(classifyHost(colon < 0 ? target : target.slice(0, colon)));
}
