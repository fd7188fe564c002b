import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5756:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findCodingCookie = findCodingCookie;
const python_codecs_js_1 = __nccwpck_require__(9501);
// The expressions CPython's tokenizer uses (Lib/tokenize.py: cookie_re, blank_re); they cover
// `# -*- coding: latin-1 -*-` as well as `# vim: set fileencoding=latin-1 :`.
const COOKIE = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;
/**
 * The coding cookie of a Python source, read the way Python reads it: line 1, and line 2 only
 * when line 1 is blank or a comment (a shebang, typically). Returns `null` when there is none.
 * Bytes that are not ASCII cannot be part of a cookie and never make this throw.
 */
function findCodingCookie(bytes) {
    const [first, second] = firstTwoLines(bytes);
    const onFirst = COOKIE.exec(first);
    if (onFirst?.[1])
        return { codec: onFirst[1], line: 1 };
    if (!BLANK_OR_COMMENT.test(first))
        return null;
    const onSecond = COOKIE.exec(second);
    return onSecond?.[1] ? { codec: onSecond[1], line: 2 } : null;
}
function firstTwoLines(bytes) {
    const firstEnd = bytes.indexOf(0x0a);
    const secondEnd = firstEnd === -1 ? -1 : bytes.indexOf(0x0a, firstEnd + 1);
    // latin1 maps bytes one to one, so the ASCII-only expressions above see the raw bytes.
    const text = (start, end) => (0, python_codecs_js_1.latin1Text)(bytes.subarray(start, end)).replace(/\r$/, '');
    const first = text(0, firstEnd === -1 ? bytes.length : firstEnd);
    const second = firstEnd === -1 ? '' : text(firstEnd + 1, secondEnd === -1 ? bytes.length : secondEnd);
    return [first, second];
}


/***/ }),

/***/ 6403:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeSource = decodeSource;
const node_path_1 = __nccwpck_require__(6760);
const coding_cookie_js_1 = __nccwpck_require__(5756);
const python_codecs_js_1 = __nccwpck_require__(9501);
// Binary sniffing looks at the head only, as git and grep do.
const SNIFF_BYTES = 8 * 1024;
// Share of control bytes above which a file is not text.
const MAX_CONTROL_SHARE = 0.1;
// Formats whose interpreters ignore PEP 263 cookies: a `coding:` comment there is only a comment.
const NO_COOKIE_EXTENSIONS = new Set(['.ipynb', '.ps1', '.psm1', '.bat', '.cmd', '.sh', '.bash', '.vbs']);
/**
 * Decodes a source file's bytes to text, keeping line endings (CRLF stays CRLF) and dropping only
 * a leading byte-order mark. The order is:
 * 1. a UTF-16 byte-order mark (PowerShell and batch files saved on Windows) -> UTF-16;
 * 2. a NUL byte, or more than 10% control bytes, in the first 8 KB -> `binary content`;
 * 3. a UTF-8 byte-order mark -> UTF-8 (`utf-8-sig`), whatever a cookie says;
 * 4. for Python files (every extension except notebooks, PowerShell, batch, shell and VBScript)
 *    the PEP 263 coding cookie on line 1 or 2 -> that codec, strictly. Python itself decodes
 *    with the cookie, so a cookie wins even over bytes that are valid UTF-8; a cookie naming an
 *    unknown codec, or bytes invalid in the declared codec, is a failure naming both, because
 *    Python would refuse that file rather than guess;
 * 5. UTF-8; then cp1252; then latin-1, which accepts any byte sequence.
 * `path` (repo-relative) only selects whether step 4 applies. Never throws.
 */
function decodeSource(bytes, path) {
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe
        ? python_codecs_js_1.UTF16LE
        : bytes[0] === 0xfe && bytes[1] === 0xff
            ? python_codecs_js_1.UTF16BE
            : null;
    if (utf16) {
        const text = utf16.decode(bytes.subarray(2));
        if (text === null)
            return { ok: false, reason: `not valid ${utf16.name} despite its byte-order mark` };
        return text.includes('\0')
            ? { ok: false, reason: 'binary content' }
            : { ok: true, text, encoding: utf16.name };
    }
    if (looksBinary(bytes))
        return { ok: false, reason: 'binary content' };
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        const text = python_codecs_js_1.UTF8.decode(bytes.subarray(3));
        if (text === null)
            return { ok: false, reason: 'not valid utf-8 despite its UTF-8 byte-order mark' };
        return { ok: true, text, encoding: 'utf-8-sig' };
    }
    if (!NO_COOKIE_EXTENSIONS.has((0, node_path_1.extname)(path).toLowerCase())) {
        const cookie = (0, coding_cookie_js_1.findCodingCookie)(bytes);
        if (cookie) {
            const where = `the coding cookie on line ${cookie.line}`;
            const codec = (0, python_codecs_js_1.pythonCodec)(cookie.codec);
            if (!codec)
                return { ok: false, reason: `unknown codec "${cookie.codec}" declared by ${where}` };
            const text = codec.decode(bytes);
            if (text === null)
                return { ok: false, reason: `not valid ${codec.name} as declared by ${where}` };
            return { ok: true, text, encoding: codec.name };
        }
    }
    for (const codec of [python_codecs_js_1.UTF8, python_codecs_js_1.CP1252]) {
        const text = codec.decode(bytes);
        if (text !== null)
            return { ok: true, text, encoding: codec.name };
    }
    return { ok: true, text: (0, python_codecs_js_1.latin1Text)(bytes), encoding: python_codecs_js_1.LATIN1.name };
}
function looksBinary(bytes) {
    const head = bytes.subarray(0, SNIFF_BYTES);
    let control = 0;
    for (const b of head) {
        if (b === 0)
            return true;
        // Tab, LF, VT, FF, CR are layout; ESC starts ANSI colour codes that scripts print.
        if ((b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f)
            control += 1;
    }
    return head.length > 0 && control / head.length > MAX_CONTROL_SHARE;
}


/***/ }),

/***/ 9501:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CP1252 = exports.LATIN1 = exports.UTF16BE = exports.UTF16LE = exports.UTF8 = void 0;
exports.latin1Text = latin1Text;
exports.pythonCodec = pythonCodec;
/** ISO-8859-1 text of `bytes`: each byte becomes the code point of the same value; never fails. */
function latin1Text(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
/**
 * A strict WHATWG decoder. `ignoreBOM` keeps a byte-order mark in the text: callers strip the one
 * they detected themselves, and a second one is content, not a marker.
 */
function whatwg(name, label) {
    return {
        name,
        decode(bytes) {
            try {
                return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
            }
            catch {
                return null;
            }
        },
    };
}
/** Strict UTF-8; a byte-order mark in the input is kept as U+FEFF. */
exports.UTF8 = whatwg('utf-8', 'utf-8');
/** UTF-16 in either byte order, for Windows scripts saved with a UTF-16 byte-order mark. */
exports.UTF16LE = whatwg('utf-16-le', 'utf-16le');
exports.UTF16BE = whatwg('utf-16-be', 'utf-16be');
/**
 * ISO-8859-1 maps every byte to the code point of the same value, so it never fails. WHATWG's
 * "latin1" label means windows-1252, which is why this does not use TextDecoder.
 */
exports.LATIN1 = { name: 'latin-1', decode: latin1Text };
const ASCII = {
    name: 'ascii',
    decode: (bytes) => (bytes.every((b) => b < 0x80) ? latin1Text(bytes) : null),
};
// cp1252 is latin-1 except for 0x80-0x9F. Node 20.18.3+ decodes the "windows-1252" label as if it
// were latin-1 (nodejs/node#56542, #60888), so the block is mapped here. Python leaves five bytes
// (UNDEFINED below) undecodable, and so does this codec.
const UNDEFINED = '\u0000';
const CP1252_HIGH = '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000' +
    '\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';
/** Python's cp1252: windows-1252 with five bytes undecodable. */
exports.CP1252 = {
    name: 'cp1252',
    decode(bytes) {
        if (bytes.some((b) => b >= 0x80 && b <= 0x9f && CP1252_HIGH.charAt(b - 0x80) === UNDEFINED))
            return null;
        return latin1Text(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
    },
};
/** Python codec name, WHATWG label, then Python's aliases for it (compared after `normalize`). */
const TABLE = [
    ['utf-8', 'utf-8', ['utf8', 'u8', 'utf', 'cp65001', 'utf8sig']],
    ['koi8-r', 'koi8-r', []],
    ['koi8-u', 'koi8-u', []],
    ['cp866', 'ibm866', ['866', 'ibm866']],
    ['mac-roman', 'macintosh', ['macintosh']],
    ['mac-cyrillic', 'x-mac-cyrillic', ['maccyrillic']],
    ['shift_jis', 'shift_jis', ['sjis', 'csshiftjis', 'cp932', 'ms932', 'mskanji', 'windows31j']],
    ['euc_jp', 'euc-jp', ['eucjp', 'ujis', 'uujis']],
    ['iso2022_jp', 'iso-2022-jp', ['iso2022jp', 'csiso2022jp']],
    ['euc_kr', 'euc-kr', ['euckr', 'cp949', 'uhc', 'ksc5601', 'ksx1001', 'korean']],
    ['gbk', 'gbk', ['cp936', 'ms936', 'gb2312', 'euccn', 'chinese']],
    ['gb18030', 'gb18030', []],
    ['big5', 'big5', ['big5tw', 'csbig5', 'cp950', 'ms950', 'big5hkscs', 'hkscs']],
    ...[1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258].map((n) => [`cp${n}`, `windows-${n}`, [`windows${n}`]]),
    ...[2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16].map((n) => [`iso8859-${n}`, `iso-8859-${n}`, [`iso8859${n}`]]),
];
const LATIN_ALIASES = {
    latin2: 2,
    latin3: 3,
    latin4: 4,
    latin6: 10,
    latin7: 13,
    latin8: 14,
    latin9: 15,
    latin10: 16,
    cyrillic: 5,
    arabic: 6,
    greek: 7,
    hebrew: 8,
};
/** Python compares codec names case-insensitively and ignores `-`, `_`, `.` and spaces in them. */
function normalize(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
const BY_NAME = (() => {
    const map = new Map();
    for (const key of [
        'latin1',
        'latin',
        'l1',
        'iso88591',
        '88591',
        'cp819',
        'ibm819',
        'isoir100',
        'isolatin1',
    ]) {
        map.set(key, exports.LATIN1);
    }
    for (const key of ['ascii', 'usascii', '646', 'us', 'iso646us', 'ansix341968', 'cp367']) {
        map.set(key, ASCII);
    }
    for (const key of ['cp1252', 'windows1252'])
        map.set(key, exports.CP1252);
    for (const [name, label, aliases] of TABLE) {
        const codec = name === 'utf-8' ? exports.UTF8 : whatwg(name, label);
        for (const key of [normalize(name), ...aliases])
            map.set(key, codec);
    }
    for (const [alias, n] of Object.entries(LATIN_ALIASES)) {
        const codec = map.get(`iso8859${n}`);
        if (codec)
            map.set(alias, codec);
    }
    return map;
})();
/**
 * The codec Python would use for `name` as written in a coding cookie (`latin-1`, `UTF_8`,
 * `iso-8859-15`, `cp1252`, `shift_jis`, ...), or `undefined` when it is a codec this scanner
 * cannot decode (`cp437`, `utf-16`, a misspelling).
 */
function pythonCodec(name) {
    return BY_NAME.get(normalize(name));
}


/***/ }),

/***/ 3168:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sha256Hex = sha256Hex;
exports.sha256File = sha256File;
const node_crypto_1 = __nccwpck_require__(7598);
const promises_1 = __nccwpck_require__(1455);
// Large reads keep hashing near disk speed; a stream's 64 KB chunks halve throughput on big wheels.
const CHUNK_BYTES = 1024 * 1024;
/** SHA-256 of `bytes` as 64 lowercase hex digits (the manifest's `sha256`). */
function sha256Hex(bytes) {
    return (0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * SHA-256 of the file at `absPath`, read in 1 MB chunks so a multi-gigabyte artifact never sits in
 * memory. Rejects with the file system error when the file cannot be read.
 */
async function sha256File(absPath) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    const handle = await (0, promises_1.open)(absPath, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return hash.digest('hex');
}


/***/ }),

/***/ 8448:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.apiIndex = apiIndex;
const cache = new WeakMap();
function empty() {
    return { network: [], listen: [], process: [], calls: [], writes: [], registryOpen: [], registryWrite: [] };
}
/** Indexes every catalog entry under each of its API names. */
function apiIndex(pack) {
    const cached = cache.get(pack);
    if (cached)
        return cached;
    const map = new Map();
    const add = (kind, entry) => {
        for (const api of entry.api) {
            let entries = map.get(api);
            if (!entries)
                map.set(api, (entries = empty()));
            entries[kind].push(entry);
        }
    };
    pack.network.forEach((e) => add('network', e));
    pack.listen.forEach((e) => add('listen', e));
    pack.process.forEach((e) => add('process', e));
    pack.calls.forEach((e) => add('calls', e));
    pack.writes.forEach((e) => add('writes', e));
    pack.registry.open.forEach((e) => add('registryOpen', e));
    pack.registry.write.forEach((e) => add('registryWrite', e));
    const index = { get: (api) => map.get(api), names: new Set(map.keys()) };
    cache.set(pack, index);
    return index;
}


/***/ }),

/***/ 6543:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.conditionHolds = conditionHolds;
const value_js_1 = __nccwpck_require__(2904);
const values_js_1 = __nccwpck_require__(4849);
/**
 * True when the condition holds for this call. An argument that may arrive through
 * `**kwargs`/`*args` is not known to be missing, so `missing` and `falsy` do not hold for it.
 */
function conditionHolds(site, condition) {
    const value = (0, value_js_1.argumentValue)(site, condition.arg);
    const maybeForwarded = value === undefined &&
        ((condition.arg.kw !== undefined && site.hasStarKwargs) ||
            (condition.arg.pos !== undefined && site.hasStarArgs));
    if (condition.is) {
        switch (condition.is) {
            case 'present':
                if (value === undefined)
                    return false;
                break;
            case 'missing':
                if (value !== undefined || maybeForwarded)
                    return false;
                break;
            case 'dynamic':
                if (value === undefined || (0, values_js_1.isConstant)(value))
                    return false;
                break;
            case 'literal':
                if (value === undefined || !(0, values_js_1.isConstant)(value))
                    return false;
                break;
            case 'truthy':
                if (value === undefined || (0, values_js_1.truthiness)(value) !== true)
                    return false;
                break;
            case 'falsy':
                if (maybeForwarded || (value !== undefined && (0, values_js_1.truthiness)(value) !== false))
                    return false;
                break;
        }
    }
    if (condition.in) {
        if (value === undefined)
            return false;
        const name = value.kind === 'qualname' || value.kind === 'module' ? value.name : (0, values_js_1.knownText)(value);
        if (name === undefined || !condition.in.includes(name))
            return false;
    }
    return true;
}


/***/ }),

/***/ 3621:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classifyDestination = classifyDestination;
exports.classifyBind = classifyBind;
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
const ipaddr_js_1 = __importDefault(__nccwpck_require__(8280));
const value_js_1 = __nccwpck_require__(2904);
/** Names every resolver maps to loopback (glibc, musl, Windows, macOS `/etc/hosts` defaults). */
const LOOPBACK_NAMES = ['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback'];
/** URL schemes that name a local IPC endpoint (Unix socket, named pipe, in-process), never the network. */
const LOCAL_IPC_SCHEMES = new Set(['unix', 'ipc', 'inproc', 'npipe']);
/** Schemes whose client (libpq) connects to a local Unix socket when the DSN names no host. */
const POSTGRES_SCHEMES = /^postgres(?:ql)?(?:\+|$)/;
/** Shows holes to people. */
function display(text) {
    return text.split(value_js_1.UNKNOWN_CHAR).join('…');
}
const hasHole = (text) => text.includes(value_js_1.UNKNOWN_CHAR);
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
function classifyDestination(text, form) {
    if (text.trim() === '')
        return { kind: 'unknown', reason: 'empty destination' };
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
function classifyBind(text, form) {
    const trimmed = text.trim();
    if (form === 'address')
        return { kind: 'unix', reason: 'a string address is a Unix-domain socket path' };
    if (/^unix:/i.test(trimmed))
        return { kind: 'unix', reason: 'unix: address is a Unix-domain socket' };
    if (/^fd:/i.test(trimmed))
        return { kind: 'unknown', reason: 'an inherited file descriptor: its address is set elsewhere' };
    const url = splitUrl(trimmed);
    if (url.scheme !== undefined && url.authority !== undefined) {
        if (isLocalIpcScheme(url.scheme))
            return { kind: 'unix', reason: `${url.scheme}: endpoint is local IPC` };
        return toBind(classifyBindHost(splitHostPort(url.authority).host));
    }
    // `host` and `hostport` differ only in intent: a stray port on a host is tolerated.
    return toBind(classifyBindHost(splitHostPort(trimmed).host));
}
function toDestination(host) {
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
function toBind(host) {
    const shown = display(host.host);
    const kind = host.kind === 'unspecified' ? 'all' : host.kind === 'remote' ? 'specific' : host.kind;
    return host.reason === undefined ? { kind, host: shown } : { kind, host: shown, reason: host.reason };
}
function classifyBindHost(host) {
    // Python's socket module turns '' into INADDR_ANY; servers (ZeroMQ, Twisted) use '*' for it.
    if (host === '' || host === '*')
        return { kind: 'unspecified', host: host === '' ? "''" : '*' };
    return classifyHost(host);
}
function splitUrl(text) {
    let rest = text;
    let scheme;
    const colon = rest.indexOf(':');
    // A scheme is text before the first ':' that holds no '/', '?' or '#'; a hole there is an unknown scheme.
    if (colon > 0 &&
        !/[/?#]/.test(rest.slice(0, colon)) &&
        (rest.startsWith('//', colon + 1) || isSchemeText(rest.slice(0, colon)))) {
        scheme = rest.slice(0, colon).toLowerCase();
        rest = rest.slice(colon + 1);
    }
    const queryAt = rest.search(/[?#]/);
    const query = queryAt >= 0 && rest[queryAt] === '?' ? rest.slice(queryAt + 1).split('#')[0] : '';
    if (!rest.startsWith('//'))
        return scheme === undefined ? { query } : { scheme, query };
    const end = rest.slice(2).search(/[/?#]/);
    const authority = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
    return scheme === undefined ? { authority, query } : { scheme, authority, query };
}
/** RFC 3986 scheme syntax (urlsplit reads `localhost:8080` as scheme `localhost` too). */
function isSchemeText(text) {
    return /^[a-z][a-z0-9+.-]*$/i.test(text);
}
function isLocalIpcScheme(scheme) {
    // `http+unix` (requests-unixsocket), `ws+unix`, `redis+unix`: transport over a Unix socket.
    return LOCAL_IPC_SCHEMES.has(scheme) || scheme.endsWith('+unix');
}
/** Drops `user[:password]@`; the last `@` ends the user part, as in urllib. */
function hostPortOf(authority) {
    return authority.slice(authority.lastIndexOf('@') + 1);
}
function classifyUrl(text) {
    if (/^(?:\\\\|\/\/)[.?][\\/]pipe[\\/]/i.test(text))
        return { kind: 'unix', reason: 'a local Windows named pipe' };
    if (/^(?:\\\\|\/\/)[.?][\\/]/.test(text))
        return { kind: 'local-file', reason: 'a local Windows device path' };
    if (text.startsWith('\\\\')) {
        // A UNC path reaches the named server over SMB.
        return toDestination(classifyHost(text.slice(2).split('\\')[0]));
    }
    const url = splitUrl(text);
    const scheme = url.scheme;
    if (scheme !== undefined && !hasHole(scheme)) {
        if (isLocalIpcScheme(scheme))
            return { kind: 'unix', reason: `${scheme}: URL is local IPC` };
        if (scheme === 'file')
            return { kind: 'local-file', reason: 'file: URL reads the local file system' };
        if (scheme === 'data')
            return { kind: 'local-file', reason: 'data: URL carries its content inline' };
    }
    if (url.authority === undefined) {
        if (text.startsWith(value_js_1.UNKNOWN_CHAR))
            return { kind: 'unknown', reason: `URL "${display(text)}" starts with an unknown part` };
        return { kind: 'unknown', reason: `"${display(text)}" has no host (relative URL)` };
    }
    const host = splitHostPort(hostPortOf(url.authority)).host;
    if (host === '')
        return { kind: 'unknown', reason: `URL "${display(text)}" has an empty host` };
    // With an unknown scheme the host still decides: no scheme reaches a loopback host remotely.
    return toDestination(classifyHost(host));
}
/** Splits `host:port`, `[v6]:port` and bare IPv6 (two or more colons, no brackets). */
function splitHostPort(text) {
    if (text.startsWith('[')) {
        const close = text.indexOf(']');
        if (close < 0)
            return { host: text };
        const after = text.slice(close + 1);
        return after.startsWith(':')
            ? { host: text.slice(1, close), port: after.slice(1) }
            : { host: text.slice(1, close) };
    }
    const first = text.indexOf(':');
    if (first < 0)
        return { host: text };
    if (text.indexOf(':', first + 1) >= 0)
        return { host: text }; // bare IPv6
    return { host: text.slice(0, first), port: text.slice(first + 1) };
}
/** Classifies a host (no port, no brackets) that may contain holes. */
function classifyHost(host) {
    if (hasHole(host))
        return classifyPartialHost(host);
    return classifyKnownHost(host);
}
function classifyKnownHost(host) {
    if (host === '')
        return { kind: 'unknown', host, reason: 'empty host' };
    // Before the URL parser: it rejects zone ids (`fe80::1%eth0`), which sockets accept.
    if (ipaddr_js_1.default.IPv6.isValid(host))
        return classifyAddress(ipaddr_js_1.default.IPv6.parse(host));
    // Delimiters would make the URL parser read a different host; '%' it would decode, Python would not.
    if (/[\s/?#@\\:%[\]<>^|]/.test(host)) {
        return { kind: 'unknown', host, reason: `"${host}" is not a valid host name or address` };
    }
    let normalised;
    try {
        // The WHATWG host parser lower-cases, applies IDNA and reads every IPv4 number spelling.
        normalised = new URL(`http://${host}/`).hostname;
    }
    catch {
        return { kind: 'unknown', host, reason: `"${host}" is not a valid host name or address` };
    }
    if (ipaddr_js_1.default.IPv4.isValidFourPartDecimal(normalised))
        return classifyAddress(ipaddr_js_1.default.IPv4.parse(normalised));
    const name = normalised.endsWith('.') ? normalised.slice(0, -1) : normalised;
    if (LOOPBACK_NAMES.includes(name))
        return { kind: 'loopback', host: name };
    if (name.endsWith('.localhost')) {
        return {
            kind: 'unknown',
            host: name,
            reason: `"${name}" is loopback only where the resolver follows RFC 6761`,
        };
    }
    return { kind: 'remote', host: name };
}
function classifyAddress(address) {
    const v4 = address instanceof ipaddr_js_1.default.IPv6 && address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
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
function classifyPartialHost(host) {
    const shown = display(host);
    const tail = host.slice(host.lastIndexOf(value_js_1.UNKNOWN_CHAR) + 1).toLowerCase();
    const unknown = (why) => ({ kind: 'unknown', host, reason: `host "${shown}" ${why}` });
    const suffix = tail.endsWith('.') ? tail.slice(0, -1) : tail;
    if (suffix === '')
        return unknown('is not known');
    if (/[:[\]]/.test(suffix))
        return unknown('is partly unknown');
    const labels = suffix.split('.');
    const last = labels[labels.length - 1];
    const lastIsWhole = labels.length > 1;
    // WHATWG and inet_aton read a last label of digits or 0x-hex as an IPv4 number.
    const couldBeNumber = lastIsWhole ? /^(?:\d+|0x[0-9a-f]*)$/.test(last) : /^(?:0?x)?[0-9a-f]*$/.test(last);
    if (last === '' || couldBeNumber)
        return unknown('is partly unknown and may be an IP address');
    const couldBeLoopbackName = LOOPBACK_NAMES.some((name) => name.endsWith(suffix)) ||
        '.localhost'.endsWith(suffix) ||
        suffix.endsWith('.localhost');
    if (couldBeLoopbackName)
        return unknown('is partly unknown and may be a loopback name');
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
function classifyHostList(hosts) {
    const network = hosts.filter((host) => host !== '' && !host.startsWith('/'));
    if (network.length === 0)
        return { kind: 'unix', reason: 'the host is a Unix socket folder' };
    const classes = network.map((host) => toDestination(classifyHost(host)));
    // One remote host is egress; one unknown host leaves it open.
    return classes.find((c) => c.kind === 'remote') ?? classes.find((c) => c.kind === 'unknown') ?? classes[0];
}
function classifyDsn(text) {
    const url = splitUrl(text);
    if (url.scheme !== undefined && url.authority !== undefined) {
        const scheme = url.scheme;
        if (scheme.startsWith('sqlite') || scheme.startsWith('duckdb')) {
            return { kind: 'local-file', reason: `${scheme}: database is a local file` };
        }
        if (isLocalIpcScheme(scheme))
            return { kind: 'unix', reason: `${scheme}: DSN is a Unix-domain socket` };
        // libpq lets `?host=` override the authority (and name a socket folder).
        const queryHost = libpqParams(url.query.replace(/&/g, ' ')).get('host');
        if (queryHost !== undefined)
            return classifyHostList(decodePercent(queryHost).split(','));
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
    if (text.includes(';'))
        return classifyOdbc(text);
    if (/^\s*\w+\s*=/.test(text)) {
        const params = libpqParams(text);
        const hosts = params.get('hostaddr') ?? params.get('host');
        if (hosts === undefined)
            return { kind: 'unix', reason: 'no host: libpq connects to its local Unix socket' };
        return classifyHostList(hosts.split(',').map((host) => host.trim()));
    }
    // EZConnect (`host:port/service`) or a bare host; a single word may be a tnsnames/ODBC alias.
    const hostPart = text.replace(/^\/\//, '').split('/')[0];
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
function libpqParams(text) {
    const params = new Map();
    let at = 0;
    while (at < text.length) {
        const match = /\s*([\w.]+)\s*=\s*/y;
        match.lastIndex = at;
        const key = match.exec(text);
        if (!key)
            break;
        at = match.lastIndex;
        let value = '';
        if (text[at] === "'") {
            at++;
            while (at < text.length && text[at] !== "'") {
                if (text[at] === '\\')
                    at++;
                value += text[at] ?? '';
                at++;
            }
            at++;
        }
        else {
            while (at < text.length && !/\s/.test(text[at]))
                value += text[at++];
        }
        params.set(key[1].toLowerCase(), value);
    }
    return params;
}
/** ODBC (`Driver={...};Server=tcp:host,1433;...`): the server names the host. */
function classifyOdbc(text) {
    let server;
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
    const host = server.replace(/^tcp:/i, '').split(',')[0].split('\\')[0].trim();
    // SQL Server spells the local machine '.', '(local)' and '(localdb)'.
    if (['.', '(local)', '(localdb)'].includes(host.toLowerCase()))
        return { kind: 'loopback', host };
    return toDestination(classifyHost(splitHostPort(host).host));
}
function decodePercent(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `ssh://user@host:22`, `user@host`, scp-style `user@host:path`, `host`, `[v6]:path`, or a local path. */
function classifySsh(text) {
    const url = splitUrl(text);
    if (url.scheme !== undefined && url.authority !== undefined)
        return classifyUrl(text);
    const at = text.indexOf('@');
    const slash = text.indexOf('/');
    const hasUser = at >= 0 && (slash < 0 || at < slash);
    const target = hasUser ? text.slice(at + 1) : text;
    if (target.startsWith('['))
        return toDestination(classifyHost(splitHostPort(target).host));
    if (ipaddr_js_1.default.IPv6.isValid(target))
        return toDestination(classifyHost(target));
    const colon = target.indexOf(':');
    // scp: a '/' before the first ':' (or a path with no ':') is a local file, not a host.
    if (!hasUser && slash >= 0 && (colon < 0 || slash < colon)) {
        return { kind: 'local-file', reason: 'a local path, not a remote host' };
    }
    if (!hasUser && /^[.~]/.test(target) && colon < 0)
        return { kind: 'local-file', reason: 'a local path, not a remote host' };
    return toDestination(classifyHost(colon < 0 ? target : target.slice(0, colon)));
}


/***/ }),

/***/ 9066:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rawFinding = rawFinding;
exports.showTemplate = showTemplate;
exports.provenanceOf = provenanceOf;
exports.showFlat = showFlat;
exports.scanProblem = scanProblem;
const value_js_1 = __nccwpck_require__(2904);
/** A RawFinding of `ruleId` at the fact's place. */
function rawFinding(ruleId, place, parts) {
    const details = { ...parts.details };
    if (place.chain?.length)
        details.chain = [...(details.chain ?? []), ...place.chain];
    const finding = {
        ruleId,
        ...place.range,
        confidence: parts.confidence,
        evidence: parts.evidence ?? place.evidence,
        details,
        subject: parts.subject,
        statement: place.statement,
        scope: place.scope,
    };
    if (parts.variant)
        finding.variant = parts.variant;
    return finding;
}
/** A template written for people: holes as `<provenance>`. */
function showTemplate(template) {
    return template.map((p) => (typeof p === 'string' ? p : `<${p.hole}>`)).join('');
}
/** Provenance of the unknown parts of some templates, joined for `details.provenance`. */
function provenanceOf(templates) {
    const notes = [...new Set(templates.flatMap(value_js_1.holeNotes))];
    return notes.length ? notes.join('; ') : undefined;
}
/** Replaces the unknown marker for display. */
function showFlat(text) {
    return text.split(value_js_1.UNKNOWN_CHAR).join('<?>');
}
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/**
 * A SCAN001 finding: the file was not fully analysed. `range` defaults to the start of the file,
 * `subject` (fingerprint and statement) to the problem itself.
 */
function scanProblem(problem, place = {}) {
    const subject = place.subject ?? problem;
    return rawFinding('SCAN001', {
        range: place.range ?? FILE_START,
        evidence: place.evidence ?? problem,
        statement: subject,
        scope: 'module',
    }, {
        confidence: 'high',
        subject,
        details: {
            problem,
            ...(place.errors !== undefined ? { errors: place.errors } : {}),
            ...(place.language !== undefined ? { language: place.language } : {}),
        },
    });
}


/***/ }),

/***/ 9459:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.matchNetwork = matchNetwork;
exports.matchListen = matchListen;
const value_js_1 = __nccwpck_require__(2904);
const destination_js_1 = __nccwpck_require__(3621);
const finding_builder_js_1 = __nccwpck_require__(9066);
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** The spellings a destination value can take, with the form to classify them by. */
function spellings(value, form) {
    switch (value.kind) {
        case 'str':
            if (form === 'address')
                return 'unix'; // a string where a tuple is expected is an AF_UNIX path
            return value.options.map((template) => ({ template, form }));
        case 'seq': {
            if (form !== 'address' && form !== 'host')
                return undefined;
            const host = value.items[0];
            if (!host)
                return undefined;
            if (host.kind === 'str')
                return host.options.map((template) => ({ template, form: 'host' }));
            if (host.kind === 'none')
                return [{ template: [''], form: 'host' }];
            return [{ template: [{ hole: describeUnknown(host) }], form: 'host' }];
        }
        case 'dict':
            if (form !== 'proxies')
                return undefined;
            return value.entries.flatMap(([, v]) => v.kind === 'str' ? v.options.map((template) => ({ template, form: 'url' })) : []);
        case 'unknown':
            return [{ template: [{ hole: value.reason }], form }];
        default:
            return undefined;
    }
}
function describeUnknown(value) {
    return value.kind === 'unknown' ? value.reason : `a ${value.kind} value`;
}
/** Follows `urlopen(Request(url))`: the destination travels inside the request object. */
function throughConstructor(value, lookup) {
    if (value.kind !== 'instance' || !value.origin)
        return value;
    const entries = lookup(value.origin.callee);
    const inner = entries?.[0] ? (0, value_js_1.argumentValue)(value.origin, entries[0].dest) : undefined;
    return inner ?? value;
}
/** Joins a relative URL to the receiver's base URL (httpx `base_url`). */
function withBase(value, site, entry) {
    if (!entry.receiver_base ||
        value.kind !== 'str' ||
        site.receiver?.kind !== 'instance' ||
        !site.receiver.origin)
        return value;
    const base = (0, value_js_1.argumentValue)(site.receiver.origin, entry.receiver_base);
    if (base?.kind !== 'str')
        return value;
    const absolute = value.options.every((t) => typeof t[0] === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(t[0]));
    if (absolute)
        return value;
    return { kind: 'str', options: base.options.flatMap((b) => value.options.map((t) => [...b, ...t])) };
}
/**
 * Classifies one spelling. `BASE_URL + path` leaves the host's end unknown; when the known part
 * already names a whole remote host, the unknown rest is read as the path (that the rest
 * extends the host name is far-fetched), so the host decides.
 */
function classifyWithBase(template, form) {
    const cls = (0, destination_js_1.classifyDestination)((0, value_js_1.flatten)(template), form);
    const [head, next] = template;
    if (cls.kind !== 'unknown' ||
        form !== 'url' ||
        typeof head !== 'string' ||
        typeof next === 'string' ||
        !next) {
        return cls;
    }
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+$/i.test(head))
        return cls;
    const asPath = (0, destination_js_1.classifyDestination)((0, value_js_1.flatten)([head, '/', ...template.slice(1)]), form);
    return asPath.kind === 'remote' ? asPath : cls;
}
/** NET001/NET002 for one call against one network catalog entry. */
function matchNetwork(fact, entry, lookup) {
    const { site } = fact;
    const api = site.callee;
    let value = (0, value_js_1.argumentValue)(site, entry.dest);
    if (value?.kind === 'none')
        value = undefined;
    if (!value) {
        if ((entry.dest.kw !== undefined && site.hasStarKwargs) ||
            (entry.dest.pos !== undefined && site.hasStarArgs)) {
            return net002(fact, api, 'passed through *args/**kwargs', 'arguments forwarded from elsewhere');
        }
        switch (entry.when_missing) {
            case 'skip':
            case 'loopback':
                return undefined;
            case 'dynamic':
                return net002(fact, api, 'the library default', `no destination given to ${api}`);
            case 'public':
                return (0, finding_builder_js_1.rawFinding)('NET001', fact, {
                    confidence: 'medium',
                    subject: `${api} ${entry.default_destination ?? 'default endpoint'}`,
                    details: {
                        qualified_name: api,
                        destination: entry.default_destination ?? 'the library default endpoint',
                        provenance: 'library default',
                    },
                });
        }
    }
    value = withBase(throughConstructor(value, lookup), site, entry);
    let forms = spellings(value, entry.dest.form);
    if (forms === 'unix')
        return undefined;
    if (entry.only_urls) {
        forms = forms?.filter(({ template }) => typeof template[0] === 'string' && URL_SCHEME.test(template[0]));
        if (!forms?.length)
            return undefined;
    }
    if (!forms?.length)
        return net002(fact, api, describeUnknown(value), `a ${value.kind} value the analysis cannot read`);
    const judged = forms.map(({ template, form }) => ({
        template,
        shown: (0, finding_builder_js_1.showTemplate)(template),
        cls: classifyWithBase(template, form),
    }));
    const remote = judged.filter((j) => j.cls.kind === 'remote');
    if (remote.length) {
        const first = remote[0];
        const details = {
            qualified_name: api,
            destination: first.shown,
            ...(first.cls.host ? { host: first.cls.host } : {}),
            ...((0, finding_builder_js_1.provenanceOf)(judged.map((j) => j.template))
                ? { provenance: (0, finding_builder_js_1.provenanceOf)(judged.map((j) => j.template)) }
                : {}),
        };
        return (0, finding_builder_js_1.rawFinding)('NET001', fact, {
            confidence: remote.length === judged.length ? 'high' : 'medium',
            subject: `${api} ${first.cls.host ?? first.shown}`,
            details,
        });
    }
    const unknowns = judged.filter((j) => j.cls.kind === 'unknown');
    if (unknowns.length) {
        return net002(fact, api, unknowns.map((j) => j.shown).join(' | '), (0, finding_builder_js_1.provenanceOf)(unknowns.map((j) => j.template)) ?? unknowns[0].cls.reason ?? 'unknown');
    }
    return undefined;
}
function net002(fact, api, destination, provenance) {
    return (0, finding_builder_js_1.rawFinding)('NET002', fact, {
        confidence: 'medium',
        subject: `${api} ${provenance}`,
        details: { qualified_name: api, destination, provenance },
    });
}
/** NET003 (or NET002 for a dynamic bind address) for one call against one listener entry. */
function matchListen(fact, entry) {
    const { site } = fact;
    const api = site.callee;
    // `sock=`, `path=`, `listen=` replace the bind address: the listener is what they say, and
    // only a `host:port` spelling of all interfaces (waitress `listen="*:8080"`) is exposed.
    const replacements = (entry.unless_present ?? [])
        .map((ref) => (0, value_js_1.argumentValue)(site, ref))
        .filter((v) => v !== undefined);
    if (replacements.length) {
        const exposed = replacements
            .flatMap((v) => (v.kind === 'str' ? v.options : []))
            .find((t) => ['all', 'specific'].includes((0, destination_js_1.classifyBind)((0, value_js_1.flatten)(t), 'hostport').kind));
        return exposed ? net003(fact, api, `${(0, finding_builder_js_1.showTemplate)(exposed)} (listen address)`, 'high') : undefined;
    }
    const value = (0, value_js_1.argumentValue)(site, entry.bind);
    let texts;
    if (!value || value.kind === 'none') {
        if (!value &&
            ((entry.bind.kw !== undefined && site.hasStarKwargs) ||
                (entry.bind.pos !== undefined && site.hasStarArgs))) {
            return net002(fact, api, 'bind address passed through *args/**kwargs', 'arguments forwarded from elsewhere');
        }
        if (entry.when_missing !== 'all')
            return undefined;
        return net003(fact, api, value ? 'None (all interfaces)' : 'default (all interfaces)', 'high');
    }
    if (value.kind === 'seq') {
        const host = value.items[0];
        if (!host)
            return undefined;
        if (host.kind === 'none')
            return net003(fact, api, 'None (all interfaces)', 'high');
        texts =
            host.kind === 'str'
                ? host.options.map((template) => ({ template, form: 'host' }))
                : [{ template: [{ hole: describeUnknown(host) }], form: 'host' }];
    }
    else if (value.kind === 'str') {
        if (entry.bind.form === 'address')
            return undefined; // AF_UNIX path
        texts = value.options.map((template) => ({ template, form: entry.bind.form }));
    }
    else if (value.kind === 'unknown') {
        texts = [{ template: [{ hole: value.reason }], form: entry.bind.form }];
    }
    else
        return undefined;
    const judged = texts.map((t) => ({ ...t, cls: (0, destination_js_1.classifyBind)((0, value_js_1.flatten)(t.template), t.form) }));
    const exposed = judged.find((j) => j.cls.kind === 'all' || j.cls.kind === 'specific');
    if (exposed) {
        const shown = (0, finding_builder_js_1.showTemplate)(exposed.template);
        const what = exposed.cls.kind === 'all' ? `${shown || "''"} (all interfaces)` : `${shown} (a network interface)`;
        return net003(fact, api, what, judged.every((j) => j.cls.kind === 'all' || j.cls.kind === 'specific') ? 'high' : 'medium');
    }
    const unknowns = judged.filter((j) => j.cls.kind === 'unknown');
    if (unknowns.length) {
        return net002(fact, api, unknowns.map((j) => (0, finding_builder_js_1.showTemplate)(j.template)).join(' | '), (0, finding_builder_js_1.provenanceOf)(unknowns.map((j) => j.template)) ?? 'unknown bind address');
    }
    return undefined;
}
function net003(fact, api, bind, confidence) {
    return (0, finding_builder_js_1.rawFinding)('NET003', fact, {
        confidence,
        subject: `${api} ${bind}`,
        details: { qualified_name: api, destination: bind },
    });
}


/***/ }),

/***/ 5598:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BIDI_CONTROL = void 0;
exports.matchDecodedExecution = matchDecodedExecution;
exports.matchBlob = matchBlob;
exports.matchTrojanSource = matchTrojanSource;
const finding_builder_js_1 = __nccwpck_require__(9066);
function decodersOf(value) {
    return (value.kind === 'str' || value.kind === 'unknown') && value.via ? value.via : [];
}
/** OBF001 when any argument of an execution sink went through a decoder. */
function matchDecodedExecution(fact, sinkRule) {
    const values = [...fact.site.positional, ...fact.site.keywords.values()];
    const chain = values.map(decodersOf).find((v) => v.length);
    if (!chain)
        return undefined;
    return (0, finding_builder_js_1.rawFinding)('OBF001', fact, {
        confidence: 'high',
        subject: `${chain.join(' > ')} > ${fact.site.callee}`,
        details: { qualified_name: fact.site.callee, chain: [...chain, fact.site.callee], sink_rule: sinkRule },
    });
}
/** Code and executable markers a hidden payload gives itself away by. */
const PAYLOAD_MARKERS = /\b(?:import\s+\w|exec\s*\(|eval\s*\(|__import__|subprocess|os\.system|socket\.|powershell|Invoke-Expression|\/bin\/(?:ba)?sh)|^MZ|^\x7fELF/;
function decodesToPayload(text) {
    const compact = text.replace(/\s+/g, '');
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length % 4 === 0) {
        const decoded = Buffer.from(compact, 'base64').toString('latin1');
        return PAYLOAD_MARKERS.test(decoded);
    }
    if (/^(?:[0-9a-fA-F]{2})+$/.test(compact))
        return PAYLOAD_MARKERS.test(Buffer.from(compact, 'hex').toString('latin1'));
    return false;
}
/**
 * OBF001 for a long literal that is an encoded payload: Base64 or hex that decodes to code or
 * an executable. Encoded images, keys and certificates in honest repositories decode to
 * neither, so they stay silent.
 */
function matchBlob(fact, catalog) {
    const { text } = fact;
    if (text.length < catalog.blobs.base64_min_length || !decodesToPayload(text))
        return undefined;
    return (0, finding_builder_js_1.rawFinding)('OBF001', fact, {
        confidence: 'medium',
        subject: `encoded payload ${text.length}`,
        evidence: `${text.slice(0, 60)}… (${text.length} characters)`,
        details: { payload_length: text.length },
    });
}
/** Bidirectional-control characters that make source read differently from how it runs. */
exports.BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/** OBF001 for each line holding bidirectional-control characters (CVE-2021-42574), at most 20. */
function matchTrojanSource(source) {
    const findings = [];
    if (!exports.BIDI_CONTROL.test(source))
        return findings;
    const lines = source.split('\n');
    for (let i = 0; i < lines.length && findings.length < 20; i++) {
        const line = lines[i];
        const column = line.search(exports.BIDI_CONTROL);
        if (column === -1)
            continue;
        const codepoint = line.codePointAt(column).toString(16).toUpperCase().padStart(4, '0');
        findings.push((0, finding_builder_js_1.rawFinding)('OBF001', {
            range: { line: i + 1, column: column + 1, endLine: i + 1, endColumn: column + 2 },
            evidence: `bidirectional control character U+${codepoint} in source`,
            statement: `U+${codepoint}`,
            scope: 'module',
        }, { confidence: 'high', subject: `bidi U+${codepoint}`, details: { character: `U+${codepoint}` } }));
    }
    return findings;
}


/***/ }),

/***/ 6486:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pythonPrefilter = pythonPrefilter;
const python_words_js_1 = __nccwpck_require__(1377);
const api_index_js_1 = __nccwpck_require__(8448);
const obfuscation_js_1 = __nccwpck_require__(5598);
/** Builtins through which the resolver reaches any name from a computed string. */
const ALWAYS = ['__import__', 'globals', 'locals', 'vars', '__builtins__'];
const segments = (name) => name.split('.');
const root = (name) => segments(name)[0];
const last = (name) => segments(name).at(-1);
/**
 * Every spelling a segment of a catalog name can have in source, through the alias catalog
 * (transitively): `posix` spells the root `os`, `http_client` (six.moves) spells `client`,
 * `session` spells `Session` because `requests.session()` returns a `requests.Session`.
 */
function spellingsOf(pack) {
    const closure = (edges) => {
        const spellings = new Map();
        const get = (n) => {
            let set = spellings.get(n);
            if (!set)
                spellings.set(n, (set = new Set([n])));
            return set;
        };
        for (let changed = true; changed;) {
            changed = false;
            for (const [from, to] of edges) {
                const target = get(to);
                for (const spelling of get(from)) {
                    if (!target.has(spelling)) {
                        target.add(spelling);
                        changed = true;
                    }
                }
            }
        }
        return get;
    };
    const { modules, names, returns } = pack.aliases;
    const aliases = [...Object.entries(modules), ...Object.entries(names), ...Object.entries(returns)];
    // `__builtins__` is the resolver's own spelling of the builtins module.
    const roots = closure([
        ...aliases.map(([from, to]) => [root(from), root(to)]),
        ['__builtins__', 'builtins'],
    ]);
    const lasts = closure(aliases.map(([from, to]) => [last(from), last(to)]));
    return { root: (name) => roots(root(name)), segment: (name) => lasts(name) };
}
function triggersOf(pack, policies) {
    const spellings = spellingsOf(pack);
    const triggers = {
        bare: new Set([...ALWAYS, ...spellings.root('builtins')]),
        finals: new Map(),
        // sys.modules, importlib.import_module and operator.attrgetter look names up themselves.
        roots: new Set(['sys', 'importlib', 'operator']),
        minPayload: pack.obfuscation.blobs.base64_min_length,
        everything: false,
    };
    const addApi = (api) => {
        const parts = segments(api);
        if (parts[0] === 'builtins')
            triggers.bare.add(parts.at(-1));
        const requirement = { roots: spellings.root(api) };
        if (parts.length > 2)
            requirement.owner = spellings.segment(parts.at(-2));
        for (const r of requirement.roots)
            triggers.roots.add(r);
        for (const final of spellings.segment(parts.at(-1))) {
            const list = triggers.finals.get(final);
            if (list)
                list.push(requirement);
            else
                triggers.finals.set(final, [requirement]);
        }
    };
    for (const api of (0, api_index_js_1.apiIndex)(pack).names)
        addApi(api);
    for (const module of pack.networkModules)
        addApi(module);
    for (const decoder of pack.obfuscation.decoders)
        addApi(decoder);
    for (const policy of policies) {
        if (!policy.is_active)
            continue;
        if (root(policy.pattern).includes('*'))
            triggers.everything = true;
        for (const spelling of spellings.root(policy.pattern))
            triggers.bare.add(spelling);
    }
    return triggers;
}
/** Whether the file names any module root as a plain name (a computed lookup could reach anything in it). */
function namesARoot({ bare }, t) {
    for (const r of t.roots)
        if (bare.has(r))
            return true;
    return false;
}
function mayMatchWords(words, t) {
    const { bare, attributes, quoted } = words;
    for (const name of bare)
        if (t.bare.has(name))
            return true;
    const mentioned = (name) => bare.has(name) || attributes.has(name) || quoted.has(name);
    // A module root is named as a plain name, or as a string a literal lookup imports
    // (`importlib.import_module("os")`, `sys.modules["os"]`).
    const named = (name) => bare.has(name) || quoted.has(name);
    const anyOf = (set, has) => {
        for (const name of set)
            if (has(name))
                return true;
        return false;
    };
    for (const [final, requirements] of t.finals) {
        if (!mentioned(final))
            continue;
        for (const { roots, owner } of requirements) {
            if (anyOf(roots, named) && (!owner || anyOf(owner, mentioned)))
                return true;
        }
    }
    return words.longestEncodedLiteral >= t.minPayload;
}
const built = new WeakMap();
const NO_POLICIES = [];
/** The prefilter for `pack` (and the rules of `policies`, which match names too), built once per pair. */
function pythonPrefilter(pack, policies = NO_POLICIES) {
    let byPolicies = built.get(pack);
    if (!byPolicies)
        built.set(pack, (byPolicies = new WeakMap()));
    let prefilter = byPolicies.get(policies);
    if (!prefilter) {
        const triggers = triggersOf(pack, policies);
        prefilter = {
            mayMatch: (source) => {
                if (triggers.everything || obfuscation_js_1.BIDI_CONTROL.test(source))
                    return true;
                const words = (0, python_words_js_1.pythonWords)(source);
                return mayMatchWords(words, triggers) || ((0, python_words_js_1.hasComputedLookup)(source) && namesARoot(words, triggers));
            },
        };
        byPolicies.set(policies, prefilter);
    }
    return prefilter;
}


/***/ }),

/***/ 5344:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.matchProcess = matchProcess;
const value_js_1 = __nccwpck_require__(2904);
const values_js_1 = __nccwpck_require__(4849);
const destination_js_1 = __nccwpck_require__(3621);
const finding_builder_js_1 = __nccwpck_require__(9066);
const shell_words_js_1 = __nccwpck_require__(5983);
/** Shell metacharacters that make a command string more than one plain program run. */
const SHELL_META = /[;&|`$<>*?(){}\n]/;
function word(value) {
    if (value.kind === 'qualname' && value.name === 'sys.executable')
        return 'sys.executable';
    if (value.kind === 'str' && value.options.length === 1)
        return (0, value_js_1.flatten)(value.options[0]);
    if (value.kind === 'num')
        return String(value.value);
    return value_js_1.UNKNOWN_CHAR;
}
function shownWord(value) {
    if (value.kind === 'qualname' && value.name === 'sys.executable')
        return 'sys.executable';
    if (value.kind === 'str' && value.options.length === 1)
        return (0, finding_builder_js_1.showTemplate)(value.options[0]);
    if (value.kind === 'num')
        return String(value.value);
    return `<${(0, values_js_1.describe)(value)}>`;
}
function fromShellString(template) {
    const text = (0, value_js_1.flatten)(template);
    return {
        segments: (0, shell_words_js_1.shellSegments)(text),
        shown: (0, finding_builder_js_1.showTemplate)(template),
        viaShell: true,
        dynamic: text.includes(value_js_1.UNKNOWN_CHAR),
        metachars: SHELL_META.test(text.split(value_js_1.UNKNOWN_CHAR).join('')),
    };
}
/** Reads the command of a process call, or undefined when it cannot be told at all. */
function readCommand(fact, entry, shell) {
    const { site } = fact;
    let value;
    if (entry.spread === 'varargs' && entry.command.pos !== undefined) {
        value = { kind: 'seq', items: site.positional.slice(entry.command.pos), tuple: true };
    }
    else
        value = (0, value_js_1.argumentValue)(site, entry.command);
    if (!value)
        return undefined;
    if (value.kind === 'seq') {
        if (shell && value.items[0]?.kind === 'str' && value.items.length >= 1) {
            // shell=True with a list: the first item is the shell string, the rest its $0, $1...
            return fromShellString(value.items[0].options[0] ?? []);
        }
        const words = value.items.map(word);
        return {
            segments: [words],
            shown: value.items.map(shownWord).join(' '),
            viaShell: false,
            dynamic: false,
            metachars: false,
        };
    }
    if (value.kind === 'str') {
        if (shell) {
            const commands = value.options.map(fromShellString);
            return {
                segments: commands.flatMap((c) => c.segments),
                shown: commands.map((c) => c.shown).join(' | or | '),
                viaShell: true,
                dynamic: commands.some((c) => c.dynamic),
                metachars: commands.some((c) => c.metachars),
            };
        }
        // Without a shell a string is the program alone.
        return {
            segments: value.options.map((t) => [(0, value_js_1.flatten)(t)]),
            shown: value.options.map(finding_builder_js_1.showTemplate).join(' | '),
            viaShell: false,
            dynamic: false,
            metachars: false,
        };
    }
    if (value.kind === 'unknown') {
        return {
            segments: [[value_js_1.UNKNOWN_CHAR]],
            shown: `<${value.reason}>`,
            viaShell: shell,
            dynamic: true,
            metachars: false,
        };
    }
    return undefined;
}
function shellFlag(fact, entry) {
    if (entry.shell === 'always')
        return 'yes';
    if (entry.shell === 'never' || !entry.shell_arg)
        return 'no';
    const flag = (0, value_js_1.argumentValue)(fact.site, entry.shell_arg);
    if (!flag)
        return fact.site.hasStarKwargs ? 'maybe' : 'no';
    switch (flag.kind) {
        case 'bool':
            return flag.value ? 'yes' : 'no';
        case 'num':
            return flag.value ? 'yes' : 'no';
        case 'none':
            return 'no';
        case 'str':
            return (0, value_js_1.flatten)(flag.options[0] ?? []) === '' ? 'no' : 'yes';
        default:
            return 'maybe';
    }
}
/** Every finding one process call gives. */
function matchProcess(fact, entry, tools) {
    const api = fact.site.callee;
    const shell = shellFlag(fact, entry);
    const command = readCommand(fact, entry, shell !== 'no');
    const shown = command?.shown ?? '<unknown command>';
    const base = { qualified_name: api, command: shown };
    const findings = [];
    // `sh -c "..."` inside an argv runs a shell string too.
    const segments = (command?.segments ?? [[value_js_1.UNKNOWN_CHAR]]).flatMap((words) => {
        const inner = (0, shell_words_js_1.unwrapCommand)(words);
        return inner.shellString !== undefined ? (0, shell_words_js_1.shellSegments)(inner.shellString) : [inner.words];
    });
    const nestedShell = (command?.segments ?? []).some((w) => (0, shell_words_js_1.unwrapCommand)(w).shellString !== undefined);
    // Every run through a shell is PEX001: shell=True, os.system/os.popen, `sh -c` in an argv.
    const shellRisk = shell === 'yes'
        ? entry.shell === 'always'
            ? `a shell string run by ${api}`
            : 'shell=True'
        : shell === 'maybe'
            ? 'a shell flag that is not a constant'
            : nestedShell
                ? 'a shell started with -c'
                : undefined;
    if (shellRisk) {
        const qualities = command?.dynamic
            ? ', with dynamic parts'
            : command?.metachars
                ? ', with metacharacters'
                : '';
        findings.push((0, finding_builder_js_1.rawFinding)('PEX001', fact, {
            confidence: shell === 'maybe' ? 'medium' : 'high',
            subject: `${api} ${shown}`,
            details: { ...base, shell: `${shellRisk}${qualities}` },
        }));
    }
    let tooling = false;
    for (const segment of segments) {
        const words = asModuleRun(segment, tools);
        const program = (0, shell_words_js_1.programName)(words[0] ?? '');
        if (!program)
            continue;
        const args = words.slice(1);
        const network = tools.network.includes(program) || reachesNetwork(program, args, tools);
        if (network || tools.persistence.includes(program)) {
            tooling = true;
            findings.push((0, finding_builder_js_1.rawFinding)('PEX002', fact, {
                confidence: 'high',
                subject: `${api} ${program}`,
                details: { ...base, tool: program, reaches: network ? 'network' : 'persistence' },
            }));
        }
        for (const pc of tools.persistence_commands) {
            if (pc.tool !== program)
                continue;
            const lower = args.map((a) => a.toLowerCase());
            const when = !pc.when_args || pc.when_args.some((w) => lower.includes(w.toLowerCase()));
            const unless = pc.unless_args?.some((u) => lower.includes(u.toLowerCase())) ?? false;
            if (when && !unless) {
                findings.push((0, finding_builder_js_1.rawFinding)(pc.rule, fact, {
                    confidence: 'high',
                    subject: `${api} ${program} ${args.join(' ')}`.trim(),
                    details: { ...base, tool: program },
                }));
            }
        }
        if (network)
            findings.push(...toolDestinations(fact, program, args, base));
    }
    if (!shellRisk && !tooling) {
        const orchestration = isOrchestration(segments, tools);
        findings.push((0, finding_builder_js_1.rawFinding)('PEX003', fact, {
            confidence: command ? 'high' : 'medium',
            subject: `${api} ${shown}`,
            details: base,
            ...(orchestration ? { variant: 'orchestration' } : {}),
        }));
    }
    return findings;
}
/** `python -m pip install x` runs the module as a program: judge it as `pip install x`. */
function asModuleRun(words, tools) {
    const program = (0, shell_words_js_1.programName)(words[0] ?? '');
    if (!(tools.interpreters.includes(program) || program === 'sys.executable'))
        return words;
    const flag = words.indexOf('-m');
    return flag > 0 && words[flag + 1] ? words.slice(flag + 1) : words;
}
/** Programs that reach the network only with some sub-commands (`git clone`, `pip install`). */
function reachesNetwork(program, args, tools) {
    const lower = args.map((a) => a.toLowerCase());
    return (tools.network_commands ?? []).some((c) => c.tool === program && c.when_args.some((w) => lower.includes(w)));
}
/** A bare dotted-quad argument (`nc 198.51.100.1 9`); names are not guessed from words like `data.json`. */
const IPV4_LITERAL = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SSH_TOOLS = new Set(['ssh', 'scp', 'sftp', 'rsync', 'sshpass']);
/** NET001/NET002 for URLs and hosts handed to network tools (`curl https://...`). */
function toolDestinations(fact, program, args, base) {
    const out = [];
    for (const arg of args) {
        if (arg.startsWith('-'))
            continue;
        const form = arg.includes('://')
            ? 'url'
            : SSH_TOOLS.has(program) && /@|:/.test(arg)
                ? 'ssh'
                : arg === value_js_1.UNKNOWN_CHAR || IPV4_LITERAL.test(arg)
                    ? 'host'
                    : undefined;
        if (!form)
            continue;
        const cls = (0, destination_js_1.classifyDestination)(arg, form);
        if (cls.kind === 'remote') {
            out.push((0, finding_builder_js_1.rawFinding)('NET001', fact, {
                confidence: 'high',
                subject: `${program} ${cls.host ?? arg}`,
                details: { ...base, destination: (0, finding_builder_js_1.showFlat)(arg), tool: program },
            }));
        }
        else if (cls.kind === 'unknown') {
            out.push((0, finding_builder_js_1.rawFinding)('NET002', fact, {
                confidence: 'medium',
                subject: `${program} ${(0, finding_builder_js_1.showFlat)(arg)}`,
                details: {
                    ...base,
                    destination: (0, finding_builder_js_1.showFlat)(arg),
                    tool: program,
                    provenance: cls.reason ?? 'dynamic argument',
                },
            }));
        }
    }
    return out.slice(0, 1);
}
/** `python script.py` of a script shipped with the project: the orchestration case of the seed. */
function isOrchestration(segments, tools) {
    if (segments.length !== 1)
        return false;
    const [words] = segments;
    const program = (0, shell_words_js_1.programName)(words[0] ?? '');
    if (!program || !(tools.interpreters.includes(program) || program === 'sys.executable'))
        return false;
    const script = words.slice(1).find((w) => !w.startsWith('-'));
    if (!script || words.slice(1).some((w) => w === '-c' || w === '-m'))
        return false;
    // The script may sit beside this file (`Path(__file__).parent / "child.py"`): only its name must be known.
    const known = script.split(value_js_1.UNKNOWN_CHAR).pop() ?? '';
    return /\.pyw?$/i.test(known) && !/^(?:[a-z]+:)?\/\//i.test(script);
}


/***/ }),

/***/ 7469:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.matchPythonFacts = matchPythonFacts;
/**
 * Evaluates the rulepack's catalogs against one Python file's facts. Every rule asks the
 * facts (resolved names and values); none looks at raw call text.
 */
const append_all_js_1 = __nccwpck_require__(3891);
const api_index_js_1 = __nccwpck_require__(8448);
const conditions_js_1 = __nccwpck_require__(6543);
const finding_builder_js_1 = __nccwpck_require__(9066);
const network_js_1 = __nccwpck_require__(9459);
const obfuscation_js_1 = __nccwpck_require__(5598);
const process_js_1 = __nccwpck_require__(5344);
const writes_js_1 = __nccwpck_require__(3073);
/** Rules whose sinks execute what they are given: decoded input there is OBF001. */
const EXECUTION_RULES = new Set(['DEX001', 'DEX002', 'DES001', 'PEX001', 'PEX002', 'PEX003']);
function matchCall(fact, pack, out) {
    const index = (0, api_index_js_1.apiIndex)(pack);
    const entries = index.get(fact.site.callee);
    if (!entries)
        return false;
    const start = out.length;
    const lookup = (api) => index.get(api)?.network;
    for (const entry of entries.network) {
        const finding = (0, network_js_1.matchNetwork)(fact, entry, lookup);
        if (finding) {
            out.push(finding);
            break;
        }
    }
    for (const entry of entries.listen) {
        const finding = (0, network_js_1.matchListen)(fact, entry);
        if (finding) {
            out.push(finding);
            break;
        }
    }
    for (const entry of entries.process) {
        out.push(...(0, process_js_1.matchProcess)(fact, entry, pack.tools));
        break;
    }
    for (const entry of entries.calls) {
        if (entry.when && !(0, conditions_js_1.conditionHolds)(fact.site, entry.when))
            continue;
        if (entry.unless && (0, conditions_js_1.conditionHolds)(fact.site, entry.unless))
            continue;
        const rule = pack.rules.get(entry.rule);
        out.push((0, finding_builder_js_1.rawFinding)(entry.rule, fact, {
            confidence: entry.confidence ?? rule?.confidence ?? 'high',
            subject: fact.site.callee,
            details: { qualified_name: fact.site.callee },
            ...(entry.variant ? { variant: entry.variant } : {}),
        }));
    }
    for (const entry of entries.writes) {
        const finding = (0, writes_js_1.matchWrite)(fact, entry, pack.paths);
        if (finding) {
            out.push(finding);
            break;
        }
    }
    for (const entry of entries.registryWrite) {
        const finding = (0, writes_js_1.matchRegistryWrite)(fact, entry, pack.registry);
        if (finding) {
            out.push(finding);
            break;
        }
    }
    const sink = out.slice(start).find((f) => EXECUTION_RULES.has(f.ruleId));
    if (sink) {
        const obf = (0, obfuscation_js_1.matchDecodedExecution)(fact, sink.ruleId);
        if (obf)
            out.push(obf);
    }
    return entries.network.length > 0 || entries.listen.length > 0;
}
function isNetworkModule(module, modules) {
    return modules.some((m) => module === m || module.startsWith(`${m}.`));
}
/** All raw findings of one Python file: calls, imports, literals and source characters. */
function matchPythonFacts(facts, source, pack) {
    const out = [];
    let networkCallSites = 0;
    for (const fact of facts.calls)
        if (matchCall(fact, pack, out))
            networkCallSites++;
    if (networkCallSites === 0) {
        const reported = new Set();
        for (const fact of facts.imports) {
            const modules = [fact.module, ...(fact.names ?? []).map((n) => `${fact.module}.${n}`)];
            const hit = modules.find((m) => isNetworkModule(m, pack.networkModules));
            if (!hit || reported.has(hit))
                continue;
            reported.add(hit);
            out.push((0, finding_builder_js_1.rawFinding)('NET002', fact, {
                confidence: 'low',
                variant: 'import_only',
                subject: `import ${hit}`,
                details: { qualified_name: hit, provenance: 'imported, no network call site found in this file' },
            }));
        }
    }
    for (const literal of facts.literals) {
        const finding = (0, obfuscation_js_1.matchBlob)(literal, pack.obfuscation);
        if (finding)
            out.push(finding);
    }
    (0, append_all_js_1.appendAll)(out, (0, obfuscation_js_1.matchTrojanSource)(source));
    return dedupe(out);
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\u0000${f.line}\u0000${f.column}\u0000${f.subject}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 4349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.interpreterCodeFlag = interpreterCodeFlag;
exports.embeddedInCommand = embeddedInCommand;
exports.embeddedInCall = embeddedInCall;
const facts_js_1 = __nccwpck_require__(4904);
const templates_js_1 = __nccwpck_require__(2084);
const shell_words_js_1 = __nccwpck_require__(5983);
const script_rules_js_1 = __nccwpck_require__(1397);
const script_args_js_1 = __nccwpck_require__(3897);
const SHELL_FLAG = /^(-c|\/c|\/k|-lc|-ic)$/i;
/** `-EncodedCommand` and every prefix PowerShell accepts for it (`-e`, `-en`, `-enc`, ...), and `-ec`. */
const ENCODED_FLAG = /^[-/](e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|encodedcomm|encodedcomma|encodedcomman|encodedcommand)$/i;
/** `-Command` and its prefixes (`-c`, `-co`, `-com`, ...). */
const COMMAND_FLAG = /^[-/](c|co|com|comm|comma|comman|command)$/i;
/**
 * Words joined back into one command line. `quote` re-quotes words that held separators, as
 * cmd needs them to stay one word when the line is read again.
 */
function joinWords(words, quote = false) {
    const out = [];
    words.forEach((w, i) => {
        const wrap = quote && /[\s;,&|<>()]/.test((0, facts_js_1.wordText)(w));
        out.push(...(i ? [' '] : []), ...(wrap ? ['"', ...w, '"'] : w));
    });
    return (0, templates_js_1.normalise)(out);
}
/** A program and its argument list as one line; the program is quoted for cmd when it needs it. */
function commandLine(program, args, language) {
    if (!args)
        return program;
    return (0, templates_js_1.normalise)([...joinWords([program], language === 'batch'), ' ', ...args]);
}
/**
 * The index of an interpreter's `-c` option, or -1: options come before the script, so a `-c`
 * after the first plain argument belongs to the script (`python tool.py -c x`).
 */
function interpreterCodeFlag(words) {
    for (let i = 1; i < words.length; i++) {
        if (words[i] === '-c')
            return i;
        if (!words[i].startsWith('-'))
            return -1;
    }
    return -1;
}
/** The embedded code of one command, in the order its words give it. */
function embeddedInCommand(command, pack, language) {
    const texts = command.words.map(facts_js_1.wordText);
    const unwrapped = (0, shell_words_js_1.unwrapCommand)(texts);
    const offset = texts.length - unwrapped.words.length;
    const words = command.words.slice(offset);
    const program = (0, shell_words_js_1.programName)((0, facts_js_1.wordText)(words[0]));
    if (unwrapped.shellString !== undefined) {
        const flag = unwrapped.words.findIndex((w, i) => i > 0 && SHELL_FLAG.test(w));
        const isCmd = program === 'cmd';
        // `sh -c SCRIPT NAME ARG...` runs SCRIPT only; `cmd /c` runs the rest of its line.
        const code = isCmd ? joinWords(words.slice(flag + 1), true) : (words[flag + 1] ?? []);
        return [
            { language: isCmd ? 'batch' : 'shell', text: code, label: `${program} ${unwrapped.words[flag]}` },
        ];
    }
    if (!program)
        return [];
    if (pack.tools.interpreters.includes(program)) {
        const flag = interpreterCodeFlag(words.map(facts_js_1.wordText));
        return flag > 0 && words[flag + 1]
            ? [{ language: 'python', text: words[flag + 1], label: `${program} -c` }]
            : [];
    }
    if (program === 'powershell' || program === 'pwsh') {
        for (let i = 1; i < words.length; i++) {
            const text = (0, facts_js_1.wordText)(words[i]);
            if (ENCODED_FLAG.test(text) && words[i + 1])
                return [{ language: 'powershell', text: words[i + 1], label: `${program} ${text}`, encoded: true }];
            if (COMMAND_FLAG.test(text) && words[i + 1])
                return [{ language: 'powershell', text: joinWords(words.slice(i + 1)), label: `${program} ${text}` }];
            if (/^[-/]f(ile)?$/i.test(text))
                return [];
        }
        return [];
    }
    const judged = (0, script_rules_js_1.judgeCommand)(command, pack, language);
    const runs = judged?.entry?.runs;
    if (!judged || !runs)
        return [];
    const parsed = (0, script_args_js_1.parseArgs)(judged.words.slice(1), judged.entry, judged.language);
    const target = (0, script_args_js_1.argument)(parsed, runs, judged.language);
    if (!target)
        return [];
    const extra = runs.args ? (0, script_args_js_1.argument)(parsed, runs.args, judged.language) : undefined;
    return [
        { language: runs.language, text: commandLine(target, extra, runs.language), label: judged.program },
    ];
}
/** The embedded command line of a method call whose catalog entry `runs` one (`WScript.Shell.Run`). */
function embeddedInCall(call, pack, language) {
    const runs = (0, script_rules_js_1.methodEntry)(call, pack, language)?.runs;
    if (!runs || runs.pos === undefined)
        return [];
    const target = runs.pos === -1 ? call.args.at(-1) : call.args[runs.pos];
    if (!target)
        return [];
    const extra = runs.args?.pos !== undefined ? call.args[runs.args.pos] : undefined;
    return [
        {
            language: runs.language,
            text: commandLine(target, extra, runs.language),
            label: `${call.type}.${call.method}`,
        },
    ];
}


/***/ }),

/***/ 3897:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseArgs = parseArgs;
exports.argument = argument;
exports.anyArgMatches = anyArgMatches;
const value_js_1 = __nccwpck_require__(2904);
const facts_js_1 = __nccwpck_require__(4904);
function isFlag(text, language) {
    if (text.length < 2)
        return false;
    if (text.startsWith('-'))
        return !/^-\d/.test(text);
    // cmd switches are /x; in a shell a leading / is a path.
    return language === 'batch' && /^\/[A-Za-z?][\w-]*(?:[:=]|$)/.test(text);
}
/** Parameter names of an entry that take a value (every named parameter does). */
function valueFlags(entry) {
    if (!entry)
        return [];
    return [
        ...(entry.value_flags ?? []),
        ...(entry.network?.param ?? []),
        ...(entry.writes?.param ?? []),
        ...(entry.registry?.param ?? []),
        ...(entry.runs?.param ?? []),
        ...(entry.runs?.args?.param ?? []),
        ...(entry.listen?.bind?.param ?? []),
    ];
}
/** Compares a flag as written with a catalog parameter name (`-Uri` with `Uri`, `--url` with `--url`). */
function sameFlag(written, name, language) {
    if (language === 'shell')
        return written === name;
    const bare = (s) => s.replace(/^[-/]+/, '').toLowerCase();
    return bare(written) === bare(name);
}
/** Splits `words` (without the program) into flags and positional arguments. */
function parseArgs(words, entry, language) {
    const takesValue = valueFlags(entry);
    const flags = [];
    const positional = [];
    for (let i = 0; i < words.length; i++) {
        const text = (0, facts_js_1.wordText)(words[i]);
        if (!isFlag(text, language)) {
            positional.push(words[i]);
            continue;
        }
        // `--url=x` and PowerShell's `-Uri:x` carry their value in the same word.
        const inline = /^(-{1,2}[^=:]+|\/[^=:]+)[=:](.*)$/s.exec(text);
        if (inline && (language !== 'shell' || text.startsWith('--'))) {
            flags.push({ name: inline[1], value: [inline[2]] });
            continue;
        }
        if (takesValue.some((name) => sameFlag(text, name, language)) && i + 1 < words.length) {
            flags.push({ name: text, value: words[++i] });
        }
        else
            flags.push({ name: text });
    }
    return { flags, positional };
}
/** Whether a word looks like a value of `form` (a URL, `user@host`, `host:path`). */
function looksLike(text, form) {
    if (text.startsWith(value_js_1.UNKNOWN_CHAR))
        return true;
    if (form === 'url')
        return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
    return /@|^[^/\\]+:/.test(text);
}
/**
 * The argument `ref` names: the named parameter when given; else, for URL and ssh forms, the
 * first positional that looks like one; else the positional at `pos` (-1 for the last).
 * Undefined when absent.
 */
function argument(args, ref, language, form = 'any') {
    if (ref.param) {
        const flag = args.flags.find((f) => f.value && ref.param.some((p) => sameFlag(f.name, p, language)));
        if (flag?.value)
            return flag.value;
    }
    if (form === 'url' || form === 'ssh') {
        const candidate = args.positional.find((w) => looksLike((0, facts_js_1.wordText)(w), form));
        if (candidate)
            return candidate;
    }
    if (ref.pos === undefined)
        return undefined;
    return ref.pos === -1 ? args.positional.at(-1) : args.positional[ref.pos];
}
/** Whether any argument word matches one of `patterns` (case-insensitive regexes on whole words). */
function anyArgMatches(words, patterns) {
    const compiled = patterns.map((p) => new RegExp(p, 'i'));
    return words.some((w) => {
        const text = (0, facts_js_1.wordText)(w);
        return compiled.some((re) => re.test(text));
    });
}


/***/ }),

/***/ 1397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.judgeCommand = judgeCommand;
exports.methodEntry = methodEntry;
exports.matchScriptFacts = matchScriptFacts;
/**
 * Evaluates the script catalogs (and the shared tools, path and registry catalogs) against the
 * facts of one script: the same rule ids and finding shape as Python, with `details.language`.
 * Running an ordinary program is what scripts do, so only what the catalogs name is a finding.
 */
const minimatch_1 = __nccwpck_require__(6507);
const value_js_1 = __nccwpck_require__(2904);
const facts_js_1 = __nccwpck_require__(4904);
const destination_js_1 = __nccwpck_require__(3621);
const finding_builder_js_1 = __nccwpck_require__(9066);
const shell_words_js_1 = __nccwpck_require__(5983);
const writes_js_1 = __nccwpck_require__(3073);
const script_args_js_1 = __nccwpck_require__(3897);
const indexes = new WeakMap();
function catalogIndex(pack, language) {
    let byLanguage = indexes.get(pack);
    if (!byLanguage)
        indexes.set(pack, (byLanguage = new Map()));
    let index = byLanguage.get(language);
    if (!index) {
        const catalog = pack.scripts[language];
        index = { commands: new Map(), objects: new Map() };
        for (const entry of catalog.commands)
            for (const name of entry.names)
                index.commands.set(name.toLowerCase(), entry);
        for (const entry of catalog.objects)
            for (const type of entry.types)
                for (const method of entry.methods)
                    index.objects.set(`${(0, facts_js_1.normaliseTypeName)(type)}.${method.toLowerCase()}`, entry);
        byLanguage.set(language, index);
    }
    return index;
}
/**
 * The program a command runs after wrappers (`sudo`, `env A=b`, `nohup`) and its catalog entry;
 * undefined when the program is not known (a variable) or the command hands a string to a shell.
 */
function judgeCommand(command, pack, language) {
    const texts = command.words.map(facts_js_1.wordText);
    const unwrapped = (0, shell_words_js_1.unwrapCommand)(texts);
    if (unwrapped.shellString !== undefined)
        return undefined;
    const words = command.words.slice(texts.length - unwrapped.words.length);
    const program = (0, shell_words_js_1.programName)((0, facts_js_1.wordText)(words[0]));
    if (!program)
        return undefined;
    for (const lang of language === 'powershell' ? ['powershell', 'batch'] : [language]) {
        const entry = catalogIndex(pack, lang).commands.get(program);
        if (entry)
            return { program, words, entry, language: lang };
    }
    return { program, words, language };
}
/** The catalog entry of a method call, if the catalogs name it. */
function methodEntry(call, pack, language) {
    return catalogIndex(pack, language).objects.get(`${call.type}.${call.method}`);
}
function shown(word) {
    return (0, finding_builder_js_1.showTemplate)(word);
}
function destinationFinding(place, word, form, subjectHead, base) {
    let text = (0, value_js_1.flatten)(word);
    // Tools accept a bare host where a URL is expected (`curl example.com`) and default to http.
    if (form === 'url' && !/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith(value_js_1.UNKNOWN_CHAR))
        text = `http://${text}`;
    const cls = (0, destination_js_1.classifyDestination)(text, form);
    if (cls.kind === 'remote') {
        return {
            judged: true,
            finding: (0, finding_builder_js_1.rawFinding)('NET001', place, {
                confidence: 'high',
                subject: `${subjectHead} ${cls.host ?? text}`,
                details: { ...base, destination: shown(word) },
            }),
        };
    }
    if (cls.kind === 'unknown') {
        const provenance = (0, finding_builder_js_1.provenanceOf)([word]) ?? cls.reason ?? 'dynamic destination';
        return {
            judged: true,
            finding: (0, finding_builder_js_1.rawFinding)('NET002', place, {
                confidence: 'medium',
                subject: `${subjectHead} ${shown(word)}`,
                details: { ...base, destination: shown(word), provenance },
            }),
        };
    }
    return { judged: true };
}
/** Registry key as PowerShell, cmd and WSH spell it (`HKCU:\`, `Registry::HKEY_...`, `HKCU\`). */
function registryFinding(place, word, pack, base) {
    const key = (0, writes_js_1.normaliseKey)((0, finding_builder_js_1.showTemplate)(word)
        .replace(/^(?:Microsoft\.PowerShell\.Core\\)?Registry::/i, '')
        .replace(/^([A-Za-z_]+):(?=[\\/]|$)/, '$1'));
    for (const rule of writes_js_1.RULE_ORDER) {
        const hit = pack.registry.keys.find((k) => k.rule === rule &&
            k.patterns.some((p) => (0, minimatch_1.minimatch)(key, (0, writes_js_1.normaliseKey)(p), { nocase: true, dot: true })));
        if (hit) {
            return (0, finding_builder_js_1.rawFinding)(hit.rule, place, {
                confidence: 'high',
                subject: `${base.command ?? ''} ${key}`.trim(),
                details: { ...base, path: key.replace(/\//g, '\\') },
            });
        }
    }
    return undefined;
}
function pathFinding(place, word, pack, base) {
    const hit = (0, writes_js_1.classifyPath)(word, pack.paths);
    if (!hit)
        return undefined;
    return (0, finding_builder_js_1.rawFinding)(hit.rule, place, {
        confidence: 'high',
        subject: `${base.qualified_name ?? base.tool ?? ''} ${(0, finding_builder_js_1.showTemplate)(word)}`.trim(),
        details: { ...base, path: (0, finding_builder_js_1.showTemplate)(word), ...(hit.note ? { location: hit.note } : {}) },
    });
}
/** A lone port number in a bind position means no address, i.e. the listener's default. */
function isBarePort(text) {
    return /^\d+$/.test(text.trim());
}
/** Evaluates the effects of one entry against already-read arguments. */
function applyEffect(effect, place, read, allWords, pack, base, subjectHead) {
    const findings = [];
    let judged = false;
    let listening = false;
    if (effect.listen && (!effect.listen.when_args || (0, script_args_js_1.anyArgMatches)(allWords, effect.listen.when_args))) {
        listening = true;
        judged = true;
        const bind = effect.listen.bind ? read(effect.listen.bind, 'host') : undefined;
        const bindText = bind ? (0, value_js_1.flatten)(bind) : undefined;
        const kind = bindText === undefined || isBarePort(bindText)
            ? effect.listen.when_missing
            : (0, destination_js_1.classifyBind)(bindText, effect.listen.bind.form).kind;
        if (kind === 'all') {
            findings.push((0, finding_builder_js_1.rawFinding)('NET003', place, {
                confidence: bind ? 'high' : 'medium',
                subject: `${subjectHead} ${bind ? (0, finding_builder_js_1.showTemplate)(bind) : 'all interfaces'}`,
                details: { ...base, bind: bind ? (0, finding_builder_js_1.showTemplate)(bind) : 'default: all interfaces' },
            }));
        }
    }
    if (effect.network && !listening) {
        const word = read(effect.network, effect.network.form);
        if (word) {
            const result = destinationFinding(place, word, effect.network.form, subjectHead, base);
            judged = true;
            if (result.finding)
                findings.push(result.finding);
        }
    }
    if (effect.rule) {
        findings.push((0, finding_builder_js_1.rawFinding)(effect.rule, place, {
            confidence: 'high',
            subject: `${subjectHead}`,
            details: { ...base, ...(effect.note ? { note: effect.note } : {}) },
        }));
    }
    if (effect.registry) {
        const key = read(effect.registry);
        // A key that was read is judged: `reg add` under the application's own key is not tooling misuse.
        if (key)
            judged = true;
        const finding = key && registryFinding(place, key, pack, base);
        if (finding)
            findings.push(finding);
    }
    if (effect.writes) {
        const path = read(effect.writes);
        const finding = path && pathFinding(place, path, pack, base);
        if (finding && !findings.some((f) => f.ruleId === finding.ruleId))
            findings.push(finding);
    }
    return { findings, judged };
}
/** What feeds a command: piped-in commands (transitively), substituted commands and argument calls. */
function inputsOf(command) {
    const commands = [...command.substituted];
    const calls = [...(command.calls ?? [])];
    for (let up = command.upstream, guard = 0; up && guard < 32; up = up.upstream, guard++) {
        commands.push(up, ...up.substituted);
        calls.push(...(up.calls ?? []));
    }
    return { commands, calls };
}
class ScriptMatcher {
    facts;
    pack;
    out = [];
    judged = new Map();
    constructor(facts, pack) {
        this.facts = facts;
        this.pack = pack;
    }
    judge(command) {
        if (!this.judged.has(command))
            this.judged.set(command, judgeCommand(command, this.pack, this.facts.language));
        return this.judged.get(command);
    }
    isDownload(command) {
        const judged = this.judge(command);
        if (!judged)
            return false;
        return Boolean(judged.entry?.network) || this.pack.tools.network.includes(judged.program);
    }
    isDecoder(command) {
        const judged = this.judge(command);
        if (!judged?.entry?.decodes)
            return false;
        return !judged.entry.when_args || (0, script_args_js_1.anyArgMatches)(judged.words.slice(1), judged.entry.when_args);
    }
    command(command) {
        const judged = this.judge(command);
        const language = this.facts.language;
        const base = { command: command.words.map(shown).join(' ') };
        this.redirects(command, base);
        if (language === 'shell')
            this.devTcp(command, base);
        if (!judged)
            return;
        const { program, words, entry } = judged;
        const args = words.slice(1);
        const withTool = { ...base, tool: program };
        let specific = false;
        if (entry) {
            const applies = (!entry.when_args || (0, script_args_js_1.anyArgMatches)(args, entry.when_args)) &&
                !(entry.unless_args && (0, script_args_js_1.anyArgMatches)(args, entry.unless_args));
            if (applies) {
                const parsed = (0, script_args_js_1.parseArgs)(args, entry, judged.language);
                const read = (ref, form) => (0, script_args_js_1.argument)(parsed, ref, judged.language, form);
                const result = applyEffect(entry, command, read, args, this.pack, withTool, program);
                this.out.push(...result.findings);
                // A tool whose catalog entry found nothing to judge (`certutil -decode`, `mshta vbscript:`) is still tooling.
                specific = result.judged || result.findings.length > 0;
                if (entry.pipe_exec)
                    this.pipeExec(command, entry, program, withTool, parsed);
            }
        }
        else {
            for (const pc of this.pack.tools.persistence_commands) {
                if (pc.tool !== program)
                    continue;
                const lower = args.map((a) => (0, facts_js_1.wordText)(a).toLowerCase());
                const when = !pc.when_args || pc.when_args.some((w) => lower.includes(w.toLowerCase()));
                const unless = pc.unless_args?.some((u) => lower.includes(u.toLowerCase())) ?? false;
                specific = true;
                if (when && !unless) {
                    this.out.push((0, finding_builder_js_1.rawFinding)(pc.rule, command, {
                        confidence: 'high',
                        subject: `${program} ${lower.join(' ')}`.trim(),
                        details: withTool,
                    }));
                }
            }
        }
        const tooling = this.pack.tools.network.includes(program) || this.pack.tools.persistence.includes(program);
        if (tooling && !specific) {
            this.out.push((0, finding_builder_js_1.rawFinding)('PEX002', command, {
                confidence: 'high',
                subject: `${program}`,
                details: {
                    ...withTool,
                    reaches: this.pack.tools.network.includes(program) ? 'network' : 'persistence',
                },
            }));
        }
    }
    /** Download-and-execute: an interpreter fed by a network command or a decoder. */
    pipeExec(command, entry, program, base, parsed) {
        // `bash script.sh` reads the file, not the pipe; `bash -s`/`bash` alone and `source <(...)` read the input.
        const readsInput = program === 'source' ||
            program === '.' ||
            parsed.positional.every((w) => (0, facts_js_1.wordText)(w) === '-' || (0, facts_js_1.wordText)(w).startsWith(value_js_1.UNKNOWN_CHAR));
        if (!readsInput)
            return;
        const inputs = inputsOf(command);
        const downloads = inputs.commands.filter((c) => this.isDownload(c));
        const fetchingCalls = inputs.calls.filter((c) => methodEntry(c, this.pack, this.facts.language)?.network);
        const decoders = inputs.commands.filter((c) => this.isDecoder(c));
        if (!downloads.length && !fetchingCalls.length && !decoders.length)
            return;
        const chain = [
            ...downloads.map((c) => `download: ${c.evidence}`),
            ...fetchingCalls.map((c) => `download: ${c.evidence}`),
            ...decoders.map((c) => `decode: ${c.evidence}`),
            `execute: ${program}`,
        ];
        const rule = entry.pipe_exec;
        const existing = this.out.find((f) => f.ruleId === rule && f.line === command.range.line && f.column === command.range.column);
        if (existing)
            existing.details.chain = chain;
        else {
            this.out.push((0, finding_builder_js_1.rawFinding)(rule, command, {
                confidence: 'high',
                subject: `${program} fed by ${downloads.length || fetchingCalls.length ? 'a download' : 'a decoder'}`,
                details: { ...base, chain },
                evidence: `${downloads.length || fetchingCalls.length ? 'downloaded' : 'decoded'} code executed: ${command.evidence}`,
            }));
        }
        if (decoders.length) {
            this.out.push((0, finding_builder_js_1.rawFinding)('OBF001', command, {
                confidence: 'high',
                subject: `decoded input executed by ${program}`,
                details: { ...base, chain },
            }));
        }
    }
    /** Output redirections that write persistence or protected locations (`>> ~/.bashrc`). */
    redirects(command, base) {
        for (const target of command.redirects) {
            const finding = pathFinding(command, target, this.pack, base);
            if (finding)
                this.out.push(finding);
        }
    }
    /** bash's `/dev/tcp/HOST/PORT` and `/dev/udp/...` pseudo-files open a socket. */
    devTcp(command, base) {
        for (const word of [...command.redirects, ...command.words]) {
            const m = /^\/dev\/(tcp|udp)\/([^/]+)\//.exec((0, value_js_1.flatten)(word));
            if (!m)
                continue;
            const host = [m[2]];
            const template = word.length > 1 || m[2].includes(value_js_1.UNKNOWN_CHAR) ? word : host;
            const result = destinationFinding(command, m[2].includes(value_js_1.UNKNOWN_CHAR) ? template : host, 'host', `/dev/${m[1]}`, base);
            if (result.finding)
                this.out.push(result.finding);
            return;
        }
    }
    method(call) {
        const entry = methodEntry(call, this.pack, this.facts.language);
        if (!entry)
            return;
        const read = (ref) => ref.pos === undefined ? undefined : ref.pos === -1 ? call.args.at(-1) : call.args[ref.pos];
        const name = `${call.type}.${call.method}`;
        const result = applyEffect(entry, call, read, call.args, this.pack, { qualified_name: name }, name);
        this.out.push(...result.findings);
    }
}
/** Every raw finding the catalogs give for one script's facts (embedded code aside). Never throws. */
function matchScriptFacts(facts, pack) {
    const matcher = new ScriptMatcher(facts, pack);
    for (const command of facts.commands)
        matcher.command(command);
    for (const call of facts.methods)
        matcher.method(call);
    const seen = new Set();
    return matcher.out
        .map((f) => ({ ...f, details: { ...f.details, language: f.details.language ?? facts.language } }))
        .filter((f) => {
        const key = `${f.ruleId}\u0000${f.line}\u0000${f.column}\u0000${f.subject}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 5983:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellSegments = shellSegments;
exports.programName = programName;
exports.unwrapCommand = unwrapCommand;
/**
 * Splits a POSIX/cmd shell command string into simple commands and words, enough to tell which
 * programs it runs: quoting, `;`, `&&`, `||`, `|`, `&`, newlines and `$(...)`/backticks.
 * Unknown parts (UNKNOWN_CHAR) stay inside their words.
 */
const value_js_1 = __nccwpck_require__(2904);
/** Splits a command string into simple commands, each a list of words (quotes removed). */
function shellSegments(text) {
    const segments = [];
    let words = [];
    let current = '';
    let inWord = false;
    const endWord = () => {
        if (inWord)
            words.push(current);
        current = '';
        inWord = false;
    };
    const endSegment = () => {
        endWord();
        if (words.length)
            segments.push(words);
        words = [];
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "'" || ch === '"') {
            const close = text.indexOf(ch, i + 1);
            const inner = close === -1 ? text.slice(i + 1) : text.slice(i + 1, close);
            if (ch === '"' && /\$\(|`/.test(inner))
                segments.push(...shellSegments(substitutions(inner)));
            current += inner;
            inWord = true;
            i = close === -1 ? text.length : close;
        }
        else if (ch === '\\' && i + 1 < text.length) {
            current += text[++i];
            inWord = true;
        }
        else if (ch === '$' && text[i + 1] === '(') {
            const end = matchingParen(text, i + 1);
            segments.push(...shellSegments(text.slice(i + 2, end)));
            current += value_js_1.UNKNOWN_CHAR;
            inWord = true;
            i = end;
        }
        else if (ch === '`') {
            const close = text.indexOf('`', i + 1);
            segments.push(...shellSegments(close === -1 ? text.slice(i + 1) : text.slice(i + 1, close)));
            current += value_js_1.UNKNOWN_CHAR;
            inWord = true;
            i = close === -1 ? text.length : close;
        }
        else if (ch === ';' || ch === '|' || ch === '&' || ch === '\n' || ch === '(' || ch === ')') {
            endSegment();
        }
        else if (ch === ' ' || ch === '\t' || ch === '\r') {
            endWord();
        }
        else if (ch === '>' || ch === '<') {
            // A redirection target is not a command word: skip it.
            endWord();
            while (text[i + 1] === '>' || text[i + 1] === '&')
                i++;
            while (text[i + 1] === ' ')
                i++;
            while (i + 1 < text.length && !/[\s;|&]/.test(text[i + 1]))
                i++;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    endSegment();
    return segments;
}
function substitutions(text) {
    const found = [];
    for (const m of text.matchAll(/\$\(([^)]*)\)|`([^`]*)`/g))
        found.push(m[1] ?? m[2] ?? '');
    return found.join(';');
}
function matchingParen(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0)
            return i;
    }
    return text.length;
}
/** Programs that run the rest of their arguments as the real command. */
const WRAPPERS = new Set([
    'sudo',
    'doas',
    'env',
    'nohup',
    'exec',
    'nice',
    'ionice',
    'time',
    'stdbuf',
    'command',
    'builtin',
    'start',
    'call',
    'setsid',
    'runuser',
    'chroot',
]);
const OPTIONS_WITH_VALUE = new Set([
    '-u',
    '-g',
    '-C',
    '-D',
    '-h',
    '-p',
    '-r',
    '-t',
    '-U',
    '-n',
    '--user',
    '--group',
]);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'busybox', 'cmd', 'fish']);
/** The program a word names: basename, lower case, without `.exe`-like endings; '' when unknown. */
function programName(word) {
    if (!word || word.includes(value_js_1.UNKNOWN_CHAR))
        return '';
    const base = word.split(/[/\\]/).pop() ?? '';
    return base.toLowerCase().replace(/\.(exe|com|bat|cmd)$/, '');
}
/**
 * Strips wrappers (`sudo`, `env A=b`, `timeout 5`, `nohup`) and recognises shells given a
 * command string (`sh -c "..."`, `cmd /c ...`), which is returned as `shellString`.
 */
function unwrapCommand(words) {
    let rest = words;
    for (let guard = 0; guard < 8 && rest.length; guard++) {
        const program = programName(rest[0]);
        if (WRAPPERS.has(program)) {
            rest = rest.slice(1);
            while (rest.length && (/^-/.test(rest[0]) || /^\w+=/.test(rest[0]))) {
                // `sudo -u USER cmd`: these options take the next word as their value.
                const takesValue = OPTIONS_WITH_VALUE.has(rest[0]);
                rest = rest.slice(takesValue ? 2 : 1);
            }
            continue;
        }
        if (program === 'timeout') {
            rest = rest.slice(1).filter((w, i) => !(i === 0 && /^-?\d/.test(w)) && !/^-/.test(w));
            continue;
        }
        if (/^\w+=/.test(rest[0])) {
            rest = rest.slice(1);
            continue;
        }
        if (SHELLS.has(program)) {
            const flag = rest.findIndex((w, i) => i > 0 && /^(-c|\/c|\/k|-lc|-ic)$/i.test(w));
            if (flag !== -1)
                return { words: rest, shellString: rest.slice(flag + 1).join(' ') };
        }
        break;
    }
    return { words: rest };
}


/***/ }),

/***/ 3073:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULE_ORDER = void 0;
exports.normalisePath = normalisePath;
exports.classifyPath = classifyPath;
exports.matchWrite = matchWrite;
exports.normaliseKey = normaliseKey;
exports.matchRegistryWrite = matchRegistryWrite;
/**
 * PER001/PER002/PER003 by location: a write's resolved path, or a registry write's resolved
 * key, matched against the catalog's path and key patterns.
 */
const minimatch_1 = __nccwpck_require__(6507);
const value_js_1 = __nccwpck_require__(2904);
const values_js_1 = __nccwpck_require__(4849);
const finding_builder_js_1 = __nccwpck_require__(9066);
/** Rules in the order a path or key is tried: the most specific meaning wins. */
exports.RULE_ORDER = ['PER001', 'PER002', 'PER003'];
/** A template as a path to match: environment holes as `${NAME}`, separators `/`, homes as `~`. */
function normalisePath(template) {
    const text = template
        .map((part) => {
        if (typeof part === 'string')
            return part;
        const env = /^environment variable (\w+)/.exec(part.hole);
        return env ? `\${${env[1]}}` : value_js_1.UNKNOWN_CHAR;
    })
        .join('');
    return text
        .replace(/%(\w+)%/g, (_m, name) => `\${${name}}`)
        .replace(/\$(?!\{)(\w+)/g, (_m, name) => `\${${name}}`)
        .replace(/\\/g, '/')
        .replace(/\/{2,}/g, '/')
        .replace(/^\$\{(HOME|USERPROFILE)\}/i, '~')
        .replace(/^(?:\/home\/[^/]+|\/root|\/Users\/[^/]+|[A-Za-z]:\/Users\/[^/]+)(?=\/|$)/i, '~');
}
const GLOB_OPTIONS = { nocase: true, dot: true, nonegate: true, nocomment: true };
const globs = new Map();
/** A catalog glob compiled once per process (compiling is most of minimatch's cost). */
function glob(pattern) {
    let compiled = globs.get(pattern);
    if (!compiled)
        globs.set(pattern, (compiled = new minimatch_1.Minimatch(pattern, GLOB_OPTIONS)));
    return compiled;
}
function matcher(patterns) {
    const compiled = patterns.map((p) => glob(normalisePath([p])));
    return (path) => compiled.some((m) => m.match(path));
}
const pathMatchers = new WeakMap();
function matches(entry, path) {
    let test = pathMatchers.get(entry);
    if (!test)
        pathMatchers.set(entry, (test = matcher(entry.patterns)));
    return test(path);
}
/** The first path entry a template matches, in rule order (PER001, PER002, PER003); undefined for none. */
function classifyPath(template, paths) {
    const path = normalisePath(template);
    // A copy INTO a folder (`shutil.copy(exe, startup_folder)`) lands inside it.
    const inside = `${path.replace(/\/$/, '')}/${value_js_1.UNKNOWN_CHAR}`;
    for (const rule of exports.RULE_ORDER) {
        const hit = paths.find((entry) => entry.rule === rule && (matches(entry, path) || matches(entry, inside)));
        if (hit)
            return hit;
    }
    return undefined;
}
function templatesOfPath(value) {
    if (value?.kind === 'str')
        return value.options;
    return [];
}
/** Whether the call writes, judged by its mode argument (`open(path, "w")`). */
function writes(site, entry) {
    if (!entry.mode)
        return 'yes';
    const value = (0, value_js_1.argumentValue)(site, entry.mode);
    const text = value === undefined ? entry.mode.default : (0, values_js_1.knownText)(value);
    if (text === undefined)
        return 'maybe';
    return new RegExp(entry.mode.write_modes).test(text) ? 'yes' : 'no';
}
/** A finding when a write lands on a persistence or protected location. */
function matchWrite(fact, entry, paths) {
    const { site } = fact;
    const intent = writes(site, entry);
    if (intent === 'no')
        return undefined;
    const target = entry.path ? (0, value_js_1.argumentValue)(site, entry.path) : site.receiver;
    for (const template of templatesOfPath(target)) {
        const hit = classifyPath(template, paths);
        if (!hit)
            continue;
        const shown = (0, finding_builder_js_1.showTemplate)(template);
        return (0, finding_builder_js_1.rawFinding)(hit.rule, fact, {
            confidence: intent === 'yes' ? 'high' : 'medium',
            subject: `${site.callee} ${normalisePath(template)}`,
            details: { qualified_name: site.callee, path: shown, ...(hit.note ? { location: hit.note } : {}) },
        });
    }
    return undefined;
}
const ROOT_ABBREVIATIONS = {
    HKEY_CURRENT_USER: 'HKCU',
    HKEY_LOCAL_MACHINE: 'HKLM',
    HKEY_USERS: 'HKU',
    HKEY_CLASSES_ROOT: 'HKCR',
    HKEY_CURRENT_CONFIG: 'HKCC',
};
/** A registry key with `/` separators and its hive abbreviated (`HKEY_CURRENT_USER` -> `HKCU`). */
function normaliseKey(key) {
    const slashed = key.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
    const [root, ...rest] = slashed.split('/');
    return [ROOT_ABBREVIATIONS[root.toUpperCase()] ?? root.toUpperCase(), ...rest].join('/');
}
/** The registry path a key value stands for (root and sub key), following `OpenKey`/`CreateKey` handles. */
function keyPath(value, registry, depth = 0) {
    if (!value || depth > 4)
        return undefined;
    if (value.kind === 'qualname')
        return value.name.split('.').pop();
    if (value.kind === 'instance' && value.origin) {
        const open = registry.open.find((o) => o.api.includes(value.origin.callee));
        if (!open)
            return undefined;
        const root = keyPath((0, value_js_1.argumentValue)(value.origin, open.root), registry, depth + 1);
        const sub = (0, value_js_1.argumentValue)(value.origin, open.subkey);
        const subText = sub?.kind === 'str' ? (0, finding_builder_js_1.showTemplate)(sub.options[0] ?? []) : undefined;
        if (root === undefined)
            return subText;
        return subText ? `${root}\\${subText}` : root;
    }
    return (0, values_js_1.knownText)(value);
}
/** PER002 (or whichever rule the key patterns name) for a registry value write. */
function matchRegistryWrite(fact, entry, registry) {
    const { site } = fact;
    const base = keyPath((0, value_js_1.argumentValue)(site, entry.key), registry);
    if (base === undefined)
        return undefined;
    const sub = entry.subkey ? (0, values_js_1.knownText)((0, value_js_1.argumentValue)(site, entry.subkey)) : undefined;
    const full = normaliseKey(sub ? `${base}\\${sub}` : base);
    for (const rule of exports.RULE_ORDER) {
        const hit = registry.keys.find((k) => k.rule === rule && k.patterns.some((p) => glob(normaliseKey(p)).match(full)));
        if (hit) {
            return (0, finding_builder_js_1.rawFinding)(hit.rule, fact, {
                confidence: 'high',
                subject: `${site.callee} ${full}`,
                details: { qualified_name: site.callee, path: full.replace(/\//g, '\\') },
            });
        }
    }
    return undefined;
}


/***/ }),

/***/ 3891:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.appendAll = appendAll;
/**
 * Appends `items` to `target` in place. `target.push(...items)` passes every item as a call
 * argument and overflows the stack beyond about 120,000 items, which one hostile file reaches
 * easily (200,000 `eval(1);` on a line); a loop has no such limit.
 */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}


/***/ }),

/***/ 2576:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageDir = packageDir;
exports.besideBundle = besideBundle;
exports.assetPath = assetPath;
/**
 * Finds the files we ship beside the code (tree-sitter runtime, grammars, the rulepack).
 * In the bundle they sit next to `dist/*.js`; from source they come from the repository
 * and `node_modules`. Every caller goes through here so a missing asset fails one way.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_module_1 = __nccwpck_require__(8995);
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const node_url_1 = __nccwpck_require__(3136);
const moduleDir = node_path_1.default.dirname((0, node_url_1.fileURLToPath)(import.meta.url));
/** The repository root when running from source (the folder above `src/`), else the bundle's folder. */
const repoRoot = moduleDir.endsWith(node_path_1.default.join('src', 'model'))
    ? node_path_1.default.resolve(moduleDir, '..', '..')
    : moduleDir;
/** The folder of an installed package; packages whose `exports` hide package.json resolve by their entry. */
function packageDir(name) {
    const require = (0, node_module_1.createRequire)(import.meta.url);
    for (const request of [`${name}/package.json`, name]) {
        try {
            return node_path_1.default.dirname(require.resolve(request));
        }
        catch {
            // try the next spelling
        }
    }
    return undefined;
}
/** The path of `file` beside the bundle, or undefined when it is not there (running from source). */
function besideBundle(file) {
    const candidate = node_path_1.default.join(moduleDir, file);
    return (0, node_fs_1.existsSync)(candidate) ? candidate : undefined;
}
/**
 * The path of a shipped asset: `distRelative` beside the bundle, else `sourceFallback`
 * (relative to the repository root, or absolute). Throws naming what is missing.
 */
function assetPath(what, distRelative, sourceFallback) {
    const candidates = [node_path_1.default.join(moduleDir, distRelative)];
    if (sourceFallback)
        candidates.push(node_path_1.default.resolve(repoRoot, sourceFallback));
    for (const candidate of candidates)
        if ((0, node_fs_1.existsSync)(candidate))
            return candidate;
    throw new Error(`cannot find ${what}; looked in ${candidates.join(', ')} (is dist/ complete?)`);
}


/***/ }),

/***/ 7206:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXIT = exports.ConfigError = void 0;
/**
 * A problem with what the user gave us (arguments, allowlist, policy, baseline, configuration).
 * It ends the run with exit code 3 and one line naming the file or entry and the problem.
 */
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
/** Exit codes of the CLI and the action (SPEC 2.1). */
exports.EXIT = { pass: 0, fail: 1, conditional: 2, toolError: 3 };


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Abstract values computed by the semantic layer. A string is a set of possible spellings,
 * each a template of known text and unknown parts (holes) that remember where they came from.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UNKNOWN_CHAR = void 0;
exports.flatten = flatten;
exports.holeNotes = holeNotes;
exports.argumentValue = argumentValue;
/**
 * How an unknown part is written when a template is flattened for classification
 * (URL/host/path parsers see this character where the value is not known).
 */
exports.UNKNOWN_CHAR = '\u0000';
/** Flattens a template, writing holes as UNKNOWN_CHAR. */
function flatten(template) {
    return template.map((part) => (typeof part === 'string' ? part : exports.UNKNOWN_CHAR)).join('');
}
/** The provenance notes of a template's holes, in order, without repeats. */
function holeNotes(template) {
    const notes = [];
    for (const part of template)
        if (typeof part !== 'string' && !notes.includes(part.hole))
            notes.push(part.hole);
    return notes;
}
/** The value bound to a parameter: by keyword first, then by position; undefined when absent. */
function argumentValue(site, ref) {
    if (ref.kw !== undefined && site.keywords.has(ref.kw))
        return site.keywords.get(ref.kw);
    if (ref.pos !== undefined && ref.pos < site.positional.length)
        return site.positional[ref.pos];
    return undefined;
}


/***/ }),

/***/ 6323:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A strict JSON parser (RFC 8259) that remembers the 1-based line each value starts on, so a
 * notebook finding can point at the raw `.ipynb` line that holds its source line.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jsonWithLines = jsonWithLines;
/** Nesting deeper than this is refused rather than risking the stack. */
const MAX_DEPTH = 512;
class JsonReader {
    text;
    at = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    fail(what) {
        throw new SyntaxError(`${what} at line ${this.line}`);
    }
    space() {
        while (this.at < this.text.length) {
            const ch = this.text[this.at];
            if (ch === '\n')
                this.line++;
            else if (ch !== ' ' && ch !== '\t' && ch !== '\r')
                return;
            this.at++;
        }
    }
    document() {
        if (this.text.charCodeAt(0) === 0xfeff)
            this.at = 1;
        const value = this.value(0);
        this.space();
        if (this.at < this.text.length)
            this.fail('unexpected text after the document');
        return value;
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            this.fail('nesting too deep');
        this.space();
        const line = this.line;
        const ch = this.text[this.at];
        if (ch === '{') {
            this.at++;
            const entries = new Map();
            this.space();
            if (this.text[this.at] === '}') {
                this.at++;
                return { kind: 'object', entries, line };
            }
            for (;;) {
                this.space();
                if (this.text[this.at] !== '"')
                    this.fail('expected a property name');
                const key = this.string();
                this.space();
                if (this.text[this.at++] !== ':')
                    this.fail("expected ':'");
                entries.set(key, this.value(depth + 1));
                this.space();
                const next = this.text[this.at++];
                if (next === '}')
                    return { kind: 'object', entries, line };
                if (next !== ',')
                    this.fail("expected ',' or '}'");
            }
        }
        if (ch === '[') {
            this.at++;
            const items = [];
            this.space();
            if (this.text[this.at] === ']') {
                this.at++;
                return { kind: 'array', items, line };
            }
            for (;;) {
                items.push(this.value(depth + 1));
                this.space();
                const next = this.text[this.at++];
                if (next === ']')
                    return { kind: 'array', items, line };
                if (next !== ',')
                    this.fail("expected ',' or ']'");
            }
        }
        if (ch === '"')
            return { kind: 'string', value: this.string(), line };
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.at, this.at + 400));
        if (!literal)
            this.fail('unexpected character');
        this.at += literal[0].length;
        return { kind: 'other', line };
    }
    string() {
        const start = this.at;
        this.at++;
        let out = '';
        for (;;) {
            const ch = this.text[this.at++];
            if (ch === undefined) {
                this.at = start;
                this.fail('unterminated string');
            }
            if (ch === '"')
                return out;
            if (ch === '\\') {
                const esc = this.text[this.at++];
                const simple = {
                    '"': '"',
                    '\\': '\\',
                    '/': '/',
                    b: '\b',
                    f: '\f',
                    n: '\n',
                    r: '\r',
                    t: '\t',
                };
                if (esc === 'u') {
                    const hex = this.text.slice(this.at, this.at + 4);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('bad \\u escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    this.at += 4;
                }
                else if (esc !== undefined && simple[esc] !== undefined)
                    out += simple[esc];
                else
                    this.fail('bad escape');
            }
            else if (ch < ' ')
                this.fail('control character in a string');
            else
                out += ch;
        }
    }
}
/** Parses `text` as JSON with line numbers; bad JSON gives `{ error }` naming the line, never a throw. */
function jsonWithLines(text) {
    try {
        return { value: new JsonReader(text).document() };
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return { error: `invalid JSON: ${error.message}` };
        throw error;
    }
}


/***/ }),

/***/ 3902:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.notebookCells = notebookCells;
exports.cellMagicLanguage = cellMagicLanguage;
/** The cells of a notebook (nbformat 4 `cells`, nbformat 3 `worksheets[].cells`) with their lines. */
function notebookCells(root) {
    if (root.kind !== 'object')
        return undefined;
    let cells = root.entries.get('cells');
    const worksheets = root.entries.get('worksheets');
    if (!cells && worksheets?.kind === 'array') {
        const items = worksheets.items.flatMap((w) => {
            const c = w.kind === 'object' ? w.entries.get('cells') : undefined;
            return c?.kind === 'array' ? c.items : [];
        });
        cells = { kind: 'array', items, line: worksheets.line };
    }
    if (cells?.kind !== 'array')
        return undefined;
    return cells.items.map((cell) => {
        if (cell.kind !== 'object')
            return { type: 'unknown', lines: [] };
        const type = cell.entries.get('cell_type');
        const source = cell.entries.get('source') ?? cell.entries.get('input');
        const parts = source?.kind === 'array' ? source.items : source ? [source] : [];
        // Each string may hold several lines (a single-string source holds them all on one raw line).
        const text = parts.flatMap((p) => p.kind === 'string' ? [{ value: p.value, line: p.line }] : []);
        const lines = [];
        let pending = '';
        let pendingLine = text[0]?.line ?? 1;
        for (const part of text) {
            const pieces = part.value.split('\n');
            pieces.forEach((piece, i) => {
                if (pending === '' && i === 0)
                    pendingLine = part.line;
                pending += piece;
                if (i < pieces.length - 1) {
                    lines.push({ text: pending, rawLine: pendingLine });
                    pending = '';
                    pendingLine = part.line;
                }
            });
        }
        if (pending !== '')
            lines.push({ text: pending, rawLine: pendingLine });
        return { type: type?.kind === 'string' ? type.value : 'unknown', lines };
    });
}
/** Cell magics whose body is another language, and those whose body is not code at all. */
function cellMagicLanguage(first) {
    const m = /^%%(\w+)\s*(.*)$/.exec(first.trim());
    if (!m)
        return undefined;
    const [, magic, rest] = m;
    if (magic === 'bash' || magic === 'sh' || magic === 'system' || magic === '!')
        return 'shell';
    if (magic === 'script') {
        const program = (rest ?? '').trim().split(/\s+/)[0]?.split('/').pop() ?? '';
        if (/^(ba|z|da|k)?sh$/.test(program))
            return 'shell';
        if (/^(pwsh|powershell)$/.test(program))
            return 'powershell';
        if (/^python[\d.]*$/.test(program))
            return 'python';
        return 'skip';
    }
    if (['time', 'timeit', 'capture', 'prun', 'python', 'python3', 'debug'].includes(magic))
        return 'python';
    return 'skip';
}


/***/ }),

/***/ 1377:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A lexical pass over Python source, far cheaper than parsing: which names the code uses as
 * plain names and which after a dot, ignoring comments and ordinary string literals, and how
 * long its longest literal that could hold an encoded payload is. The prefilter decides from
 * this whether a file needs parsing at all, so every approximation here errs towards
 * reporting a word, never towards missing one.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pythonWords = pythonWords;
exports.hasComputedLookup = hasComputedLookup;
// Character codes the scanner compares against.
const TAB = 9;
const NEWLINE = 10;
const RETURN = 13;
const FORM_FEED = 12;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DOT = 46;
const BACKSLASH = 92;
const UNDERSCORE = 95;
function isWordStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === UNDERSCORE || c > 127;
}
function isWordPart(c) {
    return isWordStart(c) || (c >= 48 && c <= 57);
}
function isSpace(c) {
    return c === SPACE || c === TAB || c === RETURN || c === FORM_FEED;
}
/** String prefixes Python accepts (any case, either order); `t` is 3.14's template strings. */
const STRING_PREFIX = /^(?:[rbuft]|[rb][rf]|f[r]|r[bf]|t[r]|r[t])$/i;
/** Characters an encoded payload literal can be written with (escapes spell the rest). */
const ENCODED_LITERAL = /^[A-Za-z0-9+/=\s\\{}]*$/;
/** Literals longer than this are data, not a name looked up by string. */
const QUOTED_NAME_MAX = 100;
const DOTTED_NAME = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*(?:\.[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)*$/;
const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/g;
/** The words of `source` as the prefilter needs them; never throws. */
function pythonWords(source) {
    const bare = new Set();
    const attributes = new Set();
    const quoted = new Set();
    let longestEncodedLiteral = 0;
    const n = source.length;
    let i = 0;
    // After a `.` the next name is an attribute; a line break outside brackets ends that.
    let afterDot = false;
    let brackets = 0;
    while (i < n) {
        const c = source.charCodeAt(i);
        if (isWordStart(c)) {
            let j = i + 1;
            while (j < n && isWordPart(source.charCodeAt(j)))
                j++;
            const quote = j < n ? source.charCodeAt(j) : 0;
            if ((quote === SINGLE_QUOTE || quote === DOUBLE_QUOTE) && j - i <= 2) {
                const prefix = source.slice(i, j);
                if (STRING_PREFIX.test(prefix)) {
                    i = readString(j, /[ft]/i.test(prefix));
                    afterDot = false;
                    continue;
                }
            }
            (afterDot ? attributes : bare).add(source.slice(i, j));
            afterDot = false;
            i = j;
        }
        else if (c >= 48 && c <= 57) {
            // A number: its digits, never a name (`1e5`'s `e5` is read as a name, which is harmless).
            i++;
            while (i < n && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57)
                i++;
            afterDot = false;
        }
        else if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
            i = readString(i, false);
            afterDot = false;
        }
        else if (c === HASH) {
            while (i < n && source.charCodeAt(i) !== NEWLINE)
                i++;
        }
        else if (c === DOT) {
            // `...` (Ellipsis) is not an attribute access.
            const ellipsis = source.charCodeAt(i + 1) === DOT || source.charCodeAt(i - 1) === DOT;
            afterDot = !ellipsis;
            i++;
        }
        else if (c === NEWLINE) {
            if (brackets === 0)
                afterDot = false;
            i++;
        }
        else if (c === BACKSLASH || isSpace(c)) {
            i++;
        }
        else {
            if (c === 40 || c === 91 || c === 123)
                brackets++;
            else if ((c === 41 || c === 93 || c === 125) && brackets > 0)
                brackets--;
            afterDot = false;
            i++;
        }
    }
    return { bare, attributes, quoted, longestEncodedLiteral };
    /** Skips the literal whose quote is at `start`; returns the index after it. */
    function readString(start, formatted) {
        const quote = source.charCodeAt(start);
        const triple = source.charCodeAt(start + 1) === quote && source.charCodeAt(start + 2) === quote;
        const open = triple ? 3 : 1;
        let k = start + open;
        let end = n;
        while (k < n) {
            const c = source.charCodeAt(k);
            if (c === BACKSLASH) {
                k += 2;
                continue;
            }
            if (c === quote &&
                (!triple || (source.charCodeAt(k + 1) === quote && source.charCodeAt(k + 2) === quote))) {
                end = k;
                break;
            }
            // An unterminated one-line literal ends at the line break, as Python's tokenizer ends it.
            if (c === NEWLINE && !triple) {
                end = k;
                break;
            }
            k++;
        }
        const body = source.slice(start + open, end);
        if (formatted) {
            // Replacement fields are code: every word in them counts, as a name and as an attribute.
            for (const word of body.match(WORD) ?? []) {
                bare.add(word);
                attributes.add(word);
            }
            longestEncodedLiteral = Math.max(longestEncodedLiteral, body.length);
        }
        else {
            if (body.length <= QUOTED_NAME_MAX && DOTTED_NAME.test(body))
                for (const word of body.split('.'))
                    quoted.add(word);
            if (body.length > longestEncodedLiteral && ENCODED_LITERAL.test(body))
                longestEncodedLiteral = body.length;
        }
        return end === n ? n : end + (end < n && source.charCodeAt(end) === quote ? open : 0);
    }
}
/** Calls that look a name up by their string argument (`pos` is its position). */
const NAME_LOOKUP_CALLS = {
    getattr: 1,
    import_module: 0,
    attrgetter: 0,
    methodcaller: 0,
    __getattribute__: 0,
};
/** Names whose subscript looks a name up (`os.__dict__["system"]`, `sys.modules["os"]`). */
const NAME_LOOKUP_SUBSCRIPTS = new Set(['__dict__', 'modules']);
const LOOKUP = /\b(getattr|import_module|attrgetter|methodcaller|__getattribute__|__dict__|modules)\b/g;
/**
 * Whether `source` looks a name up by anything but a plain string literal: `getattr(m, name)`,
 * `sys.modules[key]`, or such a function passed around (`g = getattr`). A literal name is a
 * quoted word the prefilter already sees. Comments and strings are not told apart here, which
 * only ever answers yes more often.
 */
function hasComputedLookup(source) {
    LOOKUP.lastIndex = 0;
    for (let match = LOOKUP.exec(source); match; match = LOOKUP.exec(source)) {
        const name = match[1];
        let i = skipSpaces(source, LOOKUP.lastIndex);
        if (NAME_LOOKUP_SUBSCRIPTS.has(name)) {
            // Not subscripted (`sys.modules.get(k)`, `vars(m).__dict__`): a lookup only by a call we see elsewhere.
            if (source[i] !== '[')
                continue;
            const end = literalEnd(source, skipSpaces(source, i + 1));
            if (end < 0 || source[skipSpaces(source, end)] !== ']')
                return true;
            continue;
        }
        if (source[i] !== '(')
            return true;
        i = skipSpaces(source, i + 1);
        for (let argument = 0; argument < NAME_LOOKUP_CALLS[name]; argument++) {
            i = argumentEnd(source, i);
            if (source[i] !== ',')
                return true;
            i = skipSpaces(source, i + 1);
        }
        const end = literalEnd(source, i);
        if (end < 0)
            return true;
        const after = source[skipSpaces(source, end)];
        if (after !== ',' && after !== ')')
            return true;
    }
    return false;
}
function skipSpaces(source, i) {
    while (i < source.length && /\s/.test(source[i]))
        i++;
    return i;
}
/** The index after a plain (not formatted) one-line string literal starting at `i`, or -1. */
function literalEnd(source, i) {
    while (/[rRbBuU]/.test(source[i] ?? ''))
        i++;
    const quote = source[i];
    if (quote !== '"' && quote !== "'")
        return -1;
    for (let k = i + 1; k < source.length; k++) {
        const c = source[k];
        if (c === '\\')
            k++;
        else if (c === quote)
            return k + 1;
        else if (c === '\n')
            return -1;
    }
    return -1;
}
/** The index of the `,` or `)` ending the argument that starts at `i` (brackets and strings skipped). */
function argumentEnd(source, i) {
    let depth = 0;
    while (i < source.length) {
        const c = source[i];
        if (c === '"' || c === "'") {
            const end = literalEnd(source, i);
            if (end < 0)
                return source.length;
            i = end;
            continue;
        }
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
        else if (c === ',' && depth === 0)
            return i;
        i++;
    }
    return i;
}


/***/ }),

/***/ 9657:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rangeOf = rangeOf;
exports.syntaxErrors = syntaxErrors;
exports.parsePython = parsePython;
/** The 1-based range of a node, columns in UTF-16 code units. */
function rangeOf(node) {
    return {
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
        endColumn: node.endPosition.column + 1,
    };
}
const MAX_REPORTED_ERRORS = 20;
/**
 * Ranges of the syntax errors tree-sitter recovered from (ERROR and MISSING nodes), in source
 * order, at most 20. Walks iteratively so pathological nesting cannot exhaust the stack.
 */
function syntaxErrors(tree) {
    if (!tree.rootNode.hasError)
        return [];
    const found = [];
    const cursor = tree.walk();
    let descend = true;
    while (found.length < MAX_REPORTED_ERRORS) {
        const node = cursor.currentNode;
        if (descend && (node.isError || node.isMissing)) {
            found.push(rangeOf(node));
            descend = false;
        }
        if (descend && node.hasError && cursor.gotoFirstChild())
            continue;
        descend = true;
        if (cursor.gotoNextSibling())
            continue;
        let climbed = false;
        while (cursor.gotoParent()) {
            if (cursor.gotoNextSibling()) {
                climbed = true;
                break;
            }
        }
        if (!climbed)
            break;
    }
    return found;
}
/** Parses `text`; never throws on bad syntax (tree-sitter recovers), returns null only if parsing was cancelled. */
function parsePython(parser, text) {
    return parser.parse(text);
}


/***/ }),

/***/ 6730:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GRAMMAR_PACKAGES = void 0;
exports.treeSitter = treeSitter;
exports.language = language;
exports.createParser = createParser;
/**
 * Loads web-tree-sitter and the grammar WASM files, from beside the bundle in `dist/`
 * or from `node_modules` when running from source. ncc cannot bundle the runtime itself
 * (it rewrites its `import("module")`), so the build copies it next to the bundle and we
 * import it by file URL at run time.
 */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __importDefault(__nccwpck_require__(6760));
const node_url_1 = __nccwpck_require__(3136);
const assets_js_1 = __nccwpck_require__(2576);
/** Grammars we ship; the key is our language id, the value the npm package holding `<package>.wasm`. */
exports.GRAMMAR_PACKAGES = {
    python: 'tree-sitter-python',
    bash: 'tree-sitter-bash',
    powershell: 'tree-sitter-powershell',
};
let runtime;
const languages = new Map();
async function loadRuntime() {
    const pkg = (0, assets_js_1.packageDir)('web-tree-sitter') ?? '';
    const file = (0, assets_js_1.assetPath)('the web-tree-sitter runtime', 'web-tree-sitter.js', node_path_1.default.join(pkg, 'web-tree-sitter.js'));
    const module = (await import(/* webpackIgnore: true */ (0, node_url_1.pathToFileURL)(file).href));
    await module.Parser.init();
    return module;
}
/** The web-tree-sitter module, initialised once per thread. */
function treeSitter() {
    runtime ??= loadRuntime();
    return runtime;
}
/** A grammar, loaded once per thread from its shipped `.wasm`. */
function language(id) {
    let loaded = languages.get(id);
    if (!loaded) {
        loaded = (async () => {
            const { Language } = await treeSitter();
            const pkgName = exports.GRAMMAR_PACKAGES[id];
            const pkg = (0, assets_js_1.packageDir)(pkgName) ?? '';
            const file = (0, assets_js_1.assetPath)(`the ${id} grammar`, `grammars/${pkgName}.wasm`, node_path_1.default.join(pkg, `${pkgName}.wasm`));
            return Language.load((0, node_fs_1.readFileSync)(file));
        })();
        languages.set(id, loaded);
    }
    return loaded;
}
/** A parser for one grammar; callers keep it for the life of their thread. */
async function createParser(id) {
    const { Parser } = await treeSitter();
    const parser = new Parser();
    parser.setLanguage(await language(id));
    return parser;
}


/***/ }),

/***/ 7782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_REASON_LENGTH = exports.WAIVER_MARK = void 0;
exports.waiverComments = waiverComments;
const json_lines_js_1 = __nccwpck_require__(6323);
const notebook_cells_js_1 = __nccwpck_require__(3902);
/** What every waiver directive starts with; a file without it has no waivers (the fast path). */
exports.WAIVER_MARK = 'mcen:';
/** A longer reason is refused rather than copied into every report beside each finding it covers. */
exports.MAX_REASON_LENGTH = 300;
const MAX_TEXT_LENGTH = 160;
const RULE_TOKEN = /^[A-Za-z][A-Za-z0-9]*$/;
/** Index of the end of the line holding `at` (the `\n`, or the text's length). */
function lineEnd(text, at) {
    const end = text.indexOf('\n', at);
    return end === -1 ? text.length : end;
}
const MAX_FSTRING_NESTING = 32;
const PYTHON_PREFIX = /^(?:[rRuUbBfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
/**
 * Python comments. Strings are skipped whole: any prefix (`r`, `b`, `f`, `rb`, ...), single or
 * triple quotes, backslash escapes (which also hide a quote in a raw string), and the replacement
 * fields of f-strings, whose nested strings may reuse the outer quote (PEP 701).
 */
function pythonComments(text) {
    const spans = [];
    const isWord = (ch) => ch !== undefined && /[\w]/.test(ch);
    // Returns the index just after the string whose opening quote is at `at`; `nesting` counts the
    // f-strings around it.
    const skipString = (at, formatted, nesting) => {
        const quote = text[at];
        const triple = text.startsWith(quote.repeat(3), at);
        let i = at + (triple ? 3 : 1);
        while (i < text.length) {
            const ch = text[i];
            if (ch === '\\') {
                i += 2;
            }
            else if (triple ? text.startsWith(quote.repeat(3), i) : ch === quote) {
                return i + (triple ? 3 : 1);
            }
            else if (ch === '\n' && !triple) {
                return i; // unterminated: Python stops there too
            }
            else if (formatted && ch === '{') {
                i = text[i + 1] === '{' ? i + 2 : skipField(i + 1, nesting + 1, triple);
            }
            else {
                i++;
            }
        }
        return i;
    };
    // An f-string replacement field from after its `{`: the expression, then an optional format
    // spec (after a top-level `:`, literal text with nested fields); up to just after its `}`. In a
    // single-quoted f-string the field ends with the line, like the string.
    const skipField = (from, nesting, multiline) => {
        let depth = 0;
        let i = from;
        let spec = false;
        while (i < text.length) {
            const ch = text[i];
            if (ch === '\n' && !multiline) {
                return i;
            }
            else if (spec) {
                if (ch === '}')
                    return i + 1;
                i = ch === '{' && nesting < MAX_FSTRING_NESTING ? skipField(i + 1, nesting + 1, multiline) : i + 1;
            }
            else if (ch === '"' || ch === "'") {
                i = skipQuoted(i, nesting);
            }
            else if (ch === '}' && depth === 0) {
                return i + 1;
            }
            else {
                if (ch === ':' && depth === 0)
                    spec = true;
                else if (ch === '{' || ch === '[' || ch === '(')
                    depth++;
                else if (ch === '}' || ch === ']' || ch === ')')
                    depth--;
                i++;
            }
        }
        return i;
    };
    // A quote at `at`: reads the prefix letters before it to know whether it is an f-string. Past
    // MAX_FSTRING_NESTING nested fields strings are skipped plainly, so hostile nesting cannot
    // exhaust the stack.
    const skipQuoted = (at, nesting) => {
        // A prefix has at most two letters: looking back three tells a prefix from an identifier.
        let start = at;
        while (start > 0 && at - start < 3 && /[A-Za-z]/.test(text[start - 1]))
            start--;
        const prefix = text.slice(start, at);
        const formatted = nesting < MAX_FSTRING_NESTING &&
            PYTHON_PREFIX.test(prefix) &&
            !isWord(text[start - 1]) &&
            /[fFtT]/.test(prefix);
        return skipString(at, formatted, nesting);
    };
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '#') {
            const end = lineEnd(text, i);
            spans.push({ start: i + 1, end });
            i = end;
        }
        else if (ch === '"' || ch === "'") {
            i = skipQuoted(i, 0);
        }
        else {
            i++;
        }
    }
    return spans;
}
const HEREDOC = /<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([\w.-]+))/y;
/**
 * Shell comments: `#` at the start of a word, outside quotes (`'...'`, `$'...'`, `"..."`,
 * backticks) and outside here-document bodies (`<<EOF`, `<<-'EOF'`). `${#var}` and `$#` are not
 * comments because their `#` does not start a word.
 */
function shellComments(text) {
    const spans = [];
    const pending = [];
    let wordStart = true;
    let i = 0;
    const skipUntil = (from, close, escapes) => {
        let j = from;
        while (j < text.length && text[j] !== close)
            j += escapes && text[j] === '\\' ? 2 : 1;
        return j + 1;
    };
    while (i < text.length) {
        const ch = text[i];
        if (ch === '\n') {
            i++;
            // Here-document bodies start on the line after their operator, one after the other.
            for (const doc of pending.splice(0)) {
                while (i < text.length) {
                    const end = lineEnd(text, i);
                    let line = text.slice(i, end).replace(/\r$/, '');
                    if (doc.tabs)
                        line = line.replace(/^\t+/, '');
                    i = end + 1;
                    if (line === doc.delimiter)
                        break;
                }
            }
            wordStart = true;
            continue;
        }
        if (ch === '#' && wordStart) {
            const end = lineEnd(text, i);
            spans.push({ start: i + 1, end });
            i = end;
            continue;
        }
        if (ch === '\\')
            i += 2;
        else if (ch === "'")
            i = skipUntil(i + 1, "'", false);
        else if (ch === '$' && text[i + 1] === "'")
            i = skipUntil(i + 2, "'", true);
        else if (ch === '"')
            i = skipUntil(i + 1, '"', true);
        else if (ch === '`')
            i = skipUntil(i + 1, '`', true);
        else if (text.startsWith('<<<', i))
            i += 3;
        else if (ch === '<' && text[i + 1] === '<') {
            HEREDOC.lastIndex = i;
            const m = HEREDOC.exec(text);
            if (m) {
                pending.push({ delimiter: m[2] ?? m[3] ?? m[4], tabs: m[1] === '-' });
                i += m[0].length;
            }
            else {
                i += 2;
            }
        }
        else
            i++;
        wordStart = /[\s;&|()<>]/.test(ch);
    }
    return spans;
}
/**
 * PowerShell comments: `#` at the start of a token and every line of a `<# ... #>` block, outside
 * strings (`'...'` with `''`, `"..."` with backtick escapes) and here-strings (`@"`...`"@`).
 */
function powershellComments(text) {
    const spans = [];
    let tokenStart = true;
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '<' && text[i + 1] === '#') {
            const close = text.indexOf('#>', i + 2);
            const end = close === -1 ? text.length : close;
            // Each line of the block is a comment of its own: a waiver is one line.
            for (let start = i + 2; start <= end;) {
                const stop = Math.min(lineEnd(text, start), end);
                spans.push({ start, end: stop });
                start = stop + 1;
            }
            i = close === -1 ? text.length : close + 2;
            tokenStart = false;
            continue;
        }
        if (ch === '#' && tokenStart) {
            const end = lineEnd(text, i);
            spans.push({ start: i + 1, end });
            i = end;
            continue;
        }
        if (ch === '@' &&
            (text[i + 1] === '"' || text[i + 1] === "'") &&
            /^[ \t]*\r?\n/.test(text.slice(i + 2, i + 40))) {
            // A here-string ends at its quote and `@` at the start of a line.
            const close = text.indexOf(`\n${text[i + 1]}@`, i + 2);
            i = close === -1 ? text.length : close + 3;
        }
        else if (ch === "'") {
            let j = i + 1;
            while (j < text.length && (text[j] !== "'" || text[j + 1] === "'"))
                j += text[j] === "'" ? 2 : 1;
            i = j + 1;
        }
        else if (ch === '"') {
            let j = i + 1;
            while (j < text.length && (text[j] !== '"' || text[j + 1] === '"'))
                j += text[j] === '`' || text[j] === '"' ? 2 : 1;
            i = j + 1;
        }
        else if (ch === '`')
            i += 2;
        else
            i++;
        tokenStart = /[\s;(){}|&,=]/.test(ch);
    }
    return spans;
}
/** Offsets of each line of `text` as [start, end) pairs (end before `\r\n` or `\n`). */
function lineSpans(text) {
    const spans = [];
    let start = 0;
    while (start <= text.length) {
        const end = lineEnd(text, start);
        spans.push({ start, end: text[end - 1] === '\r' ? end - 1 : end });
        start = end + 1;
    }
    return spans;
}
/** `REM` as a statement: followed by a blank or the end of the line (`REMARK` is a command). */
const REM = /^rem(?=[\s]|$)/i;
/**
 * Batch comments: `REM` (also `@REM`) as a command at the start of a line or after an unquoted
 * `&`, `&&` or `||`, and `::` labels at the start of a line.
 */
function batchComments(text) {
    const spans = [];
    for (const { start, end } of lineSpans(text)) {
        const line = text.slice(start, end);
        const commandStarts = [0];
        let quoted = false;
        for (let j = 0; j < line.length; j++) {
            const ch = line[j];
            if (ch === '"')
                quoted = !quoted;
            else if (ch === '^' && !quoted)
                j++;
            else if ((ch === '&' || ch === '|') && !quoted)
                commandStarts.push(j + 1);
        }
        for (const at of commandStarts) {
            const lead = /^[\s@&|]*/.exec(line.slice(at))[0].length;
            const command = line.slice(at + lead);
            if (at === 0 && command.startsWith('::')) {
                spans.push({ start: start + lead + 2, end });
                break;
            }
            if (REM.test(command)) {
                spans.push({ start: start + at + lead + 3, end });
                break;
            }
        }
    }
    return spans;
}
/** VBScript comments: `'` outside a `"..."` string, and `REM` at the start of a statement. */
function vbscriptComments(text) {
    const spans = [];
    for (const { start, end } of lineSpans(text)) {
        const line = text.slice(start, end);
        let quoted = false;
        let statementStart = true;
        for (let j = 0; j < line.length; j++) {
            const ch = line[j];
            if (ch === '"') {
                quoted = !quoted; // `""` inside a string toggles twice
            }
            else if (!quoted && ch === "'") {
                spans.push({ start: start + j + 1, end });
                break;
            }
            else if (!quoted && statementStart && REM.test(line.slice(j))) {
                spans.push({ start: start + j + 3, end });
                break;
            }
            if (quoted)
                statementStart = false;
            else if (ch === ':')
                statementStart = true;
            else if (!/\s/.test(ch))
                statementStart = false;
        }
    }
    return spans;
}
const SCANNERS = {
    python: pythonComments,
    shell: shellComments,
    powershell: powershellComments,
    batch: batchComments,
    vbscript: vbscriptComments,
};
/** The rule ids, reason and problem of a directive (the text from `mcen:` on). */
function readDirective(directive) {
    const usage = 'write "mcen: allow RULE_ID[,RULE_ID] -- reason"';
    const verb = /^mcen:[ \t]*(\S*)/.exec(directive)[1];
    if (verb !== 'allow') {
        const problem = verb === '' ? `nothing after "mcen:"` : `unknown directive "${verb.slice(0, 20)}"`;
        return { rules: [], reason: '', problem: `${problem}: ${usage}` };
    }
    const rest = directive.slice(directive.indexOf('allow') + 'allow'.length);
    const separator = rest.indexOf('--');
    const idsText = (separator === -1 ? rest : rest.slice(0, separator)).trim();
    const reason = separator === -1 ? '' : rest.slice(separator + 2).trim();
    const tokens = idsText === '' ? [] : idsText.split(',').map((t) => t.trim());
    const rules = [...new Set(tokens.filter((t) => RULE_TOKEN.test(t)))];
    const badToken = tokens.find((t) => !RULE_TOKEN.test(t));
    let problem;
    if (tokens.length === 0)
        problem = `no rule id after "allow": ${usage}`;
    else if (separator === -1) {
        // `allow PEX003 reason`, `allow PEX003 - reason`, `allow PEX003: reason`
        problem =
            badToken === undefined
                ? 'reason required: add " -- reason" after the rule ids'
                : 'bad separator: put " -- " between the rule ids and the reason';
    }
    else if (badToken === '')
        problem = 'empty rule id in the list: separate rule ids with one ","';
    else if (badToken !== undefined) {
        const parts = badToken.split(/[^A-Za-z0-9]+/);
        problem = parts.every((p) => RULE_TOKEN.test(p))
            ? 'bad separator between rule ids: separate them with ","'
            : `"${badToken.slice(0, 20)}" is not a rule id: ${usage}`;
    }
    else if (reason === '')
        problem = 'reason required: write the reason after "--"';
    else if (reason.length > exports.MAX_REASON_LENGTH)
        problem = `reason longer than ${exports.MAX_REASON_LENGTH} characters`;
    return problem === undefined ? { rules, reason } : { rules, reason: '', problem };
}
/**
 * Where the directive starts in a comment's text: at its beginning (after blanks), or after a `#`
 * stacked behind another pragma (`# noqa  # mcen: allow ...`). A comment that only mentions
 * `mcen:` in prose is not a waiver.
 */
function directiveStart(body) {
    const m = /^(?:[ \t]*|.*?#[ \t]*)(?=mcen:)/.exec(body);
    return m ? m[0].length : -1;
}
/** What may precede a comment's text on a line that holds nothing else: blanks and the comment marker. */
const OWN_LINE = /^[\s@]*(?:#|<#|rem|::|')?$/i;
function waiversOf(text, spans) {
    const found = [];
    let line = 1;
    let lineStart = 0;
    let counted = 0;
    for (const span of spans) {
        const body = text.slice(span.start, span.end);
        if (!body.includes(exports.WAIVER_MARK))
            continue;
        const at = directiveStart(body);
        if (at === -1)
            continue;
        const offset = span.start + at;
        // Spans come in text order, so lines are counted once over the whole text.
        for (; counted < offset; counted++) {
            if (text.charCodeAt(counted) === 10) {
                line++;
                lineStart = counted + 1;
            }
        }
        const directive = body.slice(at).replace(/\s+$/, '');
        const column = offset - lineStart + 1;
        found.push({
            line,
            column,
            endColumn: column + directive.length,
            ownLine: OWN_LINE.test(text.slice(lineStart, span.start)),
            ...readDirective(directive),
            text: directive.length > MAX_TEXT_LENGTH ? `${directive.slice(0, MAX_TEXT_LENGTH)}…` : directive,
        });
    }
    return found;
}
/** Waivers of a notebook's code cells, placed at raw file lines and named by cell and cell line. */
function notebookWaivers(text) {
    const parsed = (0, json_lines_js_1.jsonWithLines)(text);
    if ('error' in parsed)
        return [];
    const found = [];
    ((0, notebook_cells_js_1.notebookCells)(parsed.value) ?? []).forEach((cell, index) => {
        if (cell.type !== 'code' || cell.lines.length === 0)
            return;
        const magic = (0, notebook_cells_js_1.cellMagicLanguage)(cell.lines[0].text);
        if (magic === 'skip')
            return;
        const lines = cell.lines.map((l) => l.text);
        // A cell magic's first line is not code of the cell's language.
        if (magic !== undefined)
            lines[0] = '';
        const source = lines.join('\n');
        if (!source.includes(exports.WAIVER_MARK))
            return;
        const language = magic === 'shell' || magic === 'powershell' ? magic : 'python';
        for (const waiver of waiversOf(source, SCANNERS[language](source))) {
            found.push({
                ...waiver,
                line: cell.lines[waiver.line - 1].rawLine,
                cell: index + 1,
                cellLine: waiver.line,
            });
        }
    });
    return found;
}
/**
 * The waiver comments of a decoded source file read as `language`, in text order. Returns `[]`
 * at once when the text does not contain `mcen:`. Never throws: unterminated strings and comments
 * end at the end of the text, and a notebook that is not valid JSON has no waivers.
 */
function waiverComments(text, language) {
    if (!text.includes(exports.WAIVER_MARK))
        return [];
    if (language === 'notebook')
        return notebookWaivers(text);
    return waiversOf(text, SCANNERS[language](text));
}


/***/ }),

/***/ 3305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createFileAnalyzer = createFileAnalyzer;
/**
 * One discovered file from bytes to raw findings: read, hash, decode, prefilter, analyse. Each
 * thread that analyses files (the main thread or a scan worker) owns one `FileAnalyzer`, with
 * its own parser; results are plain data so they cross a worker boundary as they are.
 */
const node_fs_1 = __nccwpck_require__(3024);
const decode_source_js_1 = __nccwpck_require__(6403);
const sha256_js_1 = __nccwpck_require__(3168);
const finding_builder_js_1 = __nccwpck_require__(9066);
const tree_sitter_runtime_js_1 = __nccwpck_require__(6730);
const waiver_comments_js_1 = __nccwpck_require__(7782);
const analyze_source_js_1 = __nccwpck_require__(6122);
/** A parser that adds the time each parse takes to `times.parse`. */
function timedParser(parser, times) {
    const timed = Object.create(parser);
    timed.parse = (...args) => {
        const started = performance.now();
        try {
            return parser.parse(...args);
        }
        finally {
            times.parse += performance.now() - started;
        }
    };
    return timed;
}
/** A file skipped for `reason`: listed in the inventory and reported as SCAN001. */
function skippedFile(reason, scanned) {
    return {
        ...(scanned ? { scanned } : {}),
        skippedReason: reason,
        raws: [(0, finding_builder_js_1.scanProblem)(`file skipped: ${reason}`)],
    };
}
/** A file analyzer for this thread, prefiltering Python (see match/prefilter.ts). */
async function createFileAnalyzer(pack, policies) {
    const parser = await (0, tree_sitter_runtime_js_1.createParser)('python');
    const times = { read: 0, parse: 0, analyze: 0 };
    const python = timedParser(parser, times);
    async function analyze(file) {
        const readStarted = performance.now();
        let bytes;
        try {
            // Synchronous: this thread has nothing else to do meanwhile, and the time measured is the read's own.
            bytes = (0, node_fs_1.readFileSync)(file.absPath);
        }
        catch (error) {
            return skippedFile(`unreadable: ${error.code ?? 'error'}`);
        }
        finally {
            times.read += performance.now() - readStarted;
        }
        const scanned = {
            path: file.path,
            sha256: (0, sha256_js_1.sha256Hex)(bytes),
            size: bytes.length,
            language: file.language,
        };
        if (file.excluded)
            scanned.excluded = true;
        const decoded = (0, decode_source_js_1.decodeSource)(bytes, file.path);
        if (!decoded.ok)
            return skippedFile(decoded.reason, scanned);
        const waivers = (0, waiver_comments_js_1.waiverComments)(decoded.text, file.language);
        const started = performance.now();
        const parsedBefore = times.parse;
        const analysis = await (0, analyze_source_js_1.analyzeSource)(decoded.text, file.language, python, pack, policies, {
            prefilter: true,
        });
        times.analyze += performance.now() - started - (times.parse - parsedBefore);
        if ('skipped' in analysis)
            return skippedFile(analysis.skipped, scanned);
        return {
            scanned,
            raws: analysis.findings,
            waivers,
            ...(analysis.incomplete ? { incomplete: analysis.incomplete } : {}),
            ...(analysis.prefiltered ? { prefiltered: true } : {}),
        };
    }
    return { analyze, times, close: () => parser.delete() };
}


/***/ }),

/***/ 3542:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzeNotebookSource = analyzeNotebookSource;
const analyze_python_js_1 = __nccwpck_require__(25);
const analyze_script_js_1 = __nccwpck_require__(9828);
const json_lines_js_1 = __nccwpck_require__(6323);
const notebook_cells_js_1 = __nccwpck_require__(3902);
const shell_js_1 = __nccwpck_require__(8933);
/** IPython interpolates `{expr}` into shell escapes: unknown to a static reader. */
function interpolated(command) {
    return command.replace(/\{[^{}]*\}/g, `\${${shell_js_1.IPYTHON_VALUE}}`);
}
/** The shell command of an IPython line, or undefined when the line is Python (or a magic we skip: ''). */
function shellEscape(text) {
    const body = text.trimStart();
    const assigned = /^[\w.,\s[\]()]+=\s*!(.*)$/.exec(body);
    if (assigned)
        return assigned[1];
    if (body.startsWith('!'))
        return body.replace(/^!!?/, '');
    const magic = /^%(\w+)\s*(.*)$/.exec(body);
    if (magic) {
        const [, name, rest] = magic;
        if (name === 'system' || name === 'sx')
            return rest;
        if (name === 'pip' || name === 'conda' || name === 'mamba')
            return `${name} ${rest}`;
        return '';
    }
    // `obj?`, `??obj`: IPython help, not code.
    if (/^\?{1,2}[\w.]+$|^[\w.]+\?{1,2}$/.test(body.trim()))
        return '';
    return undefined;
}
/**
 * Every raw finding of a notebook's code cells. Invalid JSON, or JSON without cells, is
 * `{ skipped }` with the reason. Never throws.
 */
function analyzeNotebookSource(text, parsers, pack) {
    const parsed = (0, json_lines_js_1.jsonWithLines)(text);
    if ('error' in parsed)
        return { skipped: `not a valid notebook: ${parsed.error}` };
    const cells = (0, notebook_cells_js_1.notebookCells)(parsed.value);
    if (!cells)
        return { skipped: 'not a valid notebook: no cells' };
    const findings = [];
    let incomplete;
    cells.forEach((cell, index) => {
        if (cell.type !== 'code' || !cell.lines.length)
            return;
        const place = (f, cellLine, endCellLine = cellLine) => {
            const line = cell.lines[cellLine - 1]?.rawLine ?? cell.lines[0].rawLine;
            const endLine = cell.lines[endCellLine - 1]?.rawLine ?? line;
            return { ...f, line, endLine, details: { ...f.details, cell: index + 1, cell_line: cellLine } };
        };
        const magic = (0, notebook_cells_js_1.cellMagicLanguage)(cell.lines[0].text);
        if (magic === 'skip')
            return;
        if (magic === 'shell' || magic === 'powershell') {
            const body = cell.lines
                .slice(1)
                .map((l) => l.text)
                .join('\n');
            const result = (0, analyze_script_js_1.analyzeScriptSource)(body, magic, parsers, pack);
            for (const f of result.findings)
                findings.push(place(f, f.line + 1, f.endLine + 1));
            return;
        }
        const from = magic === 'python' ? 1 : 0;
        const python = cell.lines.map((l) => l.text);
        for (let i = 0; i < from; i++)
            python[i] = '';
        for (let i = from; i < cell.lines.length; i++) {
            const command = shellEscape(cell.lines[i].text);
            if (command === undefined)
                continue;
            // The line stays a statement at its indentation, so the block around it still parses.
            python[i] = `${/^\s*/.exec(cell.lines[i].text)[0]}pass`;
            if (!command.trim())
                continue;
            const result = (0, analyze_script_js_1.analyzeScriptSource)(interpolated(command), 'shell', parsers, pack);
            for (const f of result.findings)
                if (f.ruleId !== 'SCAN001')
                    findings.push(place(f, i + 1));
        }
        const result = (0, analyze_python_js_1.analyzePythonSource)(python.join('\n'), parsers.python, pack);
        if (result.incomplete)
            incomplete = result.incomplete;
        for (const f of result.findings)
            findings.push(place(f, f.line, f.endLine));
    });
    return incomplete ? { findings, incomplete } : { findings };
}


/***/ }),

/***/ 25:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pythonFacts = pythonFacts;
exports.analyzePythonSource = analyzePythonSource;
const append_all_js_1 = __nccwpck_require__(3891);
const api_index_js_1 = __nccwpck_require__(8448);
const finding_builder_js_1 = __nccwpck_require__(9066);
const prefilter_js_1 = __nccwpck_require__(6486);
const python_rules_js_1 = __nccwpck_require__(7469);
const python_js_1 = __nccwpck_require__(9657);
const analyzer_js_1 = __nccwpck_require__(4361);
const matching_js_1 = __nccwpck_require__(7988);
const python_facts_js_1 = __nccwpck_require__(2947);
const embedded_python_js_1 = __nccwpck_require__(6389);
const contexts = new WeakMap();
/** What the semantic layer needs from a rulepack, derived once per pack. */
function resolveContext(pack) {
    let ctx = contexts.get(pack);
    if (!ctx) {
        ctx = {
            aliases: pack.aliases,
            knownApis: (0, api_index_js_1.apiIndex)(pack).names,
            literalFactMin: pack.obfuscation.blobs.base64_min_length,
            decoders: new Set(pack.obfuscation.decoders),
            codecDecoders: new Map(pack.obfuscation.codec_decoders.flatMap((c) => c.api.map((api) => [
                api,
                { encoding: c.encoding, suspicious: new Set(c.suspicious.map((s) => s.toLowerCase())) },
            ]))),
        };
        contexts.set(pack, ctx);
    }
    return ctx;
}
/**
 * What the semantic layer learns about one Python source, with its syntax errors; null only if
 * the parser gave up. `allFacts` keeps every call and access (policy rules), not just what the
 * catalogs can match.
 */
function pythonFacts(source, parser, pack, allFacts = false) {
    const tree = parser.parse(source);
    if (!tree)
        return null;
    try {
        const facts = (0, analyzer_js_1.analyzePython)(tree, source, {
            ...resolveContext(pack),
            parsePayload: (text) => parser.parse(text),
            allFacts,
        });
        return { facts, errors: (0, python_js_1.syntaxErrors)(tree) };
    }
    finally {
        tree.delete();
    }
}
/** The analysis of a source tree-sitter could not parse at all (a fresh object: callers add to it). */
const gaveUp = () => ({ findings: [], incomplete: 'the parser gave up on this file' });
/** SCAN001 for a file's syntax errors (none when there are none). */
function syntaxErrorFindings(errors) {
    if (!errors.length)
        return [];
    const count = errors.length === 20 ? '20 or more' : String(errors.length);
    return [
        (0, finding_builder_js_1.scanProblem)('syntax error', {
            range: errors[0],
            evidence: `syntax error (${count} in this file); the intact statements were analysed`,
            errors: errors.length,
        }),
    ];
}
/**
 * Every raw finding of one Python source: the rules, SCAN001 for syntax errors and limits,
 * and POL001 for what active deny rules of `policies` cover (nothing when `policies` is
 * undefined). With `prefilter`, a source the prefilter proves no rule can match is parsed for
 * its syntax errors only (`prefiltered`); the findings are the same either way. Never throws
 * on bad code.
 */
function analyzePythonSource(source, parser, pack, policies, options = {}) {
    if (options.prefilter && !(0, prefilter_js_1.pythonPrefilter)(pack, policies).mayMatch(source)) {
        const tree = parser.parse(source);
        if (!tree)
            return gaveUp();
        try {
            return { findings: syntaxErrorFindings((0, python_js_1.syntaxErrors)(tree)), prefiltered: true };
        }
        finally {
            tree.delete();
        }
    }
    const analysed = pythonFacts(source, parser, pack, policies !== undefined);
    if (!analysed)
        return gaveUp();
    const { facts, errors } = analysed;
    const findings = (0, python_rules_js_1.matchPythonFacts)(facts, source, pack);
    // `python -c "..."` handed to subprocess: the inner code is analysed and reported here.
    (0, append_all_js_1.appendAll)(findings, (0, embedded_python_js_1.embeddedPythonFindings)(facts, pack, (code) => analyzePythonSource(code, parser, pack).findings));
    if (policies)
        (0, append_all_js_1.appendAll)(findings, (0, matching_js_1.policyFindings)((0, python_facts_js_1.policyFactsOf)(facts), policies));
    (0, append_all_js_1.appendAll)(findings, syntaxErrorFindings(errors));
    if (facts.incomplete) {
        findings.push((0, finding_builder_js_1.scanProblem)(facts.incomplete, { subject: 'incomplete analysis' }));
        return { findings, incomplete: facts.incomplete };
    }
    return { findings };
}


/***/ }),

/***/ 9828:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scriptParsers = scriptParsers;
exports.analyzeScriptSource = analyzeScriptSource;
const append_all_js_1 = __nccwpck_require__(3891);
const value_js_1 = __nccwpck_require__(2904);
const embedded_js_1 = __nccwpck_require__(4349);
const script_rules_js_1 = __nccwpck_require__(1397);
const finding_builder_js_1 = __nccwpck_require__(9066);
const tree_sitter_runtime_js_1 = __nccwpck_require__(6730);
const powershell_js_1 = __nccwpck_require__(5310);
const shell_js_1 = __nccwpck_require__(8933);
const batch_js_1 = __nccwpck_require__(1927);
const vbscript_js_1 = __nccwpck_require__(9944);
const analyze_python_js_1 = __nccwpck_require__(25);
let shared;
/** Parsers for scripts, created once per thread and kept for its life, joined with the caller's Python parser. */
async function scriptParsers(python) {
    shared ??= (async () => ({
        bash: await (0, tree_sitter_runtime_js_1.createParser)('bash'),
        powershell: await (0, tree_sitter_runtime_js_1.createParser)('powershell'),
    }))();
    return { python, ...(await shared) };
}
/** Embedded code nested deeper than this is not opened (a payload that encodes itself forever). */
const MAX_NESTING = 4;
/** Unwrapped code of an -EncodedCommand: text, or why it is not. */
function decodePowerShell(encoded) {
    const compact = encoded.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1)
        return { problem: 'the payload is not Base64' };
    const bytes = Buffer.from(compact, 'base64');
    if (bytes.length % 2 !== 0)
        return { problem: 'the payload is not UTF-16LE text (odd length)' };
    const text = bytes.toString('utf16le');
    // Control characters other than whitespace, undecodable units, or mostly non-ASCII units
    // (binary read as UTF-16LE lands all over the Unicode range) mean data rather than a script.
    const odd = text.match(/[^\t\n\r\x20-\x7e]/g)?.length ?? 0;
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text) || odd > text.length / 5)
        return { problem: 'the decoded payload is not text' };
    return { text };
}
function where(place, inner) {
    return { ...inner, ...place.range, statement: place.statement, scope: place.scope };
}
class ScriptAnalysis {
    parsers;
    pack;
    findings = [];
    incomplete;
    constructor(parsers, pack) {
        this.parsers = parsers;
        this.pack = pack;
    }
    run(source, language, depth) {
        const facts = this.facts(source, language);
        if (!facts)
            return;
        (0, append_all_js_1.appendAll)(this.findings, (0, script_rules_js_1.matchScriptFacts)(facts, this.pack));
        if (depth === 0 && facts.syntaxErrors.length)
            this.findings.push(syntaxError(facts.syntaxErrors, language));
        if (facts.incomplete && depth === 0) {
            this.incomplete = facts.incomplete;
            this.findings.push((0, finding_builder_js_1.scanProblem)(facts.incomplete, { subject: 'incomplete analysis', scope: 'script', language }));
        }
        if (depth >= MAX_NESTING)
            return;
        for (const command of facts.commands) {
            const codes = (0, embedded_js_1.embeddedInCommand)(command, this.pack, language);
            if (!codes.length)
                continue;
            // `powershell -enc X` or `cmd /c Y`: what the program runs is judged, not the program alone.
            const here = (f) => f.ruleId === 'PEX002' && f.line === command.range.line && f.column === command.range.column;
            this.findings.splice(0, this.findings.length, ...this.findings.filter((f) => !here(f)));
            for (const code of codes)
                this.embedded(code, command, language, depth);
        }
        for (const call of facts.methods)
            for (const code of (0, embedded_js_1.embeddedInCall)(call, this.pack, language))
                this.embedded(code, call, language, depth);
        for (const doc of facts.hereDocs ?? []) {
            const judged = (0, script_rules_js_1.judgeCommand)(doc.command, this.pack, language);
            if (!judged)
                continue;
            const interpreter = this.pack.tools.interpreters.includes(judged.program)
                ? 'python'
                : judged.entry?.pipe_exec && judged.program !== 'eval'
                    ? 'shell'
                    : undefined;
            if (!interpreter)
                continue;
            // A here-doc body is real lines of this file: its findings keep their own lines.
            const inner = this.nested(doc.text, interpreter, depth);
            for (const f of inner) {
                const line = f.line + doc.line - 1;
                this.findings.push({
                    ...f,
                    line,
                    endLine: f.endLine + doc.line - 1,
                    details: { ...f.details, chain: [`${judged.program} <<here-document`, ...(f.details.chain ?? [])] },
                });
            }
        }
    }
    facts(source, language) {
        switch (language) {
            case 'shell': {
                const tree = this.parsers.bash.parse(source);
                if (!tree)
                    return undefined;
                try {
                    return (0, shell_js_1.analyzeShell)(tree, source);
                }
                finally {
                    tree.delete();
                }
            }
            case 'powershell': {
                const tree = this.parsers.powershell.parse(source);
                if (!tree)
                    return undefined;
                try {
                    return (0, powershell_js_1.analyzePowerShell)(tree, source);
                }
                finally {
                    tree.delete();
                }
            }
            case 'batch':
                return (0, batch_js_1.analyzeBatch)(source);
            case 'vbscript':
                return (0, vbscript_js_1.analyzeVbscript)(source);
        }
    }
    /** Findings of code in another language, SCAN001 left out (a fragment's parse problems are not the file's). */
    nested(text, language, depth) {
        if (language === 'python') {
            return (0, analyze_python_js_1.analyzePythonSource)(text, this.parsers.python, this.pack)
                .findings.filter((f) => f.ruleId !== 'SCAN001')
                .map((f) => ({ ...f, details: { ...f.details, language: 'python' } }));
        }
        const inner = new ScriptAnalysis(this.parsers, this.pack);
        inner.run(text, language, depth + 1);
        return inner.findings.filter((f) => f.ruleId !== 'SCAN001');
    }
    embedded(code, place, language, depth) {
        let text = (0, value_js_1.flatten)(code.text);
        const base = { command: place.evidence, language, chain: [code.label] };
        if (text.includes(value_js_1.UNKNOWN_CHAR) && !code.encoded) {
            this.findings.push((0, finding_builder_js_1.rawFinding)('PEX001', place, {
                confidence: 'high',
                subject: `${code.label} dynamic`,
                details: {
                    ...base,
                    shell: `a ${code.label} string with dynamic parts`,
                    provenance: (0, finding_builder_js_1.provenanceOf)([code.text]) ?? 'dynamic',
                },
            }));
        }
        if (code.encoded) {
            const decoded = decodePowerShell(text);
            if ('problem' in decoded) {
                this.findings.push((0, finding_builder_js_1.rawFinding)('OBF001', place, {
                    confidence: 'high',
                    subject: `${code.label} undecodable`,
                    details: { ...base, problem: decoded.problem },
                }));
                return;
            }
            text = decoded.text;
            this.findings.push((0, finding_builder_js_1.rawFinding)('OBF001', place, {
                confidence: 'high',
                subject: `${code.label} ${text.slice(0, 200)}`,
                details: { ...base, decoded: text.length > 200 ? `${text.slice(0, 200)}…` : text },
                evidence: `${code.label} hides: ${text.split('\n', 1)[0].slice(0, 120)}`,
            }));
        }
        for (const inner of this.nested(text, code.language, depth)) {
            this.findings.push(where(place, {
                ...inner,
                evidence: `${code.label} → ${inner.evidence}`,
                details: { ...inner.details, chain: [code.label, ...(inner.details.chain ?? [])] },
            }));
        }
    }
}
function syntaxError(errors, language) {
    const count = errors.length >= 20 ? '20 or more' : String(errors.length);
    return (0, finding_builder_js_1.scanProblem)('syntax error', {
        range: errors[0],
        evidence: `syntax error (${count} in this file); the intact commands were analysed`,
        errors: errors.length,
        scope: 'script',
        language,
    });
}
/** Every raw finding of one script, SCAN001 for the parts that did not parse. Never throws on bad input. */
function analyzeScriptSource(source, language, parsers, pack) {
    const analysis = new ScriptAnalysis(parsers, pack);
    analysis.run(source, language, 0);
    const seen = new Set();
    const findings = analysis.findings.filter((f) => {
        const key = `${f.ruleId}\u0000${f.line}\u0000${f.column}\u0000${f.subject}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return analysis.incomplete ? { findings, incomplete: analysis.incomplete } : { findings };
}


/***/ }),

/***/ 6122:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzeSource = analyzeSource;
const analyze_notebook_js_1 = __nccwpck_require__(3542);
const analyze_python_js_1 = __nccwpck_require__(25);
const analyze_script_js_1 = __nccwpck_require__(9828);
/**
 * Every raw finding of `text` read as `language`; never throws on bad content. `prefilter`
 * lets Python that no rule can match be parsed for syntax errors only.
 */
async function analyzeSource(text, language, python, pack, policies, options = {}) {
    if (language === 'python')
        return (0, analyze_python_js_1.analyzePythonSource)(text, python, pack, policies, options);
    const parsers = await (0, analyze_script_js_1.scriptParsers)(python);
    if (language === 'notebook')
        return (0, analyze_notebook_js_1.analyzeNotebookSource)(text, parsers, pack);
    return (0, analyze_script_js_1.analyzeScriptSource)(text, language, parsers, pack);
}


/***/ }),

/***/ 6389:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.embeddedPythonFindings = embeddedPythonFindings;
const value_js_1 = __nccwpck_require__(2904);
const api_index_js_1 = __nccwpck_require__(8448);
const embedded_js_1 = __nccwpck_require__(4349);
const shell_words_js_1 = __nccwpck_require__(5983);
/** The words of a process call's command: an argv list, or a shell string split into commands. */
function commandLines(fact, pack) {
    const entry = (0, api_index_js_1.apiIndex)(pack).get(fact.site.callee)?.process[0];
    if (!entry)
        return [];
    const value = entry.spread === 'varargs' && entry.command.pos !== undefined
        ? { kind: 'seq', items: fact.site.positional.slice(entry.command.pos), tuple: true }
        : (0, value_js_1.argumentValue)(fact.site, entry.command);
    if (value?.kind === 'seq') {
        return [
            value.items.map((item) => item.kind === 'qualname' && item.name === 'sys.executable'
                ? ['python']
                : item.kind === 'str' && item.options.length === 1
                    ? item.options[0]
                    : []),
        ];
    }
    // A string is a shell command line (os.system, shell=True); its words lose their holes, which is
    // fine for finding `-c` and the literal code after it.
    if (value?.kind === 'str')
        return value.options.flatMap((t) => (0, shell_words_js_1.shellSegments)((0, value_js_1.flatten)(t)).map((w) => w.map((x) => [x])));
    return [];
}
/** The Python code after `-c` in one command line, when its program (after wrappers) is an interpreter. */
function pythonCode(words, pack) {
    const texts = words.map(value_js_1.flatten);
    const unwrapped = (0, shell_words_js_1.unwrapCommand)(texts);
    const rest = unwrapped.words;
    const program = (rest[0] ?? '')
        .split(/[/\\]/)
        .pop()
        ?.toLowerCase()
        .replace(/\.exe$/, '') ?? '';
    if (!pack.tools.interpreters.includes(program))
        return undefined;
    const flag = (0, embedded_js_1.interpreterCodeFlag)(rest);
    const code = flag > 0 ? rest[flag + 1] : undefined;
    return code ? { program, code } : undefined;
}
/**
 * Findings of the Python code that process calls run with `-c`, each placed at its call.
 * `analyze` is the Python analysis itself (passed in, so this module does not import it back).
 */
function embeddedPythonFindings(facts, pack, analyze) {
    const out = [];
    for (const fact of facts.calls) {
        for (const words of commandLines(fact, pack)) {
            const embedded = pythonCode(words, pack);
            if (!embedded)
                continue;
            const label = `${embedded.program} -c`;
            for (const inner of analyze(embedded.code)) {
                if (inner.ruleId === 'SCAN001')
                    continue;
                out.push({
                    ...inner,
                    ...fact.range,
                    statement: fact.statement,
                    scope: fact.scope,
                    evidence: `${label} → ${inner.evidence}`,
                    details: { ...inner.details, chain: [label, ...(inner.details.chain ?? [])] },
                });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 4361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzePython = analyzePython;
/**
 * The semantic layer for Python: one pass over a module's syntax tree that resolves what each
 * name means (imports, aliases, shadowing, builtins reached indirectly), computes values with
 * their provenance, types receivers from their constructors, and records every resolved call,
 * import and qualified access as a fact. Function bodies are analysed after the module body so
 * they see module constants assigned anywhere in the file.
 */
const append_all_js_1 = __nccwpck_require__(3891);
const value_js_1 = __nccwpck_require__(2904);
const python_js_1 = __nccwpck_require__(9657);
const builtins_js_1 = __nccwpck_require__(5043);
const names_js_1 = __nccwpck_require__(8271);
const scope_js_1 = __nccwpck_require__(3511);
const special_calls_js_1 = __nccwpck_require__(7484);
const templates_js_1 = __nccwpck_require__(2084);
const values_js_1 = __nccwpck_require__(4849);
/** Builtins that run Python source given as a string. */
const SOURCE_EXECUTORS = new Set(['builtins.exec', 'builtins.eval', 'builtins.compile']);
/** How many payloads deep (code in a string in a string...) analysis goes. */
const MAX_PAYLOAD_DEPTH = 3;
/** Literals at least this long are kept as facts for the blob heuristics (unless the catalog says otherwise). */
const LITERAL_FACT_MIN = 64;
/** What an encoded payload can be written with once escapes are decoded (Base64, hex, whitespace). */
const ENCODED_TEXT = /^[A-Za-z0-9+/=\s]*$/;
const MAX_DEPTH = 300;
const EVIDENCE_MAX = 160;
const STATEMENT_MAX = 400;
/** Items a list or tuple built by `+` may hold and still be followed. */
const MAX_SEQ_ITEMS = 4096;
const COMPOUND_BODY_FIELDS = ['body', 'consequence'];
const STATEMENT_TYPES = /_statement$|^(?:function_definition|class_definition|decorated_definition|ERROR)$/;
/** Analyses one parsed module and returns its facts. Never throws on odd code; limits are recorded as `incomplete`. */
function analyzePython(tree, source, ctx) {
    return new ModuleAnalyzer(ctx, source).run(tree);
}
class ModuleAnalyzer {
    ctx;
    source;
    anchor;
    facts = {
        calls: [],
        imports: [],
        accesses: [],
        literals: [],
        syntaxErrors: [],
    };
    names;
    deferred = [];
    classes = new Map();
    statements = new Map();
    /** The statement being analysed: facts name it without walking up the tree (parent look-ups are slow). */
    current;
    depth = 0;
    constructor(ctx, source, anchor) {
        this.ctx = ctx;
        this.source = source;
        this.anchor = anchor;
        this.names = (0, names_js_1.createNames)(ctx.aliases);
    }
    /** Source text of a node, sliced from the JS string (cheaper than tree-sitter's `text`), at most `max` characters. */
    text(node, max = Infinity) {
        return this.source.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + max));
    }
    textOf(node) {
        return node ? this.text(node) : undefined;
    }
    run(tree) {
        const module = new scope_js_1.Scope('module', 'module');
        this.block(tree.rootNode, module);
        // Function bodies run after the module body; nested functions queue more as they are found.
        for (let i = 0; i < this.deferred.length; i++) {
            const { node, scope } = this.deferred[i];
            this.functionBody(node, scope);
        }
        return this.facts;
    }
    // ---- statements ----------------------------------------------------------------------
    block(node, scope) {
        for (const child of node.namedChildren)
            if (child)
                this.statement(child, scope);
    }
    statement(node, scope) {
        if (!this.enter())
            return;
        const outer = this.current;
        this.current = node;
        try {
            switch (node.type) {
                case 'expression_statement':
                    for (const child of node.namedChildren)
                        if (child)
                            this.expressionStatement(child, scope);
                    break;
                case 'import_statement':
                    this.importStatement(node, scope);
                    break;
                case 'import_from_statement':
                    this.importFrom(node, scope);
                    break;
                case 'future_import_statement':
                    break;
                case 'function_definition':
                    this.functionDefinition(node, scope);
                    break;
                case 'class_definition':
                    this.classDefinition(node, scope);
                    break;
                case 'decorated_definition':
                    for (const decorator of node.namedChildren) {
                        if (decorator?.type === 'decorator')
                            this.visit(decorator, scope);
                    }
                    if (node.childForFieldName('definition'))
                        this.statement(node.childForFieldName('definition'), scope);
                    break;
                case 'if_statement':
                    this.ifStatement(node, scope);
                    break;
                case 'for_statement':
                    this.forStatement(node, scope);
                    break;
                case 'while_statement':
                    this.loop(node, scope, () => this.evaluate(node.childForFieldName('condition'), scope));
                    break;
                case 'try_statement':
                    this.tryStatement(node, scope);
                    break;
                case 'with_statement':
                    this.withStatement(node, scope);
                    break;
                case 'global_statement':
                    for (const name of node.namedChildren)
                        if (name?.type === 'identifier')
                            scope.globals.add(this.text(name));
                    break;
                case 'delete_statement':
                    this.visit(node, scope);
                    break;
                case 'ERROR':
                    this.recovered(node, scope);
                    break;
                case 'match_statement':
                    this.branches(scope, node.namedChildren.filter((c) => c?.type === 'block').flatMap((b) => present(b.namedChildren)), (branchScope, c) => this.statement(c, branchScope), () => this.evaluate(node.childForFieldName('subject'), scope));
                    break;
                default:
                    // return, raise, assert, print (Python 2), exec (Python 2), pass, etc.: find the calls inside.
                    this.visit(node, scope);
            }
        }
        finally {
            this.current = outer;
            this.leave();
        }
    }
    /**
     * Intact statements that error recovery wrapped in an ERROR node. A `def` indented deeper than
     * the class before it was that class's method before the error cut the class short.
     */
    recovered(node, scope) {
        let lastClass;
        for (const child of present(node.namedChildren)) {
            if (child.type === 'class_definition') {
                const classScope = this.classDefinition(child, scope);
                lastClass = classScope && { column: child.startPosition.column, scope: classScope };
            }
            else if (lastClass &&
                (child.type === 'function_definition' || child.type === 'decorated_definition') &&
                child.startPosition.column > lastClass.column) {
                this.statement(child, lastClass.scope);
            }
            else if (STATEMENT_TYPES.test(child.type))
                this.statement(child, scope);
            else
                this.evaluate(child, scope);
        }
    }
    expressionStatement(node, scope) {
        if (node.type === 'assignment')
            this.assignment(node, scope);
        else if (node.type === 'augmented_assignment')
            this.augmented(node, scope);
        else
            this.evaluate(node, scope);
    }
    assignment(node, scope) {
        // a = b = value nests to the right; walked in a loop because a chain can be 100,000 long.
        const targets = [];
        let value = (0, values_js_1.unknown)('chained assignment');
        for (let current = node; current;) {
            const left = current.childForFieldName('left');
            const right = current.childForFieldName('right');
            if (!left || !right)
                break; // annotation only: `x: int`
            targets.push(left);
            if (right.type === 'assignment')
                current = right;
            else {
                value = this.evaluate(right, scope);
                current = null;
            }
        }
        // The innermost target is bound first; each outer one then takes the value of the one inside.
        for (let i = targets.length - 1; i >= 0; i--) {
            if (i < targets.length - 1)
                value = this.valueOfTarget(targets[i + 1], scope);
            this.bindTarget(targets[i], value, scope);
        }
    }
    valueOfTarget(target, scope) {
        if (target?.type === 'identifier')
            return this.lookup(this.text(target), scope);
        return (0, values_js_1.unknown)('chained assignment');
    }
    augmented(node, scope) {
        const left = node.childForFieldName('left');
        const right = this.evaluate(node.childForFieldName('right'), scope);
        if (left?.type !== 'identifier') {
            this.visit(left, scope);
            return;
        }
        const op = this.textOf(node.childForFieldName('operator')) ?? '';
        const current = this.lookup(this.text(left), scope);
        scope.assign(this.text(left), op === '+=' ? this.add(current, right) : (0, values_js_1.unknown)(`${this.text(left)} after ${op}`));
    }
    /** Binds an assignment target (name, tuple, attribute, subscript) to a value. */
    bindTarget(target, value, scope) {
        // Targets nest like expressions (`((((a,),),),) = x`): the same depth bound applies.
        if (!this.enter())
            return;
        try {
            this.bindOne(target, value, scope);
        }
        finally {
            this.leave();
        }
    }
    bindOne(target, value, scope) {
        switch (target.type) {
            case 'identifier':
                scope.assign(this.text(target), value);
                break;
            case 'pattern_list':
            case 'tuple_pattern':
            case 'list_pattern':
            case 'tuple':
            case 'list': {
                const targets = present(target.namedChildren);
                const items = value.kind === 'seq' && value.items.length === targets.length ? value.items : undefined;
                targets.forEach((t, i) => this.bindTarget(t, items ? items[i] : (0, values_js_1.unknown)(`an element unpacked from ${(0, values_js_1.describe)(value)}`), scope));
                break;
            }
            case 'parenthesized_expression':
                if (target.namedChildren[0])
                    this.bindTarget(target.namedChildren[0], value, scope);
                break;
            case 'attribute': {
                const object = target.childForFieldName('object');
                const attr = this.textOf(target.childForFieldName('attribute')) ?? '';
                const receiver = this.evaluate(object, scope);
                const info = receiver.kind === 'instance' ? this.classes.get(receiver.type) : undefined;
                if (info)
                    info.attrs.set(attr, info.attrs.has(attr) ? (0, values_js_1.union)([info.attrs.get(attr), value]) : value);
                break;
            }
            case 'list_splat_pattern':
                if (target.namedChildren[0])
                    this.bindTarget(target.namedChildren[0], (0, values_js_1.unknown)('a starred unpacking'), scope);
                break;
            default:
                // subscripts and anything else: evaluate for the calls inside, bind nothing.
                this.visit(target, scope);
        }
    }
    importStatement(node, scope) {
        for (const item of node.childrenForFieldName('name')) {
            if (!item)
                continue;
            const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
            const alias = item.type === 'aliased_import' ? this.textOf(item.childForFieldName('alias')) : undefined;
            const module = this.names.canonical(this.text(dotted).replace(/\s+/g, ''));
            this.facts.imports.push({ ...this.place(item, scope), module, form: 'import' });
            if (alias)
                scope.assign(alias, { kind: 'module', name: module });
            else {
                // `import a.b` binds `a`; the rest is reached through attributes.
                const top = this.text(dotted).split('.')[0].trim();
                scope.assign(top, { kind: 'module', name: this.names.canonical(top) });
            }
        }
    }
    importFrom(node, scope) {
        const moduleNode = node.childForFieldName('module_name');
        if (!moduleNode)
            return;
        const raw = this.text(moduleNode).replace(/\s+/g, '');
        const module = raw.startsWith('.') ? raw : this.names.canonical(raw);
        const names = [];
        for (const item of node.childrenForFieldName('name')) {
            if (!item)
                continue;
            const nameNode = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
            const alias = item.type === 'aliased_import' ? this.textOf(item.childForFieldName('alias')) : undefined;
            const name = this.text(nameNode).replace(/\s+/g, '');
            names.push(name);
            const qualified = this.names.canonical(`${module}.${name}`);
            scope.assign(alias ?? name, raw.startsWith('.') ? { kind: 'local', name: qualified } : { kind: 'qualname', name: qualified });
        }
        if (node.namedChildren.some((c) => c?.type === 'wildcard_import') && !raw.startsWith('.')) {
            scope.starModules.push(module);
        }
        this.facts.imports.push({ ...this.place(node, scope), module, form: 'from', names });
    }
    functionDefinition(node, scope) {
        const name = this.textOf(node.childForFieldName('name')) ?? '<function>';
        // Defaults and annotations are evaluated where the def stands.
        const parameters = node.childForFieldName('parameters');
        for (const param of parameters?.namedChildren ?? []) {
            if (param?.type === 'default_parameter' || param?.type === 'typed_default_parameter') {
                this.evaluate(param.childForFieldName('value'), scope);
            }
        }
        scope.assign(name, { kind: 'local', name: scope.child(name) });
        const fnScope = new scope_js_1.Scope('function', scope.child(name), scope, scope.cls);
        this.deferred.push({ node, scope: fnScope });
    }
    functionBody(node, scope) {
        const parameters = node.childForFieldName('parameters');
        const fname = this.textOf(node.childForFieldName('name')) ?? '<function>';
        const params = present(parameters?.namedChildren ?? []);
        const isMethod = scope.parent?.kind === 'class' && scope.cls !== undefined;
        const decorators = node.parent?.type === 'decorated_definition' ? this.text(node.parent) : '';
        const isStatic = /@staticmethod\b/.test(decorators);
        params.forEach((param, index) => {
            const nameNode = param.type === 'identifier'
                ? param
                : (param.childForFieldName('name') ?? param.namedChildren.find((c) => c?.type === 'identifier'));
            if (!nameNode)
                return;
            const pname = this.text(nameNode);
            if (index === 0 && isMethod && !isStatic) {
                scope.assign(pname, /@classmethod\b/.test(decorators)
                    ? { kind: 'local', name: scope.cls.name }
                    : { kind: 'instance', type: scope.cls.type });
                return;
            }
            const base = (0, values_js_1.unknown)(`parameter ${pname} of ${fname}()`);
            const defaultNode = param.childForFieldName('value');
            const defaultValue = defaultNode ? this.quietEvaluate(defaultNode, scope.parent) : undefined;
            scope.assign(pname, defaultValue && defaultValue.kind !== 'none' ? (0, values_js_1.union)([base, defaultValue]) : base);
        });
        const body = node.childForFieldName('body');
        if (body)
            this.block(body, scope);
    }
    /** Analyses a class body (methods deferred) and returns the class's scope. */
    classDefinition(node, scope) {
        const name = this.textOf(node.childForFieldName('name')) ?? '<class>';
        const bases = [];
        for (const base of node.childForFieldName('superclasses')?.namedChildren ?? []) {
            if (!base || base.type === 'keyword_argument')
                continue;
            const value = this.evaluate(base, scope);
            if (value.kind === 'qualname')
                bases.push(value.name);
            else if (value.kind === 'local') {
                const local = this.classes.get(`<local>${value.name}`);
                if (local)
                    bases.push(...local.bases);
            }
        }
        const scopeName = scope.child(name);
        const info = {
            type: `<local>${scopeName}`,
            name: scopeName,
            bases,
            attrs: new Map(),
            definesInit: false,
        };
        this.classes.set(info.type, info);
        scope.assign(name, { kind: 'local', name: scopeName });
        const classScope = new scope_js_1.Scope('class', scopeName, scope, info);
        // After a syntax error some members may sit in ERROR nodes beside (or instead of) the body.
        const members = present(node.namedChildren).flatMap((c) => c.type === 'block' ? present(c.namedChildren) : c.type === 'ERROR' ? [c] : []);
        const methods = [];
        for (const child of flattenErrors(members)) {
            if (!STATEMENT_TYPES.test(child.type) && child.type !== 'comment') {
                this.evaluate(child, classScope);
                continue;
            }
            const def = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
            if (def?.type === 'function_definition') {
                if (this.textOf(def.childForFieldName('name')) === '__init__')
                    info.definesInit = true;
                methods.push(child);
            }
            else
                this.statement(child, classScope);
        }
        for (const [attr, value] of classScope.bindings)
            info.attrs.set(attr, value);
        // `__init__` first, so the attributes it sets are known to the other methods.
        methods.sort((a, b) => Number(this.isInit(b)) - Number(this.isInit(a)));
        for (const method of methods)
            this.statement(method, classScope);
        return classScope;
    }
    isInit(node) {
        const def = node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
        return this.textOf(def?.childForFieldName('name')) === '__init__';
    }
    ifStatement(node, scope) {
        this.evaluate(node.childForFieldName('condition'), scope);
        const arms = [];
        const consequence = node.childForFieldName('consequence');
        if (consequence)
            arms.push(consequence);
        let hasElse = false;
        for (const alt of node.childrenForFieldName('alternative')) {
            if (!alt)
                continue;
            if (alt.type === 'elif_clause')
                this.evaluate(alt.childForFieldName('condition'), scope);
            else
                hasElse = true;
            const body = alt.childForFieldName('consequence') ?? alt.childForFieldName('body');
            if (body)
                arms.push(body);
        }
        this.branches(scope, arms, (branchScope, arm) => this.block(arm, branchScope), undefined, !hasElse);
    }
    forStatement(node, scope) {
        const iterable = this.evaluate(node.childForFieldName('right'), scope);
        const left = node.childForFieldName('left');
        this.loop(node, scope, () => {
            if (left) {
                const item = iterable.kind === 'seq' && iterable.items.length
                    ? (0, values_js_1.union)(iterable.items)
                    : (0, values_js_1.unknown)(`loop variable ${this.text(left)}`);
                this.bindTarget(left, item, scope);
            }
        });
    }
    /** A loop body runs zero or more times: its bindings merge with the state before it. */
    loop(node, scope, head) {
        const arms = [node.childForFieldName('body'), node.childForFieldName('alternative')].filter(Boolean);
        this.branches(scope, arms, (branchScope, arm) => arm.type === 'else_clause'
            ? this.block(arm.childForFieldName('body') ?? arm, branchScope)
            : this.block(arm, branchScope), head, true);
    }
    tryStatement(node, scope) {
        const body = node.childForFieldName('body');
        const before = new Map(scope.bindings);
        if (body)
            this.block(body, scope);
        const afterBody = new Map(scope.bindings);
        const ends = [afterBody];
        for (const clause of node.namedChildren) {
            if (!clause || clause === body)
                continue;
            if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
                this.reset(scope, before);
                for (const part of clause.namedChildren) {
                    if (!part)
                        continue;
                    if (part.type === 'block')
                        this.block(part, scope);
                    else if (part.type === 'as_pattern') {
                        this.evaluate(part.namedChildren[0] ?? null, scope);
                        const alias = part.childForFieldName('alias');
                        if (alias)
                            this.bindTarget(alias.namedChildren[0] ?? alias, (0, values_js_1.unknown)('a caught exception'), scope);
                    }
                    else
                        this.evaluate(part, scope);
                }
                ends.push(new Map(scope.bindings));
            }
        }
        this.reset(scope, this.merge(ends));
        for (const clause of node.namedChildren) {
            if (clause?.type === 'else_clause' || clause?.type === 'finally_clause') {
                const block = clause.namedChildren.find((c) => c?.type === 'block');
                if (block)
                    this.block(block, scope);
            }
        }
    }
    withStatement(node, scope) {
        const clause = node.namedChildren.find((c) => c?.type === 'with_clause');
        for (const item of clause?.namedChildren ?? []) {
            const value = item?.childForFieldName('value');
            if (!value)
                continue;
            if (value.type === 'as_pattern') {
                const entered = this.evaluate(value.namedChildren[0] ?? null, scope);
                const alias = value.childForFieldName('alias');
                const target = alias?.namedChildren[0] ?? alias;
                if (target)
                    this.bindTarget(target, entered, scope);
            }
            else
                this.evaluate(value, scope);
        }
        const body = node.childForFieldName('body');
        if (body)
            this.block(body, scope);
    }
    /**
     * Runs each arm from the same starting state and merges the end states; with
     * `mayRunNone` the starting state is one of the outcomes too.
     */
    branches(scope, arms, run, head, mayRunNone = false) {
        head?.();
        const before = new Map(scope.bindings);
        const ends = mayRunNone ? [before] : [];
        for (const arm of arms) {
            this.reset(scope, before);
            run(scope, arm);
            ends.push(new Map(scope.bindings));
        }
        if (ends.length)
            this.reset(scope, this.merge(ends));
    }
    reset(scope, state) {
        scope.bindings.clear();
        for (const [k, v] of state)
            scope.bindings.set(k, v);
    }
    merge(states) {
        const merged = new Map();
        const names = new Set(states.flatMap((s) => [...s.keys()]));
        for (const name of names) {
            const values = states.map((s) => s.get(name)).filter((v) => v !== undefined);
            merged.set(name, (0, values_js_1.union)(values));
        }
        return merged;
    }
    // ---- names ---------------------------------------------------------------------------
    lookup(name, scope) {
        let current = scope.globals.has(name) ? scope.module : scope;
        while (current) {
            if (current.kind !== 'class' || current === scope) {
                if (current.bindings.has(name)) {
                    // Code in functions runs later: a module name may hold any value it was ever given.
                    if (current.kind === 'module' && scope.kind !== 'module') {
                        const history = current.history.get(name);
                        if (history && history.length > 1)
                            return (0, values_js_1.union)(history);
                    }
                    return current.bindings.get(name);
                }
            }
            current = current.parent;
        }
        if (name === '__builtins__')
            return { kind: 'module', name: 'builtins' };
        if (builtins_js_1.PYTHON_BUILTINS.has(name))
            return { kind: 'qualname', name: `builtins.${name}` };
        for (const module of scope.module.starModules) {
            const candidate = this.names.canonical(`${module}.${name}`);
            if (this.ctx.knownApis.has(candidate))
                return { kind: 'qualname', name: candidate };
        }
        if (name === '__file__')
            return { kind: 'str', options: [[(0, templates_js_1.hole)('the path of this file')]], path: true };
        return (0, values_js_1.unknown)(`name ${name} (not resolved)`);
    }
    /** `base.attr` for a resolved base. */
    attribute(base, attr) {
        switch (base.kind) {
            case 'module':
            case 'qualname': {
                if (base.name === 'builtins' && attr === '__dict__')
                    return base;
                if (attr === '__dict__')
                    return base;
                return { kind: 'qualname', name: this.names.canonical(`${base.name}.${attr}`) };
            }
            case 'instance': {
                const info = this.classes.get(base.type);
                if (info) {
                    const known = info.attrs.get(attr);
                    if (known)
                        return known;
                    if (info.bases[0])
                        return { kind: 'qualname', name: this.names.canonical(`${info.bases[0]}.${attr}`) };
                    return (0, values_js_1.unknown)(`attribute ${attr} of ${info.name}`);
                }
                return { kind: 'qualname', name: this.names.canonical(`${base.type}.${attr}`) };
            }
            case 'str':
                if (base.path)
                    return this.pathAttribute(base, attr);
                return { kind: 'qualname', name: `${base.bytes ? 'bytes' : 'str'}.${attr}` };
            case 'local': {
                const info = this.classes.get(`<local>${base.name}`);
                const known = info?.attrs.get(attr);
                if (known)
                    return known;
                return (0, values_js_1.unknown)(`attribute ${attr} of ${base.name}`);
            }
            default:
                return (0, values_js_1.unknown)(`attribute ${attr} of ${(0, values_js_1.describe)(base)}`);
        }
    }
    pathAttribute(base, attr) {
        if (attr === 'parent') {
            const options = base.options.map((o) => {
                const last = o[o.length - 1];
                if (typeof last === 'string' && last.includes('/'))
                    return [...o.slice(0, -1), last.slice(0, last.lastIndexOf('/'))];
                return [...o, '/..'];
            });
            return { ...base, options };
        }
        if (attr === 'name' || attr === 'stem' || attr === 'suffix')
            return (0, values_js_1.unknown)(`the ${attr} of a path`);
        return { kind: 'qualname', name: `pathlib.Path.${attr}` };
    }
    // ---- expressions ---------------------------------------------------------------------
    /** Evaluates without recording facts (parameter defaults seen again from the body). */
    quietEvaluate(node, scope) {
        const lengths = [
            this.facts.calls.length,
            this.facts.imports.length,
            this.facts.accesses.length,
            this.facts.literals.length,
        ];
        const value = this.evaluate(node, scope);
        this.facts.calls.length = lengths[0];
        this.facts.imports.length = lengths[1];
        this.facts.accesses.length = lengths[2];
        this.facts.literals.length = lengths[3];
        return value;
    }
    evaluate(node, scope) {
        if (!node)
            return (0, values_js_1.unknown)('nothing');
        if (!this.enter())
            return (0, values_js_1.unknown)('expression nested too deeply');
        try {
            return this.evaluateNode(node, scope);
        }
        finally {
            this.leave();
        }
    }
    evaluateNode(node, scope) {
        switch (node.type) {
            case 'identifier':
                return this.lookup(this.text(node), scope);
            case 'string':
                return this.stringLiteral(node, scope);
            case 'concatenated_string': {
                const parts = node.namedChildren.map((c) => this.evaluate(c, scope));
                return parts.reduce((acc, part) => this.add(acc, part));
            }
            case 'integer': {
                const n = Number(this.text(node).replace(/_/g, '').replace(/[lL]$/, ''));
                return Number.isFinite(n) ? { kind: 'num', value: n } : (0, values_js_1.unknown)('a large number');
            }
            case 'float':
                return { kind: 'num', value: Number(this.text(node).replace(/_/g, '')) };
            case 'true':
                return { kind: 'bool', value: true };
            case 'false':
                return { kind: 'bool', value: false };
            case 'none':
                return { kind: 'none' };
            case 'parenthesized_expression':
                return this.evaluate(node.namedChildren.find((c) => c?.type !== 'comment') ?? null, scope);
            case 'tuple':
            case 'list':
            case 'set':
            case 'expression_list':
                return {
                    kind: 'seq',
                    items: node.namedChildren
                        .filter((c) => c && c.type !== 'comment')
                        .map((c) => this.evaluate(c, scope)),
                    tuple: node.type !== 'list',
                };
            case 'dictionary': {
                const entries = [];
                for (const pair of node.namedChildren) {
                    if (pair?.type === 'pair') {
                        entries.push([
                            this.evaluate(pair.childForFieldName('key'), scope),
                            this.evaluate(pair.childForFieldName('value'), scope),
                        ]);
                    }
                    else if (pair)
                        this.evaluate(pair, scope);
                }
                return { kind: 'dict', entries };
            }
            case 'attribute': {
                const base = this.evaluate(node.childForFieldName('object'), scope);
                const value = this.attribute(base, this.textOf(node.childForFieldName('attribute')) ?? '');
                if (value.kind === 'qualname' && (base.kind === 'module' || base.kind === 'qualname'))
                    this.access(node, value.name, scope);
                return value;
            }
            case 'call':
                return this.call(node, scope);
            case 'subscript': {
                const base = this.evaluate(node.childForFieldName('value'), scope);
                const subscripts = node.childrenForFieldName('subscript');
                if (subscripts.length === 1 &&
                    subscripts[0]?.type === 'slice' &&
                    this.text(subscripts[0]).replace(/\s+/g, '') === '::-1') {
                    return reversed(base);
                }
                const index = subscripts.map((s) => this.evaluate(s, scope));
                return this.subscript(base, index, scope);
            }
            case 'binary_operator': {
                const left = this.evaluate(node.childForFieldName('left'), scope);
                const right = this.evaluate(node.childForFieldName('right'), scope);
                return this.binary(this.textOf(node.childForFieldName('operator')) ?? '', left, right, node);
            }
            case 'conditional_expression': {
                const [a, , b] = node.namedChildren;
                const cond = node.namedChildren[1];
                this.evaluate(cond, scope);
                return (0, values_js_1.union)([this.evaluate(a, scope), this.evaluate(b, scope)]);
            }
            case 'boolean_operator': {
                const left = this.evaluate(node.childForFieldName('left'), scope);
                const right = this.evaluate(node.childForFieldName('right'), scope);
                // `os.getenv("H") or "localhost"`: either side may be the result.
                return (0, values_js_1.union)([left, right]);
            }
            case 'named_expression': {
                const value = this.evaluate(node.childForFieldName('value'), scope);
                const name = node.childForFieldName('name');
                if (name)
                    scope.assign(this.text(name), value);
                return value;
            }
            case 'lambda': {
                const lambdaScope = new scope_js_1.Scope('function', scope.child('<lambda>'), scope, scope.cls);
                for (const param of node.childForFieldName('parameters')?.namedChildren ?? []) {
                    const pname = param?.type === 'identifier' ? this.text(param) : this.textOf(param?.childForFieldName('name'));
                    if (pname)
                        lambdaScope.assign(pname, (0, values_js_1.unknown)(`parameter ${pname} of a lambda`));
                }
                this.evaluate(node.childForFieldName('body'), lambdaScope);
                return { kind: 'local', name: '<lambda>' };
            }
            case 'await':
                return this.evaluate(node.namedChildren[0] ?? null, scope);
            case 'keyword_argument':
                return this.evaluate(node.childForFieldName('value'), scope);
            case 'comment':
                return (0, values_js_1.unknown)('a comment');
            default:
                this.visit(node, scope);
                return (0, values_js_1.unknown)(`the result of a ${node.type.replace(/_/g, ' ')}`);
        }
    }
    /** Evaluates every child expression (for the calls inside) of a node we do not model. */
    visit(node, scope) {
        if (!node)
            return;
        for (const child of node.namedChildren) {
            if (!child || child.type === 'comment')
                continue;
            if (child.type === 'block')
                this.block(child, scope);
            else
                this.evaluate(child, scope);
        }
    }
    stringLiteral(node, scope) {
        const start = this.textOf(node.children.find((c) => c?.type === 'string_start')) ?? '"';
        const prefix = start.replace(/["']+$/, '').toLowerCase();
        const raw = prefix.includes('r');
        const bytes = prefix.includes('b');
        const parts = [];
        let literalText = '';
        for (const child of node.namedChildren) {
            if (!child)
                continue;
            if (child.type === 'string_content') {
                const text = raw ? this.text(child) : (0, templates_js_1.decodeEscapes)(this.text(child), bytes);
                literalText += text;
                parts.push([[text]]);
            }
            else if (child.type === 'interpolation') {
                const expr = child.childForFieldName('expression');
                const value = this.evaluate(expr, scope);
                parts.push((0, values_js_1.printable)(value) ?? [[(0, templates_js_1.hole)(`${this.textOf(expr) ?? 'a value'} (${(0, values_js_1.describe)(value)})`)]]);
            }
        }
        // Only literals that could be an encoded payload become facts: prose and data cannot.
        const factText = literalText.slice(0, templates_js_1.MAX_TEXT);
        if (factText.length >= (this.ctx.literalFactMin ?? LITERAL_FACT_MIN) && ENCODED_TEXT.test(factText)) {
            this.facts.literals.push({ ...this.place(node, scope), text: factText });
        }
        const options = (0, templates_js_1.concatOptions)(parts);
        return { kind: 'str', options: options.length ? options : [[]], ...(bytes ? { bytes } : {}) };
    }
    add(left, right) {
        if ((left.kind === 'str' || right.kind === 'str') && left.kind !== 'seq' && right.kind !== 'seq') {
            const via = [
                ...new Set([...(('via' in left && left.via) || []), ...(('via' in right && right.via) || [])]),
            ];
            return {
                kind: 'str',
                options: (0, templates_js_1.concatOptions)([(0, values_js_1.templatesOf)(left), (0, values_js_1.templatesOf)(right)]),
                ...(left.kind === 'str' && left.bytes ? { bytes: true } : {}),
                ...(via.length ? { via } : {}),
            };
        }
        if (left.kind === 'num' && right.kind === 'num')
            return { kind: 'num', value: left.value + right.value };
        // A list that doubles itself (`a = a + a`) stops being followed once it is this long.
        if (left.kind === 'seq' &&
            right.kind === 'seq' &&
            left.items.length + right.items.length <= MAX_SEQ_ITEMS)
            return { kind: 'seq', items: [...left.items, ...right.items], tuple: left.tuple };
        return (0, values_js_1.unknown)(`${(0, values_js_1.describe)(left)} + ${(0, values_js_1.describe)(right)}`);
    }
    binary(op, left, right, node) {
        if (op === '+')
            return this.add(left, right);
        if (op === '/' && left.kind === 'str' && left.path)
            return (0, special_calls_js_1.joinPath)([left, right], true);
        if (op === '%' && left.kind === 'str') {
            const args = right.kind === 'seq' && right.tuple ? right.items.map(values_js_1.templatesOf) : [(0, values_js_1.templatesOf)(right)];
            const named = right.kind === 'dict'
                ? new Map(right.entries
                    .filter(([k]) => (0, values_js_1.knownText)(k) !== undefined)
                    .map(([k, v]) => [(0, values_js_1.knownText)(k), (0, values_js_1.templatesOf)(v)]))
                : undefined;
            const options = left.options.flatMap((t) => (0, templates_js_1.percentFormat)(t, args, named, (what) => [[(0, templates_js_1.hole)(`${what} of ${this.text(node, 60)}`)]]));
            return { kind: 'str', options: options.slice(0, 16) };
        }
        if (left.kind === 'num' && right.kind === 'num') {
            const results = {
                '-': left.value - right.value,
                '*': left.value * right.value,
                '|': left.value | right.value,
                '&': left.value & right.value,
            };
            if (op in results)
                return { kind: 'num', value: results[op] };
        }
        return (0, values_js_1.unknown)(`${(0, values_js_1.describe)(left)} ${op} ${(0, values_js_1.describe)(right)}`);
    }
    subscript(base, index, scope) {
        const key = index.length === 1 ? index[0] : { kind: 'seq', items: index, tuple: true };
        const special = (0, special_calls_js_1.specialSubscript)(base, key);
        if (special)
            return special;
        const keyText = (0, values_js_1.knownText)(key);
        if (base.kind === 'instance' && base.type === 'builtins.globals' && keyText !== undefined)
            return this.lookup(keyText, scope);
        if ((base.kind === 'module' || base.kind === 'qualname') && keyText !== undefined) {
            if (base.name === 'sys.modules')
                return { kind: 'module', name: this.names.canonical(keyText) };
            return this.attribute(base, keyText);
        }
        if (base.kind === 'dict' && keyText !== undefined) {
            const entry = base.entries.find(([k]) => (0, values_js_1.knownText)(k) === keyText);
            if (entry)
                return entry[1];
        }
        if (base.kind === 'seq' && key.kind === 'num') {
            const item = base.items.at(key.value);
            if (item)
                return item;
        }
        return (0, values_js_1.unknown)(`an item of ${(0, values_js_1.describe)(base)}`);
    }
    call(node, scope) {
        const fn = node.childForFieldName('function');
        const argsNode = node.childForFieldName('arguments');
        let receiver;
        let callee;
        if (fn?.type === 'attribute') {
            receiver = this.evaluate(fn.childForFieldName('object'), scope);
            const attr = this.textOf(fn.childForFieldName('attribute')) ?? '';
            callee = this.attribute(receiver, attr);
        }
        else
            callee = this.evaluate(fn, scope);
        const positional = [];
        const keywords = new Map();
        let hasStarArgs = false;
        let hasStarKwargs = false;
        for (const arg of argsNode?.namedChildren ?? []) {
            if (!arg || arg.type === 'comment')
                continue;
            if (arg.type === 'keyword_argument') {
                keywords.set(this.textOf(arg.childForFieldName('name')) ?? '', this.evaluate(arg.childForFieldName('value'), scope));
            }
            else if (arg.type === 'list_splat') {
                hasStarArgs = true;
                this.evaluate(arg.namedChildren[0] ?? null, scope);
            }
            else if (arg.type === 'dictionary_splat') {
                hasStarKwargs = true;
                this.evaluate(arg.namedChildren[0] ?? null, scope);
            }
            else if (argsNode?.type === 'generator_expression') {
                // f(x for x in y): the whole argument list is one generator.
                this.evaluate(arg, scope);
            }
            else
                positional.push(this.evaluate(arg, scope));
        }
        if (argsNode?.type === 'generator_expression')
            positional.push((0, values_js_1.unknown)('a generator'));
        if (callee.kind === 'local')
            return this.callLocal(callee, positional, keywords, node, scope, { hasStarArgs, hasStarKwargs });
        if (callee.kind !== 'qualname' && callee.kind !== 'module') {
            // `b64decode(x).decode()` on an unknown value: the result still carries the decoders.
            const via = receiver && (receiver.kind === 'str' || receiver.kind === 'unknown') ? receiver.via : undefined;
            if (callee.kind === 'str' || (receiver?.kind === 'str' && callee.kind === 'unknown'))
                return (0, values_js_1.unknown)('a string method result', via);
            return (0, values_js_1.unknown)(`the result of calling ${(0, values_js_1.describe)(callee)}`, via);
        }
        const name = this.names.callName(callee.name);
        const site = { callee: name, positional, keywords, hasStarArgs, hasStarKwargs };
        if (receiver && (receiver.kind === 'instance' || receiver.kind === 'str'))
            site.receiver = receiver;
        if (this.recorded(name)) {
            const fact = this.record(node, site, scope);
            this.forward(site, fact);
            if (SOURCE_EXECUTORS.has(name))
                this.payload(site, fact);
        }
        return this.nameCallResult(site, node, scope) ?? (0, special_calls_js_1.specialCallResult)(site) ?? this.callResult(site, name);
    }
    /** Analyses the code a string handed to `exec`/`eval`/`compile` holds, reporting at this call. */
    payload(site, fact) {
        const code = site.positional[0] ?? site.keywords.get('source');
        const text = (0, values_js_1.knownText)(code);
        const depth = (this.anchor?.depth ?? 0) + 1;
        if (text === undefined ||
            !this.ctx.parsePayload ||
            depth > MAX_PAYLOAD_DEPTH ||
            !/[\n;(=]|import/.test(text))
            return;
        const source = code?.kind === 'str' && code.bytes ? Buffer.from(text, 'latin1').toString('utf8') : text;
        const tree = this.ctx.parsePayload(source);
        if (!tree)
            return;
        const steps = [
            ...(code?.kind === 'str' ? (code.via ?? []).map((d) => `decoded by ${d}`) : []),
            `run by ${site.callee}`,
        ];
        const place = { ...fact, chain: [...(fact.chain ?? []), ...steps] };
        const inner = new ModuleAnalyzer(this.ctx, source, { place, depth }).run(tree);
        tree.delete();
        (0, append_all_js_1.appendAll)(this.facts.calls, inner.calls);
        (0, append_all_js_1.appendAll)(this.facts.imports, inner.imports);
        (0, append_all_js_1.appendAll)(this.facts.accesses, inner.accesses);
        (0, append_all_js_1.appendAll)(this.facts.literals, inner.literals);
    }
    /** Calls that are really name lookups: `getattr(m, "x")`, `__import__("os")`, `globals()["eval"]`. */
    nameCallResult(site, node, scope) {
        const first = site.positional[0];
        switch (site.callee) {
            case 'builtins.getattr': {
                const attr = (0, values_js_1.knownText)(site.positional[1]);
                return first && attr !== undefined ? this.attribute(first, attr) : undefined;
            }
            case 'builtins.__import__':
            case 'importlib.__import__':
            case 'importlib.import_module': {
                const target = (0, values_js_1.knownText)((0, value_js_1.argumentValue)(site, { pos: 0, kw: 'name' }));
                if (target === undefined || target.startsWith('.'))
                    return undefined;
                const module = this.names.canonical(target);
                this.facts.imports.push({ ...this.place(node, scope), module, form: 'dynamic' });
                const fromlist = (0, value_js_1.argumentValue)(site, { pos: 3, kw: 'fromlist' });
                const whole = site.callee === 'importlib.import_module' || (fromlist !== undefined && fromlist.kind !== 'none');
                return { kind: 'module', name: whole ? module : this.names.canonical(target.split('.')[0]) };
            }
            case 'builtins.globals':
            case 'builtins.locals':
                return { kind: 'instance', type: 'builtins.globals' };
            case 'builtins.vars':
                return first ?? { kind: 'instance', type: 'builtins.globals' };
            default:
                return undefined;
        }
    }
    /** The value a library call returns: its declared return type, or an instance of the callee. */
    callResult(site, name) {
        const via = [...new Set(site.positional.flatMap((v) => ('via' in v && v.via) || []))];
        if (this.ctx.decoders.has(name))
            return (0, values_js_1.unknown)(`the output of ${name}`, [...via, name]);
        const codec = this.ctx.codecDecoders.get(name);
        if (codec) {
            const encoding = (0, values_js_1.knownText)((0, value_js_1.argumentValue)(site, codec.encoding))?.toLowerCase().replace(/-/g, '_');
            if (encoding === undefined || codec.suspicious.has(encoding)) {
                return (0, values_js_1.unknown)(`the output of ${name}`, [...via, encoding ? `${name}(${encoding})` : name]);
            }
        }
        const type = this.ctx.aliases.returns[name] ?? name;
        return { kind: 'instance', type, origin: site };
    }
    callLocal(callee, positional, keywords, node, scope, star) {
        const info = this.classes.get(`<local>${callee.name}`);
        if (!info)
            return (0, values_js_1.unknown)(`the return value of ${callee.name}()`);
        // A subclass of a library class that keeps its constructor constructs that class.
        const base = info.bases[0];
        if (base && !info.definesInit) {
            const site = { callee: this.names.callName(base), positional, keywords, ...star };
            const fact = this.record(node, site, scope);
            this.forward(site, fact);
        }
        return { kind: 'instance', type: info.type };
    }
    /** `functools.partial(os.system, cmd)`, `Thread(target=f, args=...)`: the later call, recorded here. */
    forward(site, fact) {
        const spec = this.ctx.aliases.forwards?.[site.callee];
        if (!spec)
            return;
        const target = (0, value_js_1.argumentValue)(site, spec.func);
        if (target?.kind !== 'qualname')
            return;
        let positional = [];
        if (spec.args_from !== undefined)
            positional = site.positional.slice(spec.args_from);
        else if (spec.args) {
            const args = (0, value_js_1.argumentValue)(site, spec.args);
            if (args?.kind === 'seq')
                positional = args.items;
        }
        else {
            // Without an argument spec the call is map-like: each later argument is an iterable whose
            // items become the arguments (`map(requests.get, urls)`).
            positional = site.positional
                .slice(1)
                .map((iterable) => iterable.kind === 'seq' && iterable.items.length
                ? (0, values_js_1.union)(iterable.items)
                : (0, values_js_1.unknown)('an item of an iterable'));
        }
        const kwargsValue = spec.kwargs ? (0, value_js_1.argumentValue)(site, spec.kwargs) : undefined;
        const keywords = new Map();
        if (kwargsValue?.kind === 'dict') {
            for (const [k, v] of kwargsValue.entries)
                if ((0, values_js_1.knownText)(k) !== undefined)
                    keywords.set((0, values_js_1.knownText)(k), v);
        }
        if (spec.args_from !== undefined)
            for (const [k, v] of site.keywords)
                keywords.set(k, v);
        const argumentsUnknown = spec.args_from === undefined && spec.args === undefined && positional.length === 0;
        const forwarded = {
            callee: this.names.callName(target.name),
            positional,
            keywords,
            hasStarArgs: site.hasStarArgs || argumentsUnknown,
            hasStarKwargs: site.hasStarKwargs,
        };
        this.facts.calls.push({
            ...fact,
            site: forwarded,
            chain: [...(fact.chain ?? []), `called through ${site.callee}`],
        });
    }
    record(node, site, scope) {
        const fact = { ...this.place(node, scope), site };
        this.facts.calls.push(fact);
        return fact;
    }
    /** Whether a call of `name` becomes a fact (placing one costs several look-ups in the tree). */
    recorded(name) {
        return (this.ctx.allFacts === true ||
            this.ctx.knownApis.has(name) ||
            SOURCE_EXECUTORS.has(name) ||
            this.ctx.aliases.forwards?.[name] !== undefined);
    }
    access(node, name, scope) {
        // Bare reads matter to policy rules only.
        if (!this.ctx.allFacts)
            return;
        // Calls record their callee already; keep bare reads (`f = os.system`) only.
        if (node.parent?.type === 'call' && node.parent.childForFieldName('function')?.id === node.id)
            return;
        if (node.parent?.type === 'attribute')
            return;
        this.facts.accesses.push({ ...this.place(node, scope), name });
    }
    // ---- places --------------------------------------------------------------------------
    place(node, scope) {
        if (this.anchor) {
            const inner = this.text(node, EVIDENCE_MAX).split('\n', 1)[0];
            return { ...this.anchor.place, evidence: `${this.anchor.place.evidence} → ${inner}` };
        }
        const range = (0, python_js_1.rangeOf)(node);
        const head = this.text(node, EVIDENCE_MAX + 1).split('\n', 1)[0];
        const evidence = head.length > EVIDENCE_MAX ? `${head.slice(0, EVIDENCE_MAX)}…` : head;
        return { range, evidence, statement: this.statementText(node), scope: scope.name };
    }
    /** The text of the statement holding `node` (the header only, for compound statements), whitespace folded. */
    statementText(node) {
        const statement = this.current ?? node;
        const cached = this.statements.get(statement.id);
        if (cached !== undefined)
            return cached;
        let end = statement.endIndex;
        for (const field of COMPOUND_BODY_FIELDS) {
            const body = statement.childForFieldName(field);
            if (body && body.startIndex > statement.startIndex) {
                end = body.startIndex;
                break;
            }
        }
        // Fold whitespace over a bounded slice: a statement can be megabytes long.
        const folded = this.source
            .slice(statement.startIndex, Math.min(end, statement.startIndex + STATEMENT_MAX * 4))
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, STATEMENT_MAX);
        this.statements.set(statement.id, folded);
        return folded;
    }
    enter() {
        if (this.depth >= MAX_DEPTH) {
            this.facts.incomplete ??= `code nested deeper than ${MAX_DEPTH} levels was not analysed`;
            return false;
        }
        this.depth++;
        return true;
    }
    leave() {
        this.depth--;
    }
}
/** `text[::-1]`: known text reversed; either way the value remembers it was reversed (OBF001 chains). */
function reversed(value) {
    const text = (0, values_js_1.knownText)(value);
    if (value.kind === 'str' && text !== undefined) {
        return { ...value, options: [[[...text].reverse().join('')]], via: [...(value.via ?? []), 'reversed'] };
    }
    if (value.kind === 'seq')
        return { ...value, items: [...value.items].reverse() };
    return (0, values_js_1.unknown)('a reversed value', [
        ...((value.kind === 'str' || value.kind === 'unknown' ? value.via : undefined) ?? []),
        'reversed',
    ]);
}
/** Statements with ERROR wrappers opened up (recovery nests intact statements inside them). */
function flattenErrors(nodes) {
    return nodes.flatMap((n) => (n.type === 'ERROR' ? flattenErrors(present(n.namedChildren)) : [n]));
}
/** The non-null children of a node list (web-tree-sitter types children as nullable). */
function present(nodes) {
    return nodes.filter((n) => n !== null);
}


/***/ }),

/***/ 5043:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PYTHON_BUILTINS = void 0;
/** Names Python resolves as builtins when nothing in the module binds them (3.x plus Python 2 extras). */
exports.PYTHON_BUILTINS = new Set([
    'ArithmeticError',
    'AssertionError',
    'AttributeError',
    'BaseException',
    'BaseExceptionGroup',
    'BlockingIOError',
    'BrokenPipeError',
    'BufferError',
    'BytesWarning',
    'ChildProcessError',
    'ConnectionAbortedError',
    'ConnectionError',
    'ConnectionRefusedError',
    'ConnectionResetError',
    'DeprecationWarning',
    'EOFError',
    'Ellipsis',
    'EncodingWarning',
    'EnvironmentError',
    'Exception',
    'ExceptionGroup',
    'False',
    'FileExistsError',
    'FileNotFoundError',
    'FloatingPointError',
    'FutureWarning',
    'GeneratorExit',
    'IOError',
    'ImportError',
    'ImportWarning',
    'IndentationError',
    'IndexError',
    'InterruptedError',
    'IsADirectoryError',
    'KeyError',
    'KeyboardInterrupt',
    'LookupError',
    'MemoryError',
    'ModuleNotFoundError',
    'NameError',
    'None',
    'NotADirectoryError',
    'NotImplemented',
    'NotImplementedError',
    'OSError',
    'OverflowError',
    'PendingDeprecationWarning',
    'PermissionError',
    'ProcessLookupError',
    'RecursionError',
    'ReferenceError',
    'ResourceWarning',
    'RuntimeError',
    'RuntimeWarning',
    'StopAsyncIteration',
    'StopIteration',
    'SyntaxError',
    'SyntaxWarning',
    'SystemError',
    'SystemExit',
    'TabError',
    'TimeoutError',
    'True',
    'TypeError',
    'UnboundLocalError',
    'UnicodeDecodeError',
    'UnicodeEncodeError',
    'UnicodeError',
    'UnicodeTranslateError',
    'UnicodeWarning',
    'UserWarning',
    'ValueError',
    'Warning',
    'ZeroDivisionError',
    '__build_class__',
    '__import__',
    'abs',
    'aiter',
    'all',
    'anext',
    'any',
    'apply',
    'ascii',
    'basestring',
    'bin',
    'bool',
    'breakpoint',
    'buffer',
    'bytearray',
    'bytes',
    'callable',
    'chr',
    'classmethod',
    'cmp',
    'coerce',
    'compile',
    'complex',
    'copyright',
    'credits',
    'delattr',
    'dict',
    'dir',
    'divmod',
    'enumerate',
    'eval',
    'exec',
    'execfile',
    'exit',
    'file',
    'filter',
    'float',
    'format',
    'frozenset',
    'getattr',
    'globals',
    'hasattr',
    'hash',
    'help',
    'hex',
    'id',
    'input',
    'int',
    'intern',
    'isinstance',
    'issubclass',
    'iter',
    'len',
    'license',
    'list',
    'locals',
    'long',
    'map',
    'max',
    'memoryview',
    'min',
    'next',
    'object',
    'oct',
    'open',
    'ord',
    'pow',
    'print',
    'property',
    'quit',
    'range',
    'raw_input',
    'reload',
    'repr',
    'reversed',
    'round',
    'set',
    'setattr',
    'slice',
    'sorted',
    'staticmethod',
    'str',
    'sum',
    'super',
    'tuple',
    'type',
    'unichr',
    'unicode',
    'vars',
    'xrange',
    'zip',
]);


/***/ }),

/***/ 306:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeLiteral = decodeLiteral;
/**
 * Decoders applied to known literals: the decoded text is computed (bytes kept as latin-1
 * characters, one per byte) and remembers each decoder it went through, so OBF001 can see the
 * chain and the payload can be analysed in turn.
 */
const node_zlib_1 = __nccwpck_require__(8522);
const values_js_1 = __nccwpck_require__(4849);
const MAX_DECODED = 1 << 20;
const base64 = (text) => Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('latin1');
const base64url = (text) => base64(text.replace(/-/g, '+').replace(/_/g, '/'));
const hex = (text) => {
    const clean = text.replace(/\s+/g, '');
    return /^(?:[0-9a-fA-F]{2})*$/.test(clean) ? Buffer.from(clean, 'hex').toString('latin1') : undefined;
};
const rot13 = (text) => text.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});
const inflate = (text) => {
    const bytes = Buffer.from(text, 'latin1');
    try {
        return (0, node_zlib_1.inflateSync)(bytes, { maxOutputLength: MAX_DECODED }).toString('latin1');
    }
    catch {
        return (0, node_zlib_1.gunzipSync)(bytes, { maxOutputLength: MAX_DECODED }).toString('latin1');
    }
};
const DECODERS = {
    'base64.b64decode': base64,
    'base64.standard_b64decode': base64,
    'base64.decodebytes': base64,
    'base64.decodestring': base64,
    'binascii.a2b_base64': base64,
    'base64.urlsafe_b64decode': base64url,
    'base64.b16decode': hex,
    'binascii.a2b_hex': hex,
    'binascii.unhexlify': hex,
    'bytes.fromhex': hex,
    'bytearray.fromhex': hex,
    'zlib.decompress': inflate,
    'gzip.decompress': (text) => (0, node_zlib_1.gunzipSync)(Buffer.from(text, 'latin1'), { maxOutputLength: MAX_DECODED }).toString('latin1'),
};
const CODECS = {
    rot13,
    rot_13: rot13,
    base64,
    base_64: base64,
    hex,
    hex_codec: hex,
    zlib: inflate,
    zlib_codec: inflate,
};
/** The decoded value of a decoder call on a known literal; undefined when not computable. */
function decodeLiteral(site) {
    let decode = DECODERS[site.callee];
    if (site.callee === 'codecs.decode' || site.callee === 'codecs.encode') {
        const encoding = (0, values_js_1.knownText)(site.keywords.get('encoding') ?? site.positional[1])
            ?.toLowerCase()
            .replace(/-/g, '_');
        decode = encoding !== undefined ? CODECS[encoding] : undefined;
    }
    if (!decode)
        return undefined;
    const input = site.positional[0] ?? site.keywords.get('s') ?? site.keywords.get('obj') ?? site.keywords.get('data');
    const text = (0, values_js_1.knownText)(input);
    if (text === undefined || input?.kind !== 'str')
        return undefined;
    let decoded;
    try {
        decoded = decode(text);
    }
    catch {
        decoded = undefined;
    }
    if (decoded === undefined)
        return undefined;
    return {
        kind: 'str',
        options: [[decoded.slice(0, MAX_DECODED)]],
        bytes: true,
        via: [...(input.via ?? []), site.callee],
    };
}


/***/ }),

/***/ 8271:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createNames = createNames;
/** Builds a memoised name canonicaliser from the alias catalog. */
function createNames(aliases) {
    const modules = aliases.modules;
    const prefixes = Object.keys(modules).sort((a, b) => b.length - a.length);
    const memo = new Map();
    const canonical = (name) => {
        const cached = memo.get(name);
        if (cached !== undefined)
            return cached;
        // Methods of builtin types are named by the type alone (`bytes.fromhex`), as catalogs spell them.
        let result = aliases.names[name] ?? name.replace(/^builtins\.(bytes|bytearray|str)\./, '$1.');
        for (const prefix of prefixes) {
            if (result === prefix || result.startsWith(`${prefix}.`)) {
                result = modules[prefix] + result.slice(prefix.length);
                break;
            }
        }
        result = aliases.names[result] ?? result;
        if (memo.size < 50_000)
            memo.set(name, result);
        return result;
    };
    return {
        canonical,
        callName: (name) => canonical(name.endsWith('.__init__') ? name.slice(0, -'.__init__'.length) : name),
    };
}


/***/ }),

/***/ 3511:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Scope = void 0;
class Scope {
    kind;
    name;
    parent;
    cls;
    bindings = new Map();
    /** Every value a name was given in this scope, for code that runs later (function bodies). */
    history = new Map();
    globals = new Set();
    /** Modules star-imported into this scope. */
    starModules = [];
    constructor(kind, 
    /** Dotted scope name used in fingerprints: `module`, `C`, `C.m`, `f.<locals>.g`. */
    name, parent, cls) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.cls = cls;
    }
    get module() {
        return this.parent ? this.parent.module : this;
    }
    /** Binds `name` here (or in the module for `global` names), keeping the history. */
    assign(name, value) {
        const target = this.globals.has(name) ? this.module : this;
        target.bindings.set(name, value);
        const past = target.history.get(name);
        if (past) {
            if (past.length < 16)
                past.push(value);
        }
        else
            target.history.set(name, [value]);
    }
    /** The name scopes nested inside this one get: `f.<locals>.g` for functions, `C.m` for classes. */
    child(name) {
        if (this.kind === 'module')
            return name;
        return this.kind === 'class' ? `${this.name}.${name}` : `${this.name}.<locals>.${name}`;
    }
}
exports.Scope = Scope;


/***/ }),

/***/ 7484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.joinPath = joinPath;
exports.replaceAllBounded = replaceAllBounded;
exports.specialCallResult = specialCallResult;
exports.specialSubscript = specialSubscript;
const value_js_1 = __nccwpck_require__(2904);
const decoders_js_1 = __nccwpck_require__(306);
const templates_js_1 = __nccwpck_require__(2084);
const values_js_1 = __nccwpck_require__(4849);
const argument = (site, pos, kw) => (0, value_js_1.argumentValue)(site, { pos, kw });
/** `os.getenv("HOST", "localhost")` -> a hole "environment variable HOST, default 'localhost'". */
function environmentRead(name, fallback) {
    const variable = (0, values_js_1.knownText)(name);
    const label = variable !== undefined ? `environment variable ${variable}` : 'an environment variable';
    const defaultText = fallback && fallback.kind !== 'none' ? (0, values_js_1.knownText)(fallback) : undefined;
    const reason = defaultText !== undefined ? `${label}, default '${defaultText}'` : label;
    return { kind: 'str', options: [[(0, templates_js_1.hole)(reason)]] };
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
function joinPath(parts, asPath) {
    let acc = [[]];
    for (const part of parts) {
        const templates = (0, values_js_1.templatesOf)(part);
        const restart = templates.every((t) => typeof t[0] === 'string' && /^([/\\]|[A-Za-z]:[/\\]|~)/.test(t[0]));
        if (restart)
            acc = templates;
        else {
            const sep = acc.every((t) => t.length === 0) ? [[]] : [['/']];
            acc = (0, templates_js_1.concatOptions)([acc, sep, templates]);
        }
    }
    return asPath ? { kind: 'str', options: acc, path: true } : { kind: 'str', options: acc };
}
function dirname(value) {
    if (value.kind !== 'str')
        return (0, values_js_1.unknown)('the folder of a path');
    const options = value.options.map((o) => {
        const last = o[o.length - 1];
        if (typeof last === 'string' && /[/\\]/.test(last))
            return [...o.slice(0, -1), last.replace(/[/\\][^/\\]*$/, '')];
        return [...o, (0, templates_js_1.hole)('the folder of a path')];
    });
    return { ...value, options };
}
/** The characters of known code points, or undefined unless every item is a valid one. */
function fromCodePoints(items) {
    if (!items.length || items.length > MAX_CODE_POINTS)
        return undefined;
    const codes = items.map((v) => v.kind === 'num' && Number.isInteger(v.value) && v.value >= 0 && v.value <= 0x10ffff ? v.value : -1);
    return codes.includes(-1) ? undefined : String.fromCodePoint(...codes);
}
/** `map(chr, [112, 114, ...])`: the text the code points spell (a classic string builder of packers). */
function chrMapped(value) {
    if (value?.kind !== 'instance' || value.type !== 'builtins.map' || !value.origin)
        return undefined;
    const [fn, iterable] = value.origin.positional;
    if (fn?.kind !== 'qualname' || fn.name !== 'builtins.chr' || iterable?.kind !== 'seq')
        return undefined;
    return fromCodePoints(iterable.items);
}
const MAX_CODE_POINTS = 1 << 16;
/** Applies a text function to a fully known receiver; unknown otherwise. */
function mapKnown(receiver, fn, keepBytes) {
    const text = (0, values_js_1.knownText)(receiver);
    if (text === undefined || receiver?.kind !== 'str')
        return undefined;
    return {
        kind: 'str',
        options: [[fn(text).slice(0, templates_js_1.MAX_TEXT)]],
        ...(keepBytes && receiver.bytes ? { bytes: true } : {}),
        ...(receiver.via ? { via: receiver.via } : {}),
    };
}
/**
 * Python's `text.replace(old, new)` (every occurrence; an empty `old` matches between characters),
 * built only up to `MAX_TEXT` characters: `x = x.replace("a", "aa")` line after line, or a long
 * `new`, would otherwise build strings no engine can hold.
 */
function replaceAllBounded(text, from, to) {
    let out = '';
    let at = 0;
    for (;;) {
        const found = from === '' ? (at <= text.length ? at : -1) : text.indexOf(from, at);
        if (found < 0 || out.length >= templates_js_1.MAX_TEXT)
            break;
        out += text.slice(at, found) + to;
        if (from === '') {
            if (found < text.length)
                out += text[found];
            at = found + 1;
        }
        else
            at = found + from.length;
    }
    if (at < text.length && out.length < templates_js_1.MAX_TEXT)
        out += text.slice(at);
    return out.slice(0, templates_js_1.MAX_TEXT);
}
function stringMethod(site, method) {
    const receiver = site.receiver;
    if (receiver?.kind !== 'str')
        return undefined;
    switch (method) {
        case 'format': {
            const args = site.positional.map(values_js_1.templatesOf);
            const named = new Map([...site.keywords].map(([k, v]) => [k, (0, values_js_1.templatesOf)(v)]));
            const options = receiver.options.flatMap((t) => (0, templates_js_1.braceFormat)(t, args, named, (what) => [[(0, templates_js_1.hole)(what)]]));
            return { kind: 'str', options: options.slice(0, 16) };
        }
        case 'join': {
            const items = site.positional[0];
            const codePoints = chrMapped(items);
            if (codePoints !== undefined)
                return { kind: 'str', options: [[codePoints]], via: ['chr'] };
            if (items?.kind !== 'seq')
                return { kind: 'str', options: [[(0, templates_js_1.hole)('items joined into a string')]] };
            const lists = [];
            items.items.forEach((item, i) => {
                if (i > 0)
                    lists.push(receiver.options);
                lists.push((0, values_js_1.templatesOf)(item));
            });
            return { kind: 'str', options: (0, templates_js_1.concatOptions)(lists) };
        }
        case 'strip':
        case 'lstrip':
        case 'rstrip':
            return (mapKnown(receiver, (t) => (method === 'strip' ? t.trim() : method === 'lstrip' ? t.trimStart() : t.trimEnd()), true) ?? receiver);
        case 'lower':
        case 'casefold':
            return mapKnown(receiver, (t) => t.toLowerCase(), true);
        case 'upper':
            return mapKnown(receiver, (t) => t.toUpperCase(), true);
        case 'replace': {
            const from = (0, values_js_1.knownText)(site.positional[0]);
            const to = (0, values_js_1.knownText)(site.positional[1]);
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
function specialCallResult(site) {
    const name = site.callee;
    if (ENV_READS.has(name))
        return environmentRead(argument(site, 0, 'key'), argument(site, 1, 'default'));
    if (JOINS.has(name))
        return joinPath(site.positional, false);
    if (PATH_CONSTRUCTORS.has(name))
        return site.positional.length ? joinPath(site.positional, true) : (0, values_js_1.str)('.', { path: true });
    if (name === 'pathlib.Path.home')
        return (0, values_js_1.str)('~', { path: true });
    if (name === 'pathlib.Path.cwd')
        return { kind: 'str', options: [[(0, templates_js_1.hole)('the working directory')]], path: true };
    if (name === 'pathlib.Path.joinpath' && site.receiver)
        return joinPath([site.receiver, ...site.positional], true);
    if (SAME_RECEIVER.has(name) && site.receiver)
        return site.receiver;
    if (SAME_PATH.has(name) && site.positional[0])
        return site.positional[0];
    if (name === 'os.path.dirname')
        return site.positional[0] ? dirname(site.positional[0]) : undefined;
    if (name === 'shutil.which')
        return site.positional[0] ?? argument(site, 0, 'cmd');
    if (name === 'builtins.str' && site.positional.length === 1) {
        const templates = (0, values_js_1.printable)(site.positional[0]);
        return templates ? { kind: 'str', options: templates } : undefined;
    }
    if (name === 'builtins.int' && site.positional.length === 1) {
        const text = (0, values_js_1.knownText)(site.positional[0]);
        const value = site.positional[0];
        if (value.kind === 'num')
            return value;
        if (text !== undefined && /^\s*-?\d+\s*$/.test(text))
            return { kind: 'num', value: Number(text) };
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
        const urlText = (0, values_js_1.knownText)(url);
        if (urlText !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(urlText))
            return url;
        if (base && url)
            return { kind: 'str', options: (0, templates_js_1.concatOptions)([(0, values_js_1.templatesOf)(base), (0, values_js_1.templatesOf)(url)]) };
        return undefined;
    }
    const method = /^(?:str|bytes)\.(\w+)$/.exec(name);
    if (method)
        return stringMethod(site, method[1]);
    return (0, decoders_js_1.decodeLiteral)(site);
}
/** `os.environ["HOST"]` and similar subscripts with a computed value, or undefined. */
function specialSubscript(base, key) {
    if (base.kind === 'qualname' && (base.name === 'os.environ' || base.name === 'os.environb')) {
        return environmentRead(key, undefined);
    }
    return undefined;
}


/***/ }),

/***/ 2084:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_PARTS = exports.MAX_REASON = exports.MAX_TEXT = exports.MAX_OPTIONS = void 0;
exports.clipReason = clipReason;
exports.hole = hole;
exports.normalise = normalise;
exports.concatOptions = concatOptions;
exports.dedupe = dedupe;
exports.decodeEscapes = decodeEscapes;
exports.percentFormat = percentFormat;
exports.braceFormat = braceFormat;
/** At most this many possible spellings are kept for one string. */
exports.MAX_OPTIONS = 16;
/** Known text longer than this is cut (payload blobs stay intact up to this size). */
exports.MAX_TEXT = 1 << 20;
/**
 * Reasons (of holes and unknown values) longer than this are cut with `…`: reasons are built from
 * other reasons (`x + y` describes both sides), so `x = x + y + x` line after line would double
 * one every line until no string can hold it.
 */
exports.MAX_REASON = 300;
/** `reason` cut to `MAX_REASON` characters. */
function clipReason(reason) {
    return reason.length > exports.MAX_REASON ? `${reason.slice(0, exports.MAX_REASON - 1)}…` : reason;
}
function hole(reason) {
    return { hole: clipReason(reason) };
}
/**
 * At most this many parts (text runs and holes) are kept for one template; the rest becomes one
 * hole. A value that doubles itself (`X=$X$X` line after line, in a script or in Python) would
 * otherwise grow to millions of parts.
 */
exports.MAX_PARTS = 256;
const CUT = 'the rest of a value built from too many pieces';
/** Joins adjacent text parts so templates compare and print simply; keeps at most `MAX_PARTS` parts. */
function normalise(template) {
    const out = [];
    for (const part of template) {
        const last = out[out.length - 1];
        if (typeof part === 'string') {
            if (part === '')
                continue;
            if (typeof last === 'string') {
                out[out.length - 1] = (last + part).slice(0, exports.MAX_TEXT);
                continue;
            }
        }
        if (out.length === exports.MAX_PARTS - 1) {
            out.push(hole(CUT));
            break;
        }
        out.push(part);
    }
    return out;
}
/** Every combination of one option from each list, concatenated (capped). */
function concatOptions(lists) {
    let acc = [[]];
    for (const options of lists) {
        const next = [];
        for (const head of acc) {
            for (const tail of options) {
                next.push(normalise([...head, ...tail]));
                if (next.length >= exports.MAX_OPTIONS)
                    break;
            }
            if (next.length >= exports.MAX_OPTIONS)
                break;
        }
        acc = next;
    }
    return acc;
}
/** Removes duplicate templates, keeping first occurrences. */
function dedupe(options) {
    const seen = new Set();
    const out = [];
    for (const option of options) {
        const key = JSON.stringify(option);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(option);
            if (out.length >= exports.MAX_OPTIONS)
                break;
        }
    }
    return out;
}
const SIMPLE_ESCAPES = {
    '\n': '',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
/**
 * Decodes Python backslash escapes of a non-raw literal. `bytes` literals have no `\u`/`\N`.
 * Unknown escapes stay as written, as Python keeps them.
 */
function decodeEscapes(text, bytes) {
    if (!text.includes('\\'))
        return text;
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch !== '\\' || i + 1 >= text.length) {
            out += ch;
            continue;
        }
        const next = text[i + 1];
        if (next in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[next];
            i += 1;
        }
        else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
            out += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16));
            i += 3;
        }
        else if (/[0-7]/.test(next)) {
            const digits = /^[0-7]{1,3}/.exec(text.slice(i + 1))[0];
            out += String.fromCharCode(parseInt(digits, 8));
            i += digits.length;
        }
        else if (!bytes && next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
            i += 5;
        }
        else if (!bytes && next === 'U' && /^[0-9a-fA-F]{8}$/.test(text.slice(i + 2, i + 10))) {
            const code = parseInt(text.slice(i + 2, i + 10), 16);
            out += code <= 0x10ffff ? String.fromCodePoint(code) : text.slice(i, i + 10);
            i += 9;
        }
        else {
            out += ch;
        }
    }
    return out;
}
/**
 * `%`-formatting of one template with positional (`args`) or mapping (`named`) values.
 * Conversions whose value is unknown become holes; `%%` is a percent sign.
 */
function percentFormat(template, args, named, unknown) {
    let parts = [];
    let next = 0;
    for (const part of template) {
        if (typeof part !== 'string') {
            parts.push([[part]]);
            continue;
        }
        const spec = /%(?:\(([^)]*)\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
        let last = 0;
        for (let m = spec.exec(part); m; m = spec.exec(part)) {
            parts.push([[part.slice(last, m.index)]]);
            last = m.index + m[0].length;
            if (m[2] === '%') {
                parts.push([['%']]);
                continue;
            }
            const key = m[1];
            const value = key !== undefined ? named?.get(key) : args[next++];
            parts.push(value ?? unknown(key !== undefined ? `format field %(${key})` : `format argument ${next}`));
        }
        parts.push([[part.slice(last)]]);
    }
    parts = parts.filter((p) => p.length > 0);
    return concatOptions(parts);
}
/**
 * `str.format` of one template: `{}`, `{0}`, `{name}`, with conversions and specs ignored
 * (they do not change which host a URL names). `{{`/`}}` are braces.
 */
function braceFormat(template, args, named, unknown) {
    const parts = [];
    let auto = 0;
    for (const part of template) {
        if (typeof part !== 'string') {
            parts.push([[part]]);
            continue;
        }
        const field = /\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}/g;
        let last = 0;
        for (let m = field.exec(part); m; m = field.exec(part)) {
            parts.push([[part.slice(last, m.index)]]);
            last = m.index + m[0].length;
            if (m[0] === '{{' || m[0] === '}}') {
                parts.push([[m[0][0]]]);
                continue;
            }
            const name = (m[1] ?? '').split(/[.[]/)[0];
            const value = name === '' ? args[auto++] : /^\d+$/.test(name) ? args[Number(name)] : named.get(name);
            const plainField = (m[1] ?? '') === name;
            parts.push(value && plainField ? value : unknown(`format field {${m[1] ?? ''}}`));
        }
        parts.push([[part.slice(last)]]);
    }
    return concatOptions(parts);
}


/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.str = str;
exports.unknown = unknown;
exports.printable = printable;
exports.templatesOf = templatesOf;
exports.describe = describe;
exports.union = union;
exports.truthiness = truthiness;
exports.isConstant = isConstant;
exports.knownText = knownText;
const value_js_1 = __nccwpck_require__(2904);
const templates_js_1 = __nccwpck_require__(2084);
function str(text, extra = {}) {
    return { kind: 'str', options: [[text]], ...extra };
}
function unknown(reason, via) {
    const clipped = (0, templates_js_1.clipReason)(reason);
    return via?.length ? { kind: 'unknown', reason: clipped, via } : { kind: 'unknown', reason: clipped };
}
/** The templates `str(value)` could print, or undefined for values we cannot print (objects). */
function printable(value) {
    switch (value.kind) {
        case 'str':
            return value.options;
        case 'num':
            return [[String(value.value)]];
        case 'bool':
            return [[value.value ? 'True' : 'False']];
        case 'none':
            return [['None']];
        case 'unknown':
            return [[(0, templates_js_1.hole)(value.reason)]];
        default:
            return undefined;
    }
}
/** Templates for splicing into a string; objects become holes described by `describe`. */
function templatesOf(value) {
    return printable(value) ?? [[(0, templates_js_1.hole)(describe(value))]];
}
/** A short human description of a value, for provenance notes and evidence. */
function describe(value) {
    switch (value.kind) {
        case 'str':
            return value.options.length === 1 && value.options[0].every((p) => typeof p === 'string')
                ? JSON.stringify((0, value_js_1.flatten)(value.options[0])).slice(0, 120)
                : `a string built from ${value.options.flatMap((o) => o.filter((p) => typeof p !== 'string').map((p) => p.hole)).join('; ') || 'constants'}`;
        case 'num':
            return String(value.value);
        case 'bool':
            return value.value ? 'True' : 'False';
        case 'none':
            return 'None';
        case 'seq':
            return value.tuple ? 'a tuple' : 'a list';
        case 'dict':
            return 'a dict';
        case 'module':
            return `module ${value.name}`;
        case 'qualname':
            return value.name;
        case 'instance':
            return `a ${value.type} object`;
        case 'local':
            return `local ${value.name}`;
        case 'unknown':
            return value.reason;
    }
}
/** The possible values of a name assigned in several places (branches, reassignments). */
function union(values) {
    const distinct = [];
    for (const v of values)
        if (!distinct.some((d) => sameValue(d, v)))
            distinct.push(v);
    if (distinct.length === 1)
        return distinct[0];
    if (distinct.length === 0)
        return unknown('no value');
    if (distinct.every((v) => v.kind === 'str' || v.kind === 'unknown' || v.kind === 'num')) {
        const options = (0, templates_js_1.dedupe)(distinct.flatMap((v) => templatesOf(v))).slice(0, templates_js_1.MAX_OPTIONS);
        const via = [...new Set(distinct.flatMap((v) => ('via' in v && v.via) || []))];
        const path = distinct.some((v) => v.kind === 'str' && v.path);
        return { kind: 'str', options, ...(via.length ? { via } : {}), ...(path ? { path } : {}) };
    }
    const kinds = new Set(distinct.map((v) => v.kind));
    if (kinds.size === 1 &&
        (distinct[0].kind === 'instance' || distinct[0].kind === 'module' || distinct[0].kind === 'qualname')) {
        // Same kind of object from different branches: keep the first; callee names resolve alike.
        const names = new Set(distinct.map((v) => (v.kind === 'instance' ? v.type : v.name)));
        if (names.size === 1)
            return distinct[0];
    }
    return unknown(`one of several values (${distinct.map(describe).join(', ').slice(0, 200)})`);
}
function templateKey(template) {
    return template.map((p) => (typeof p === 'string' ? p : `\u0000${p.hole}\u0000`)).join('');
}
/** Cheap equality for merging: containers compare by identity, strings by their spellings. */
function sameValue(a, b) {
    if (a === b)
        return true;
    switch (a.kind) {
        case 'str':
            return (b.kind === 'str' &&
                a.options.length === b.options.length &&
                a.options.every((t, i) => templateKey(t) === templateKey(b.options[i])));
        case 'num':
        case 'bool':
            return b.kind === a.kind && b.value === a.value;
        case 'none':
            return b.kind === 'none';
        case 'module':
        case 'qualname':
        case 'local':
            return b.kind === a.kind && b.name === a.name;
        case 'instance':
            return b.kind === 'instance' && a.type === b.type && a.origin === b.origin;
        case 'unknown':
            return b.kind === 'unknown' && a.reason === b.reason;
        default:
            return false;
    }
}
/** True/false when the value is a constant with known truthiness, else undefined. */
function truthiness(value) {
    switch (value.kind) {
        case 'bool':
            return value.value;
        case 'num':
            return value.value !== 0;
        case 'none':
            return false;
        case 'str':
            return value.options.every((o) => o.length > 0 && o.every((p) => typeof p === 'string'))
                ? value.options.every((o) => (0, value_js_1.flatten)(o).length > 0) || undefined
                : undefined;
        case 'seq':
            return value.items.length > 0;
        case 'dict':
            return value.entries.length > 0;
        default:
            return undefined;
    }
}
/** A compile-time constant: fully known text, number, bool, None, or containers of them. */
function isConstant(value) {
    switch (value.kind) {
        case 'str':
            return value.options.every((o) => o.every((p) => typeof p === 'string'));
        case 'num':
        case 'bool':
        case 'none':
            return true;
        case 'seq':
            return value.items.every(isConstant);
        case 'dict':
            return value.entries.every(([k, v]) => isConstant(k) && isConstant(v));
        default:
            return false;
    }
}
/** The single known text of a value, when it has exactly one fully known spelling. */
function knownText(value) {
    if (value?.kind !== 'str' || value.options.length !== 1)
        return undefined;
    const [only] = value.options;
    return only.every((p) => typeof p === 'string') ? only.join('') : undefined;
}


/***/ }),

/***/ 1927:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzeBatch = analyzeBatch;
const templates_js_1 = __nccwpck_require__(2084);
const variables_js_1 = __nccwpck_require__(4262);
/** Joins `^`-continued lines; a caret inside quotes is literal. */
function logicalLines(source) {
    const physical = source.split(/\r?\n/);
    const out = [];
    for (let i = 0; i < physical.length; i++) {
        const start = i;
        let text = physical[i];
        while (endsWithContinuation(text) && i + 1 < physical.length)
            text = text.slice(0, -1) + physical[++i];
        out.push({ text, line: start + 1 });
    }
    return out;
}
function endsWithContinuation(text) {
    let quoted = false;
    for (const ch of text)
        if (ch === '"')
            quoted = !quoted;
    // `^^` is a literal caret: only an odd run at the end, outside quotes, continues. Counted from
    // the end: the regex /\^+$/ retried every start in a long run of carets (quadratic time).
    let carets = 0;
    while (carets < text.length && text[text.length - 1 - carets] === '^')
        carets++;
    return !quoted && carets % 2 === 1;
}
/** A comment line (`REM ...`, `@rem`, `:: ...`) or a label (`:name`). */
function isCommentOrLabel(text) {
    return /^\s*@?\s*(?:rem(?:$|[\s.:/\\(=,;+])|:)/i.test(text);
}
/** Splits a logical line into words and operators, honouring quotes and `^` escapes. */
function tokenize(text) {
    const tokens = [];
    let word = '';
    let start = -1;
    const flush = () => {
        if (start !== -1)
            tokens.push({ word, column: start + 1 });
        word = '';
        start = -1;
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
            if (start === -1)
                start = i;
            const close = text.indexOf('"', i + 1);
            const end = close === -1 ? text.length : close;
            word += text.slice(i, end + 1);
            i = end;
        }
        else if (ch === '%' && /^%[^%\s]+%/.test(text.slice(i))) {
            // cmd expands %VAR% (and %VAR:~0,4%) before it splits words, so its commas do not split.
            if (start === -1)
                start = i;
            const end = text.indexOf('%', i + 1);
            word += text.slice(i, end + 1);
            i = end;
        }
        else if (ch === '^' && i + 1 < text.length) {
            if (start === -1)
                start = i;
            word += text[++i];
        }
        else if (ch === ' ' || ch === '\t' || ch === ',' || ch === ';') {
            flush();
        }
        else if ('&|<>()'.includes(ch)) {
            // `2>` and `2>&1`: the digit belongs to the redirection.
            if ((ch === '>' || ch === '<') && /^[0-9]$/.test(word) && start === i - 1) {
                word = '';
                start = -1;
            }
            else
                flush();
            let op = ch;
            // `&&`, `||`, `>>` and `>&` are one operator; each parenthesis is its own.
            while (ch !== '(' &&
                ch !== ')' &&
                i + 1 < text.length &&
                (text[i + 1] === ch || (op.endsWith('>') && text[i + 1] === '&')))
                op += text[++i];
            if (op.endsWith('>&')) {
                // `>&1` duplicates a handle: no file.
                while (i + 1 < text.length && /[0-9]/.test(text[i + 1]))
                    i++;
                continue;
            }
            tokens.push({ op, column: i + 1 });
        }
        else {
            if (start === -1)
                start = i;
            word += ch;
        }
    }
    flush();
    return tokens;
}
class BatchWalker {
    facts = { language: 'batch', commands: [], methods: [], syntaxErrors: [] };
    vars = new variables_js_1.ScriptVariables(true, (name) => /^~?\w?\d$/.test(name) ? `script argument ${name.replace(/\D/g, '')}` : `environment variable ${name}`);
    openBlocks = [];
    /** Expands `%NAME%`, `!NAME!`, `%1`, `%~dp0`, `%%i` and removes quotes, giving the word's template. */
    expand(word) {
        const parts = [];
        const pattern = /%%(~?[a-zA-Z])|%(~[a-zA-Z]*)?(\d|\*)|%([^%\s]+?)%|!([^!\s]+?)!|"/g;
        let at = 0;
        for (const m of word.matchAll(pattern)) {
            parts.push(word.slice(at, m.index));
            at = m.index + m[0].length;
            if (m[0] === '"')
                continue;
            if (m[1] !== undefined)
                parts.push((0, templates_js_1.hole)(`loop variable %%${m[1]}`));
            else if (m[3] !== undefined)
                parts.push((0, templates_js_1.hole)(m[3] === '*' ? 'script arguments' : `script argument ${m[3]}`));
            else {
                const name = (m[4] ?? m[5]);
                const substring = /^([^:]+):~/.exec(name);
                const replaced = /^([^:]+):[^~]/.exec(name);
                if (substring || replaced)
                    parts.push((0, templates_js_1.hole)(`part of variable ${(substring ?? replaced)[1]}`));
                else
                    parts.push(...this.vars.get(name));
            }
        }
        parts.push(word.slice(at));
        return (0, templates_js_1.normalise)(parts);
    }
    /** `set NAME=value`, `set "NAME=value"`, `set /a`, `set /p`: true when the words were an assignment. */
    assignment(words) {
        if (words[0]?.toLowerCase() !== 'set' || words.length < 2)
            return false;
        const flag = words[1].toLowerCase();
        const rest = words.slice(flag === '/a' || flag === '/p' ? 2 : 1).join(' ');
        const m = /^"?([^=]+)=(.*?)"?$/s.exec(rest);
        if (!m)
            return true;
        const name = m[1].trim();
        if (flag === '/a')
            this.vars.set(name, [(0, templates_js_1.hole)(`arithmetic value of ${name}`)]);
        else if (flag === '/p')
            this.vars.set(name, [(0, templates_js_1.hole)(`user input for ${name}`)]);
        else
            this.vars.set(name, this.expand(m[2]));
        return true;
    }
    line(logical) {
        if (isCommentOrLabel(logical.text))
            return;
        const tokens = tokenize(logical.text);
        let words = [];
        let redirects = [];
        let upstream;
        let pendingRedirect = false;
        // Inside `for %%i in (...)`: the set is data, not a block.
        let inForSet = false;
        const finish = (piped) => {
            const command = this.command(words, redirects, logical, upstream);
            upstream = piped ? command : undefined;
            words = [];
            redirects = [];
        };
        for (const token of tokens) {
            if ('word' in token) {
                if (pendingRedirect) {
                    redirects.push(this.expand(token.word));
                    pendingRedirect = false;
                    continue;
                }
                // `REM` after `&` makes the rest of the line a comment.
                if (!words.length && /^rem$/i.test(token.word))
                    break;
                words.push({ text: token.word, column: token.column });
                continue;
            }
            if (token.op.startsWith('>'))
                pendingRedirect = true;
            else if (token.op.startsWith('<'))
                pendingRedirect = false;
            else if (token.op === '(' &&
                /^@?for$/i.test(words[0]?.text ?? '') &&
                /^in$/i.test(words.at(-1)?.text ?? '')) {
                inForSet = true;
            }
            else if (token.op === ')' && inForSet) {
                inForSet = false;
            }
            else if (token.op === '(') {
                if (!words.length ||
                    /^@?(if|else|do)$/i.test(words[0].text) ||
                    /^(do|else)$/i.test(words.at(-1).text)) {
                    // `if ... (`, `for ... do (`, `else (`: a block opens; the guard itself runs nothing.
                    this.openBlocks.push({
                        line: logical.line,
                        column: token.column,
                        endLine: logical.line,
                        endColumn: token.column + 1,
                    });
                    words = [];
                }
                else
                    words.push({ text: '(', column: token.column });
            }
            else if (token.op === ')') {
                if (this.openBlocks.length) {
                    this.openBlocks.pop();
                    finish(false);
                }
            }
            else
                finish(token.op === '|');
        }
        finish(false);
    }
    /** Records one simple command after its `if`/`for` guards; assignments only update variables. */
    command(raw, redirects, logical, upstream) {
        let words = raw.map((w) => w.text.replace(/^@/, ''));
        let first = 0;
        for (let guard = 0; guard < 8 && words.length; guard++) {
            const head = words[0].toLowerCase();
            if (head === 'if') {
                let i = 1;
                while (/^(not|\/i)$/i.test(words[i] ?? ''))
                    i++;
                const test = (words[i] ?? '').toLowerCase();
                i +=
                    test === 'exist' || test === 'defined' || test === 'errorlevel' || test === 'cmdextversion'
                        ? 2
                        : /==/.test(test)
                            ? 1
                            : 3;
                words = words.slice(i);
                first += i;
            }
            else if (head === 'for') {
                const at = words.findIndex((w) => w.toLowerCase() === 'do');
                if (at === -1)
                    return undefined;
                words = words.slice(at + 1);
                first += at + 1;
            }
            else if (head === 'else' || head === 'do') {
                words = words.slice(1);
                first++;
            }
            else
                break;
        }
        if (!words.length || this.assignment(words))
            return undefined;
        const column = raw[first]?.column ?? 1;
        const lastWord = raw.at(-1);
        const text = raw
            .slice(first)
            .map((w) => w.text)
            .join(' ');
        const range = {
            line: logical.line,
            column,
            endLine: logical.line,
            endColumn: lastWord.column + lastWord.text.length,
        };
        const command = {
            ...(0, variables_js_1.scriptPlace)(range, text, 'script'),
            words: words.map((w) => this.expand(w)),
            redirects,
            substituted: [],
            ...(upstream ? { upstream } : {}),
        };
        this.facts.commands.push(command);
        return command;
    }
    end() {
        // cmd reads an unclosed `(` block to the end of the file and runs nothing of it.
        if (this.openBlocks.length)
            this.facts.syntaxErrors.push(this.openBlocks[0]);
    }
}
/**
 * Every fact of one batch script. Never throws; an unclosed parenthesised block is a syntax
 * error (SCAN001) and every command outside it is still analysed.
 */
function analyzeBatch(source) {
    const walker = new BatchWalker();
    for (const line of logicalLines(source))
        walker.line(line);
    walker.end();
    return walker.facts;
}


/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normaliseTypeName = normaliseTypeName;
exports.wordText = wordText;
const value_js_1 = __nccwpck_require__(2904);
/**
 * The normal form of a .NET type name or COM ProgID: lower case, without a leading `System.`
 * (PowerShell resolves `Net.WebClient` to `System.Net.WebClient`) and without a trailing version
 * (`MSXML2.XMLHTTP.6.0` is `msxml2.xmlhttp`).
 */
function normaliseTypeName(name) {
    const base = name
        .trim()
        .replace(/^\[|\]$/g, '')
        .toLowerCase()
        .replace(/^system\./, '');
    return base.slice(0, versionStart(base));
}
/**
 * Where a trailing version (`.6.0`) starts, or the length when there is none. A scan from the
 * end: the regex `(?:\.\d+)+$` retried every start and took minutes on a megabyte of `.1`.
 */
function versionStart(text) {
    let end = text.length;
    for (;;) {
        let digits = end;
        while (digits > 0 && text.charCodeAt(digits - 1) >= 48 && text.charCodeAt(digits - 1) <= 57)
            digits--;
        if (digits === end || digits === 0 || text[digits - 1] !== '.')
            return end;
        end = digits - 1;
    }
}
/** A word's text with holes flattened to UNKNOWN_CHAR; '' for no word. */
function wordText(word) {
    return word ? (0, value_js_1.flatten)(word) : '';
}


/***/ }),

/***/ 5310:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzePowerShell = analyzePowerShell;
const append_all_js_1 = __nccwpck_require__(3891);
const python_js_1 = __nccwpck_require__(9657);
const templates_js_1 = __nccwpck_require__(2084);
const facts_js_1 = __nccwpck_require__(4904);
const variables_js_1 = __nccwpck_require__(4262);
// PowerShell wraps every value in a dozen expression levels, so its trees run deep; the limit
// keeps several stack frames per level well inside the JavaScript stack.
const MAX_DEPTH = 1000;
/** Static members of `[Net.IPAddress]` that name an address. */
const IP_ADDRESS_MEMBERS = {
    any: '0.0.0.0',
    ipv6any: '::',
    loopback: '127.0.0.1',
    ipv6loopback: '::1',
    none: '255.255.255.255',
    ipv6none: '::',
    broadcast: '255.255.255.255',
};
/** Automatic variables whose value the script does not set. */
const AUTOMATIC = {
    args: 'script arguments',
    input: 'pipeline input',
    _: 'pipeline input',
    psitem: 'pipeline input',
    psscriptroot: 'the script folder',
    pwd: 'the working folder',
    home: 'the home folder',
    profile: 'the PowerShell profile path',
};
class PowerShellWalker {
    source;
    facts = { language: 'powershell', commands: [], methods: [], syntaxErrors: [] };
    vars = new variables_js_1.ScriptVariables(true, (name) => AUTOMATIC[name.toLowerCase()] ?? `variable ${name} (not assigned in this script)`);
    types = new Map();
    collectors = [];
    constructor(source) {
        this.source = source;
    }
    text(node) {
        return this.source.slice(node.startIndex, node.endIndex);
    }
    tooDeep(depth) {
        if (depth <= MAX_DEPTH)
            return false;
        this.facts.incomplete ??= `nesting deeper than ${MAX_DEPTH} levels was not analysed`;
        return true;
    }
    visit(node, scope, depth) {
        if (this.tooDeep(depth))
            return;
        switch (node.type) {
            case 'comment':
                return;
            case 'function_statement': {
                const name = node.namedChildren.find((c) => c?.type === 'function_name');
                for (const child of node.namedChildren)
                    if (child)
                        this.visit(child, name ? this.text(name) : scope, depth + 1);
                return;
            }
            case 'assignment_expression':
                this.assign(node, scope, depth);
                return;
            case 'pipeline_chain':
                this.pipeline(node, scope, depth);
                return;
            case 'command':
                this.command(node, scope, depth, undefined, []);
                return;
            default:
                if (this.isExpression(node)) {
                    this.evaluate(node, scope, depth);
                    return;
                }
                for (const child of node.namedChildren)
                    if (child)
                        this.visit(child, scope, depth + 1);
        }
    }
    isExpression(node) {
        return node.type.endsWith('_expression') && node.type !== 'assignment_expression';
    }
    assign(node, scope, depth) {
        const left = node.namedChildren.find((c) => c?.type === 'left_assignment_expression');
        const right = node.namedChildren.at(-1);
        const value = right && right !== left ? this.evaluate(right, scope, depth) : { text: [] };
        const variable = left && this.find(left, 'variable');
        if (!variable || !left)
            return;
        const name = this.variableName(variable);
        const operator = node.namedChildren.find((c) => c?.type === 'assignement_operator');
        const plain = !operator || this.text(operator) === '=';
        // `$Env:X = ...` sets the environment for child processes; other scopes are the same variable here.
        const key = name.replace(/^(?:script|global|local|private):/i, '');
        this.vars.set(key, plain && left.text === variable.text ? value.text : [(0, templates_js_1.hole)(`variable ${key} (changed in place)`)]);
        if (value.type && plain)
            this.types.set(key.toLowerCase(), value.type);
        else
            this.types.delete(key.toLowerCase());
    }
    /** The first descendant of `type` along the first-child spine (PowerShell wraps values deeply). */
    find(node, type) {
        let current = node;
        for (let guard = 0; current && guard < 64; guard++) {
            if (current.type === type)
                return current;
            if (current.namedChildCount !== 1)
                return undefined;
            current = current.firstNamedChild;
        }
        return undefined;
    }
    variableName(node) {
        return this.text(node)
            .replace(/^\$\{?|\}$/g, '')
            .replace(/^@/, '');
    }
    pipeline(node, scope, depth) {
        let upstream;
        let upstreamCalls = [];
        for (const child of node.namedChildren) {
            if (!child)
                continue;
            if (child.type === 'command') {
                upstream = this.command(child, scope, depth, upstream, upstreamCalls);
                upstreamCalls = [];
            }
            else {
                const collected = this.collect(() => this.evaluate(child, scope, depth));
                upstream = collected.commands.at(-1);
                upstreamCalls = collected.calls;
            }
        }
        return upstream;
    }
    collect(run) {
        const collector = { commands: [], calls: [] };
        this.collectors.push(collector);
        try {
            const result = run();
            return { ...collector, result };
        }
        finally {
            this.collectors.pop();
            const outer = this.collectors.at(-1);
            if (outer) {
                (0, append_all_js_1.appendAll)(outer.commands, collector.commands);
                (0, append_all_js_1.appendAll)(outer.calls, collector.calls);
            }
        }
    }
    command(node, scope, depth, upstream, upstreamCalls) {
        const words = [];
        const collected = this.collect(() => {
            for (const child of node.namedChildren) {
                if (!child)
                    continue;
                if (child.type === 'command_name')
                    words.push([this.text(child).replace(/`/g, '')]);
                else if (child.type === 'command_name_expr')
                    words.push(this.evaluate(child, scope, depth).text);
                else if (child.type === 'command_elements') {
                    let previous;
                    for (const element of child.namedChildren) {
                        if (!element || element.type === 'command_argument_sep' || element.type === 'comment')
                            continue;
                        if (element.type === 'argument_list' && previous) {
                            // In argument mode `(New-Object T).M(x)` and `New-Object T(x)` arrive as the target, then the list.
                            words.push(...this.argumentsAfter(previous, element, scope, depth, words));
                        }
                        else if (element.type === 'command_parameter')
                            words.push([this.text(element).replace(/:$/, '')]);
                        else if (element.type === 'generic_token')
                            words.push([this.text(element).replace(/`(.)/g, '$1')]);
                        else if (element.type !== 'redirection' && element.type !== 'file_redirection_operator')
                            words.push(this.evaluate(element, scope, depth).text);
                        previous = element;
                    }
                }
            }
        });
        const command = {
            ...(0, variables_js_1.scriptPlace)((0, python_js_1.rangeOf)(node), this.text(node), scope),
            words,
            redirects: this.redirects(node, scope, depth),
            substituted: collected.commands,
            calls: [...upstreamCalls, ...collected.calls],
            ...(upstream ? { upstream } : {}),
        };
        this.record(command);
        this.newObject(command);
        return command;
    }
    /**
     * An argument list that follows a command argument: a method call on a member access
     * (`(New-Object Net.WebClient).DownloadString(u)`), whose word becomes the call's result, or a
     * constructor's arguments (`New-Object T("h", 80)`), which become words of their own.
     */
    argumentsAfter(previous, list, scope, depth, words) {
        const args = this.argumentNodes(list).map((a) => this.evaluate(a, scope, depth + 1).text);
        const access = this.find(previous, 'member_access');
        const target = access?.firstNamedChild;
        const member = access?.namedChildren.find((c) => c?.type === 'member_name');
        if (!access || !target || !member)
            return args;
        const receiver = target.type === 'type_literal'
            ? { type: (0, facts_js_1.normaliseTypeName)(this.text(target)) }
            : this.evaluateTarget(target, scope, depth);
        const method = this.text(member).toLowerCase();
        words.pop();
        if (receiver.type) {
            this.recordCall({
                ...(0, variables_js_1.scriptPlace)((0, python_js_1.rangeOf)(previous), `${this.text(previous)}${this.text(list)}`, scope),
                type: receiver.type,
                method,
                args,
            });
        }
        return [[(0, templates_js_1.hole)(`result of ${method}()`)]];
    }
    /** The value of a member access target without recording it twice (it was evaluated as the previous word). */
    evaluateTarget(target, scope, depth) {
        const before = { commands: this.facts.commands.length, methods: this.facts.methods.length };
        const value = this.evaluate(target, scope, depth + 1);
        this.facts.commands.splice(before.commands);
        this.facts.methods.splice(before.methods);
        return value;
    }
    redirects(node, scope, depth) {
        const out = [];
        const elements = node.namedChildren.find((c) => c?.type === 'command_elements');
        for (const child of elements?.namedChildren ?? []) {
            if (child?.type !== 'redirection')
                continue;
            const target = child.namedChildren.find((c) => c?.type === 'redirected_file_name');
            if (target)
                out.push(this.evaluate(target, scope, depth).text);
        }
        return out;
    }
    record(command) {
        this.facts.commands.push(command);
        this.collectors.at(-1)?.commands.push(command);
    }
    recordCall(call) {
        this.facts.methods.push(call);
        this.collectors.at(-1)?.calls.push(call);
    }
    /** `New-Object [-TypeName] T [-ArgumentList a, b]` and `New-Object -ComObject P`: a constructor call. */
    newObject(command) {
        const texts = command.words.map((w) => (w.length === 1 && typeof w[0] === 'string' ? w[0] : undefined));
        if (texts[0]?.toLowerCase() !== 'new-object')
            return;
        let type;
        const args = [];
        for (let i = 1; i < texts.length; i++) {
            const word = texts[i];
            if (word && /^-(typename|comobject)$/i.test(word))
                type = texts[++i];
            else if (word && /^-(argumentlist|args)$/i.test(word))
                args.push(...splitList(command.words[++i]));
            else if (word && /^-/.test(word))
                i++;
            else if (type === undefined && word)
                type = word;
            else
                args.push(command.words[i]);
        }
        if (!type)
            return;
        this.lastNew = (0, facts_js_1.normaliseTypeName)(type);
        this.recordCall({ ...command, type: this.lastNew, method: 'new', args });
    }
    /** The type of the last `New-Object` evaluated, read by the expression that contains it. */
    lastNew;
    evaluate(node, scope, depth) {
        if (this.tooDeep(depth))
            return { text: [(0, templates_js_1.hole)('expression nested too deeply')] };
        switch (node.type) {
            case 'string_literal':
                return { text: this.stringLiteral(node, scope, depth) };
            case 'expandable_string_literal':
            case 'expandable_here_string_literal':
            case 'verbatim_string_characters':
            case 'verbatim_here_string_characters':
                return { text: this.stringLiteral(node, scope, depth) };
            case 'integer_literal':
            case 'real_literal':
            case 'generic_token':
                return { text: [this.text(node)] };
            case 'variable':
                return this.variable(node);
            case 'type_literal':
                return { text: [this.text(node)] };
            case 'member_access': {
                const target = node.firstNamedChild;
                const member = node.namedChildren.find((c) => c?.type === 'member_name');
                if (target?.type === 'type_literal' && member && /ipaddress\]$/i.test(this.text(target))) {
                    const address = IP_ADDRESS_MEMBERS[this.text(member).toLowerCase()];
                    if (address)
                        return { text: [address] };
                }
                if (target)
                    this.evaluate(target, scope, depth + 1);
                return { text: [(0, templates_js_1.hole)(`member ${this.text(node).slice(0, 60)}`)] };
            }
            case 'invokation_expression':
                return this.invocation(node, scope, depth);
            case 'command':
                this.command(node, scope, depth, undefined, []);
                return { text: [(0, templates_js_1.hole)('output of a command')], ...this.takeNew() };
            case 'pipeline_chain': {
                const only = node.namedChildCount === 1 ? node.firstNamedChild : null;
                if (only && only.type !== 'command')
                    return this.evaluate(only, scope, depth + 1);
                const last = this.pipeline(node, scope, depth);
                return { text: [(0, templates_js_1.hole)('output of a command')], ...(last ? this.takeNew() : {}) };
            }
            case 'script_block_expression':
            case 'script_block':
                for (const child of node.namedChildren)
                    if (child)
                        this.visit(child, scope, depth + 1);
                return { text: [(0, templates_js_1.hole)('a script block')] };
            case 'sub_expression':
                for (const child of node.namedChildren)
                    if (child)
                        this.visit(child, scope, depth + 1);
                return { text: [(0, templates_js_1.hole)('output of a subexpression')] };
            case 'additive_expression': {
                if (node.namedChildCount === 1)
                    return this.evaluate(node.firstNamedChild, scope, depth + 1);
                const [left, right] = [node.firstNamedChild, node.lastNamedChild];
                const operator = this.source.slice(left?.endIndex ?? 0, right?.startIndex ?? 0).trim();
                const l = left ? this.evaluate(left, scope, depth + 1) : { text: [] };
                const r = right && right !== left ? this.evaluate(right, scope, depth + 1) : { text: [] };
                return operator === '+'
                    ? { text: (0, templates_js_1.normalise)([...l.text, ...r.text]) }
                    : { text: [(0, templates_js_1.hole)('arithmetic')] };
            }
            case 'array_literal_expression': {
                const items = node.namedChildren.filter((c) => Boolean(c));
                if (items.length === 1)
                    return this.evaluate(items[0], scope, depth + 1);
                const values = items.map((c) => this.evaluate(c, scope, depth + 1).text);
                return { text: (0, templates_js_1.normalise)(values.flatMap((v, i) => (i ? [' ', ...v] : v))) };
            }
            default: {
                const children = node.namedChildren.filter((c) => Boolean(c));
                if (children.length === 1)
                    return this.evaluate(children[0], scope, depth + 1);
                for (const child of children)
                    this.visit(child, scope, depth + 1);
                return { text: [(0, templates_js_1.hole)(`expression ${this.text(node).slice(0, 40)}`)] };
            }
        }
    }
    takeNew() {
        const type = this.lastNew;
        this.lastNew = undefined;
        return type ? { type } : {};
    }
    variable(node) {
        const name = this.variableName(node);
        const env = /^env:(.+)$/i.exec(name);
        if (env)
            return { text: [(0, templates_js_1.hole)(`environment variable ${env[1]}`)] };
        const lower = name.toLowerCase();
        if (lower === 'true' || lower === 'false' || lower === 'null')
            return { text: [lower === 'null' ? '' : lower] };
        const key = name.replace(/^(?:script|global|local|private|using):/i, '');
        const type = this.types.get(key.toLowerCase());
        return { text: this.vars.get(key), ...(type ? { type } : {}) };
    }
    stringLiteral(node, scope, depth) {
        const inner = node.type === 'string_literal' ? (node.firstNamedChild ?? node) : node;
        const raw = this.text(inner);
        if (inner.type === 'verbatim_string_characters')
            return [raw.slice(1, -1).replace(/''/g, "'")];
        if (inner.type === 'verbatim_here_string_characters')
            return [hereBody(raw)];
        const here = inner.type === 'expandable_here_string_literal';
        const open = here ? raw.indexOf('\n') + 1 : 1;
        const close = here ? raw.lastIndexOf('\n') : raw.length - 1;
        const parts = [];
        let at = inner.startIndex + open;
        const end = inner.startIndex + Math.max(open, close);
        for (const child of inner.namedChildren) {
            if (!child || child.startIndex < at || child.endIndex > end)
                continue;
            parts.push(unescapeBackticks(this.source.slice(at, child.startIndex)));
            parts.push(...this.evaluate(child.type === 'variable' || child.type === 'sub_expression' ? child : child, scope, depth + 1).text);
            at = child.endIndex;
        }
        parts.push(unescapeBackticks(this.source.slice(at, end)));
        return (0, templates_js_1.normalise)(parts);
    }
    invocation(node, scope, depth) {
        const target = node.firstNamedChild;
        const member = node.namedChildren.find((c) => c?.type === 'member_name');
        const list = node.namedChildren.find((c) => c?.type === 'argument_list');
        if (!target || !member)
            return { text: [(0, templates_js_1.hole)('a method result')] };
        const receiver = target.type === 'type_literal'
            ? { text: [], type: (0, facts_js_1.normaliseTypeName)(this.text(target)) }
            : this.evaluate(target, scope, depth + 1);
        const args = [];
        for (const arg of list ? this.argumentNodes(list) : [])
            args.push(this.evaluate(arg, scope, depth + 1).text);
        const method = this.text(member).toLowerCase();
        if (receiver.type) {
            this.recordCall({
                ...(0, variables_js_1.scriptPlace)((0, python_js_1.rangeOf)(node), this.text(node), scope),
                type: receiver.type,
                method,
                args,
            });
            if (method === 'new')
                return { text: [(0, templates_js_1.hole)(`a new ${receiver.type}`)], type: receiver.type };
        }
        return { text: [(0, templates_js_1.hole)(`result of ${method}()`)] };
    }
    argumentNodes(list) {
        const expressions = list.namedChildren.find((c) => c?.type === 'argument_expression_list');
        return (expressions?.namedChildren ?? []).filter((c) => c?.type === 'argument_expression');
    }
}
/** The lines between `@'`/`@"` and `'@`/`"@`. */
function hereBody(raw) {
    const start = raw.indexOf('\n') + 1;
    const end = raw.lastIndexOf('\n');
    return end > start ? raw.slice(start, end) : '';
}
/** PowerShell's backtick escapes in double-quoted strings. */
function unescapeBackticks(text) {
    const named = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\u0007' };
    return text.replace(/`(.)/gs, (_m, c) => named[c] ?? c);
}
/** `a, b` written as one argument list word becomes its items. */
function splitList(word) {
    if (!word)
        return [];
    if (word.length === 1 && typeof word[0] === 'string')
        return word[0]
            .split(/\s+/)
            .filter(Boolean)
            .map((w) => [w]);
    return [word];
}
/** Every fact of one parsed PowerShell script; never throws on bad syntax (SCAN001 ranges in `syntaxErrors`). */
function analyzePowerShell(tree, source) {
    const walker = new PowerShellWalker(source);
    walker.visit(tree.rootNode, 'script', 0);
    walker.facts.syntaxErrors = (0, python_js_1.syntaxErrors)(tree);
    return walker.facts;
}


/***/ }),

/***/ 8933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IPYTHON_VALUE = void 0;
exports.analyzeShell = analyzeShell;
const append_all_js_1 = __nccwpck_require__(3891);
const python_js_1 = __nccwpck_require__(9657);
const templates_js_1 = __nccwpck_require__(2084);
const variables_js_1 = __nccwpck_require__(4262);
/** Deeper trees are not walked further (hostile nesting); the analysis says it stopped. */
const MAX_DEPTH = 400;
/**
 * The variable name notebook shell escapes use for IPython's `{expr}` interpolation, so the
 * value reads as a Python value rather than an environment variable.
 */
exports.IPYTHON_VALUE = '__ipython_value__';
const SPECIAL_HOLES = {
    '@': 'script arguments',
    '*': 'script arguments',
    '#': 'argument count',
    '?': 'exit status',
    $: 'process id',
    '!': 'process id',
    '-': 'shell options',
};
class ShellWalker {
    source;
    facts = {
        language: 'shell',
        commands: [],
        methods: [],
        syntaxErrors: [],
        hereDocs: [],
    };
    vars = new variables_js_1.ScriptVariables(false, (name) => name === exports.IPYTHON_VALUE
        ? 'a Python value interpolated by IPython'
        : /^\d+$/.test(name)
            ? `script argument ${name}`
            : SPECIAL_HOLES[name] !== undefined
                ? SPECIAL_HOLES[name]
                : `environment variable ${name}`);
    constructor(source) {
        this.source = source;
    }
    text(node) {
        return this.source.slice(node.startIndex, node.endIndex);
    }
    visit(node, scope, depth) {
        if (depth > MAX_DEPTH) {
            this.facts.incomplete ??= `nesting deeper than ${MAX_DEPTH} levels was not analysed`;
            return;
        }
        switch (node.type) {
            case 'comment':
            case 'heredoc_body':
                return;
            case 'variable_assignment':
                this.assign(node, scope, depth);
                return;
            case 'pipeline':
                this.pipeline(node, scope, depth);
                return;
            case 'command':
                this.command(node, scope, depth, undefined, []);
                return;
            case 'redirected_statement':
                this.redirected(node, scope, depth, undefined);
                return;
            case 'function_definition': {
                const name = node.childForFieldName('name');
                const body = node.childForFieldName('body');
                if (body)
                    this.visit(body, name ? this.text(name) : scope, depth + 1);
                return;
            }
            case 'for_statement': {
                const variable = node.childForFieldName('variable');
                for (const value of node.childrenForFieldName('value'))
                    if (value)
                        this.word(value, scope, depth, []);
                if (variable)
                    this.vars.set(this.text(variable), [(0, templates_js_1.hole)(`loop variable ${this.text(variable)}`)]);
                const body = node.childForFieldName('body');
                if (body)
                    this.visit(body, scope, depth + 1);
                return;
            }
            default:
                for (const child of node.namedChildren)
                    if (child)
                        this.visit(child, scope, depth + 1);
        }
    }
    assign(node, scope, depth) {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (!name)
            return;
        const spelled = this.text(name);
        // `a+=x` appends; `a[1]=x` sets an element: neither is a plain literal of `a`.
        const appends = this.source.slice(name.endIndex, name.endIndex + 2) === '+=';
        const template = value ? this.word(value, scope, depth, []) : [];
        if (name.type === 'subscript' || appends)
            this.vars.set(spelled.split('[')[0], [(0, templates_js_1.hole)(`array or appended variable ${spelled}`)]);
        else
            this.vars.set(spelled, template);
    }
    pipeline(node, scope, depth) {
        let upstream;
        for (const child of node.namedChildren) {
            if (!child)
                continue;
            if (child.type === 'command')
                upstream = this.command(child, scope, depth, upstream, []);
            else if (child.type === 'redirected_statement')
                upstream = this.redirected(child, scope, depth, upstream);
            else {
                this.visit(child, scope, depth + 1);
                upstream = undefined;
            }
        }
    }
    redirected(node, scope, depth, upstream) {
        const body = node.childForFieldName('body');
        const targets = [];
        const hereDocs = [];
        for (const redirect of node.childrenForFieldName('redirect')) {
            if (!redirect)
                continue;
            if (redirect.type === 'file_redirect') {
                const destination = redirect.childForFieldName('destination');
                const operator = this.text(redirect).replace(/^\d+/, '');
                if (destination && /^(>|>>|&>|&>>|>\||<>)/.test(operator))
                    targets.push(this.word(destination, scope, depth, []));
                else if (destination)
                    this.word(destination, scope, depth, []);
            }
            else if (redirect.type === 'heredoc_redirect') {
                const bodyNode = redirect.namedChildren.find((c) => c?.type === 'heredoc_body');
                if (bodyNode)
                    hereDocs.push({ text: this.text(bodyNode), line: bodyNode.startPosition.row + 1 });
            }
            else if (redirect.type === 'herestring_redirect') {
                for (const child of redirect.namedChildren)
                    if (child)
                        this.word(child, scope, depth, []);
            }
        }
        if (body?.type === 'command') {
            const command = this.command(body, scope, depth, upstream, targets, node);
            for (const doc of hereDocs)
                this.facts.hereDocs.push({ command, ...doc });
            return command;
        }
        if (body)
            this.visit(body, scope, depth + 1);
        return undefined;
    }
    command(node, scope, depth, upstream, redirects, statement = node) {
        const substituted = [];
        const words = [];
        for (const child of node.namedChildren) {
            if (!child)
                continue;
            // `FOO=bar cmd` sets FOO for cmd only; its value may still hold `$(...)` commands.
            if (child.type === 'variable_assignment') {
                const value = child.childForFieldName('value');
                if (value)
                    this.word(value, scope, depth, substituted);
                continue;
            }
            if (child.type === 'file_redirect') {
                const destination = child.childForFieldName('destination');
                if (destination)
                    redirects.push(this.word(destination, scope, depth, substituted));
                continue;
            }
            if (child.type === 'herestring_redirect' || child.type === 'comment')
                continue;
            words.push(this.word(child.type === 'command_name' ? (child.firstNamedChild ?? child) : child, scope, depth, substituted));
        }
        const command = {
            ...(0, variables_js_1.scriptPlace)((0, python_js_1.rangeOf)(statement), this.text(statement), scope),
            words,
            redirects,
            substituted,
            ...(upstream ? { upstream } : {}),
        };
        this.facts.commands.push(command);
        return command;
    }
    /** The text of a word with quotes removed and expansions resolved; commands inside it are recorded. */
    word(node, scope, depth, substituted) {
        switch (node.type) {
            case 'word':
            case 'number':
                return [this.text(node).replace(/\\(.)/gs, '$1')];
            case 'raw_string':
                return [this.text(node).slice(1, -1)];
            case 'ansi_c_string':
                return [decodeAnsiC(this.text(node).slice(2, -1))];
            case 'string':
            case 'translated_string':
                return this.stringParts(node, scope, depth, substituted);
            case 'concatenation': {
                const parts = [];
                for (const child of node.namedChildren)
                    if (child)
                        parts.push(...this.word(child, scope, depth, substituted));
                return (0, templates_js_1.normalise)(parts);
            }
            case 'simple_expansion':
            case 'expansion':
                return this.expansion(node, scope, depth, substituted);
            case 'command_substitution':
            case 'process_substitution': {
                const before = this.facts.commands.length;
                for (const child of node.namedChildren)
                    if (child)
                        this.visit(child, scope, depth + 1);
                (0, append_all_js_1.appendAll)(substituted, this.facts.commands.slice(before));
                return [
                    (0, templates_js_1.hole)(node.type === 'command_substitution' ? 'output of a command' : 'a process substitution'),
                ];
            }
            case 'arithmetic_expansion':
                return [(0, templates_js_1.hole)('arithmetic expansion')];
            default:
                for (const child of node.namedChildren)
                    if (child)
                        this.visit(child, scope, depth + 1);
                return [this.text(node)];
        }
    }
    stringParts(node, scope, depth, substituted) {
        const parts = [];
        const open = this.text(node).startsWith('$"') ? 2 : 1;
        let at = node.startIndex + open;
        const end = node.endIndex - 1;
        for (const child of node.namedChildren) {
            if (!child)
                continue;
            if (child.startIndex > at)
                parts.push(this.source.slice(at, child.startIndex));
            parts.push(...(child.type === 'string_content'
                ? [this.text(child).replace(/\\([$`"\\\n])/g, '$1')]
                : this.word(child, scope, depth, substituted)));
            at = child.endIndex;
        }
        if (end > at)
            parts.push(this.source.slice(at, end));
        return (0, templates_js_1.normalise)(parts);
    }
    expansion(node, scope, depth, substituted) {
        const nameNode = node.namedChildren.find((c) => c?.type === 'variable_name' || c?.type === 'special_variable_name');
        const name = nameNode ? this.text(nameNode) : this.text(node).replace(/^\$\{?|\}$/g, '');
        const text = this.text(node);
        if (node.type === 'expansion' && nameNode) {
            // ${VAR:-default} and ${VAR-default}: an unset variable takes the default, which stays in the provenance.
            const fallback = /^\$\{[^:}-]+:?-(.*)\}$/s.exec(text);
            if (fallback && !this.vars.has(name)) {
                for (const child of node.namedChildren)
                    if (child && child !== nameNode)
                        this.word(child, scope, depth, substituted);
                return [(0, templates_js_1.hole)(`environment variable ${name}, default '${fallback[1]}'`)];
            }
            if (!/^\$\{[#!]?\w+\}$/.test(text))
                return [(0, templates_js_1.hole)(`expansion ${text.slice(0, 40)}`)];
        }
        return this.vars.get(name);
    }
}
/** Decodes the escapes of a bash `$'...'` string (the common ones; others are kept as written). */
function decodeAnsiC(text) {
    const simple = {
        n: '\n',
        t: '\t',
        r: '\r',
        '\\': '\\',
        "'": "'",
        '"': '"',
        e: '\u001b',
        a: '\u0007',
    };
    return text.replace(/\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|[0-7]{1,3}|.)/g, (m, code) => {
        if (/^x/.test(code))
            return String.fromCharCode(parseInt(code.slice(1), 16));
        if (/^u/.test(code))
            return String.fromCharCode(parseInt(code.slice(1), 16));
        if (/^[0-7]+$/.test(code))
            return String.fromCharCode(parseInt(code, 8));
        return simple[code] ?? m;
    });
}
function isReadWriteRedirect(source, range) {
    if (range.line !== range.endLine)
        return false;
    const line = source.split('\n', range.line)[range.line - 1] ?? '';
    const text = line.slice(range.column - 1, range.endColumn - 1);
    return /^<?>?$/.test(text) && /\d*<>/.test(line.slice(Math.max(0, range.column - 3), range.endColumn + 1));
}
/** Every fact of one parsed shell script; never throws on bad syntax (SCAN001 ranges are in `syntaxErrors`). */
function analyzeShell(tree, source) {
    const walker = new ShellWalker(source);
    walker.visit(tree.rootNode, 'script', 0);
    // tree-sitter-bash 0.25 does not know the `<>` read-write redirection (`exec 3<>/dev/tcp/h/p`);
    // bash does, so an error that is only that operator is not a syntax error of the script.
    walker.facts.syntaxErrors = (0, python_js_1.syntaxErrors)(tree).filter((range) => !isReadWriteRedirect(source, range));
    return walker.facts;
}


/***/ }),

/***/ 4262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ScriptVariables = void 0;
exports.scriptPlace = scriptPlace;
const templates_js_1 = __nccwpck_require__(2084);
/** Evidence is the first line of the command, cut to this length. */
const EVIDENCE_MAX = 160;
/**
 * Variables of one script, in the order the script assigns them (the last assignment seen
 * wins: branches and loops are not told apart). Unassigned names are holes described by
 * `unassigned` (e.g. "environment variable HOST").
 */
class ScriptVariables {
    caseInsensitive;
    unassigned;
    values = new Map();
    constructor(caseInsensitive, unassigned) {
        this.caseInsensitive = caseInsensitive;
        this.unassigned = unassigned;
    }
    key(name) {
        return this.caseInsensitive ? name.toLowerCase() : name;
    }
    set(name, value) {
        this.values.set(this.key(name), (0, templates_js_1.normalise)(value));
    }
    /** The value of `name`: its last assignment, or a hole naming where an unassigned value comes from. */
    get(name) {
        return this.values.get(this.key(name)) ?? [(0, templates_js_1.hole)(this.unassigned(name))];
    }
    has(name) {
        return this.values.has(this.key(name));
    }
}
exports.ScriptVariables = ScriptVariables;
/** The place of a fact: range, first line of `text` as evidence, folded text as statement. */
function scriptPlace(range, text, scope) {
    const head = text.split('\n', 1)[0].trim();
    const evidence = head.length > EVIDENCE_MAX ? `${head.slice(0, EVIDENCE_MAX)}…` : head;
    return { range, evidence, statement: text.replace(/\s+/g, ' ').trim().slice(0, 1000), scope };
}


/***/ }),

/***/ 9944:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.vbStatements = vbStatements;
exports.analyzeVbscript = analyzeVbscript;
const templates_js_1 = __nccwpck_require__(2084);
const facts_js_1 = __nccwpck_require__(4904);
const variables_js_1 = __nccwpck_require__(4262);
/** Splits a script into statements: comments dropped, ` _` continuations joined, `:` separated. */
function vbStatements(source) {
    const lines = source.split(/\r?\n/);
    const out = [];
    let tokens = [];
    let text = '';
    let startLine = 0;
    const flush = () => {
        if (tokens.length)
            out.push({ tokens, line: startLine, text: text.trim() });
        tokens = [];
        text = '';
    };
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        let continued = false;
        let i = 0;
        let segmentStart = 0;
        while (i < line.length) {
            const ch = line[i];
            if (!tokens.length && text === '') {
                startLine = index + 1;
                segmentStart = i;
            }
            if (ch === '"') {
                let value = '';
                let j = i + 1;
                for (; j < line.length; j++) {
                    if (line[j] === '"') {
                        if (line[j + 1] === '"') {
                            value += '"';
                            j++;
                        }
                        else
                            break;
                    }
                    else
                        value += line[j];
                }
                tokens.push({ kind: 'string', value, column: i + 1 });
                i = j + 1;
            }
            else if (ch === "'")
                break;
            else if (/\s/.test(ch))
                i++;
            else if (ch === '_' && line.slice(i + 1).trim() === '' && i > 0 && /\s/.test(line[i - 1])) {
                continued = true;
                break;
            }
            else if (ch === ':') {
                text += line.slice(segmentStart, i);
                flush();
                i++;
                segmentStart = i;
            }
            else if (/[A-Za-z_[]/.test(ch)) {
                // An escaped name `[a b]` may lack its `]` (a syntax error): it then runs to the line's end.
                const m = /^(?:\[[^\]]*\]?|[A-Za-z_][A-Za-z0-9_]*)/.exec(line.slice(i));
                if (!tokens.length && /^rem$/i.test(m[0]) && !/^[=.(]/.test(line.slice(i + 3).trimStart()))
                    break;
                tokens.push({ kind: 'name', value: m[0].replace(/^\[|\]$/g, ''), column: i + 1 });
                i += m[0].length;
            }
            else if (/[0-9]/.test(ch) || (ch === '&' && /^&[hH][0-9A-Fa-f]/.test(line.slice(i)))) {
                const m = /^(?:&[hH][0-9A-Fa-f]+&?|\d+(?:\.\d+)?)/.exec(line.slice(i));
                tokens.push({ kind: 'number', value: m[0], column: i + 1 });
                i += m[0].length;
            }
            else {
                const two = line.slice(i, i + 2);
                const op = ['<>', '<=', '>='].includes(two) ? two : ch;
                tokens.push({ kind: 'op', value: op, column: i + 1 });
                i += op.length;
            }
        }
        text += `${line.slice(segmentStart, continued ? line.lastIndexOf('_') : undefined)} `;
        if (!continued)
            flush();
    }
    flush();
    return out;
}
/** Keywords that open or close blocks and carry no call of their own. */
const SKIPPED = new Set([
    'dim',
    'redim',
    'private',
    'public',
    'option',
    'end',
    'next',
    'wend',
    'loop',
    'exit',
    'on',
    'sub',
    'function',
    'class',
    'property',
    'select',
    'case',
    'with',
    'erase',
    'randomize',
    'stop',
]);
const MAX_DEPTH = 200;
/** Literal keywords and the text they stand for. */
const VB_CONSTANTS = {
    true: 'True',
    false: 'False',
    nothing: '',
    empty: '',
    null: '',
};
class VbWalker {
    facts = { language: 'vbscript', commands: [], methods: [], syntaxErrors: [] };
    vars = new variables_js_1.ScriptVariables(true, (name) => `variable ${name} (not assigned in this script)`);
    types = new Map();
    tokens = [];
    at = 0;
    depth = 0;
    statement;
    run(statement) {
        this.statement = statement;
        this.tokens = statement.tokens;
        this.at = 0;
        this.stmt();
    }
    peek(offset = 0) {
        return this.tokens[this.at + offset];
    }
    isOp(value, offset = 0) {
        const t = this.peek(offset);
        return t?.kind === 'op' && t.value === value;
    }
    isWord(value, offset = 0) {
        const t = this.peek(offset);
        return t?.kind === 'name' && t.value.toLowerCase() === value;
    }
    stmt() {
        const first = this.peek();
        if (!first)
            return;
        const word = first.kind === 'name' ? first.value.toLowerCase() : '';
        if (word === 'if' || word === 'elseif' || word === 'while' || word === 'until' || word === 'do') {
            // `If cond Then stmt`: the statement after Then runs; the condition may call things too.
            const then = this.tokens.findIndex((t, i) => i > this.at && t.kind === 'name' && t.value.toLowerCase() === 'then');
            this.at++;
            this.expression();
            if (then !== -1 && then + 1 < this.tokens.length) {
                this.at = then + 1;
                this.stmt();
            }
            return;
        }
        if (word === 'else' || word === 'for' || word === 'each') {
            this.at++;
            if (word !== 'else')
                this.expressionList();
            return;
        }
        if (SKIPPED.has(word))
            return;
        if (word === 'set' || word === 'const' || word === 'let')
            this.at++;
        if (word === 'call') {
            this.at++;
            this.expression();
            return;
        }
        const target = this.peek();
        if (target?.kind === 'name' && this.isOp('=', 1)) {
            this.at += 2;
            this.assign(target.value, this.expression());
            return;
        }
        this.callStatement();
    }
    assign(name, value) {
        this.vars.set(name, value.text);
        if (value.type)
            this.types.set(name.toLowerCase(), value.type);
        else
            this.types.delete(name.toLowerCase());
    }
    /** `obj.Method a, b` or `Execute code`: a call without parentheses around its arguments. */
    callStatement() {
        const head = this.peek();
        if (head?.kind !== 'name') {
            this.expression();
            return;
        }
        // The callee chain without a final argument list: `CreateObject("X").Run` or `x.Run`.
        const callee = this.postfix(true);
        if (this.isOp('=')) {
            this.at++;
            this.expression();
            return;
        }
        const args = this.peek() ? this.expressionList() : [];
        this.invoke(callee, args.map((a) => a.text));
    }
    expressionList() {
        const values = [];
        while (this.peek()) {
            values.push(this.expression());
            if (!this.isOp(','))
                break;
            this.at++;
        }
        return values;
    }
    expression() {
        if (++this.depth > MAX_DEPTH) {
            // Hostile nesting: the rest of the statement is not read, and the analysis says so.
            this.facts.incomplete ??= `expressions nested deeper than ${MAX_DEPTH} levels were not analysed`;
            this.at = this.tokens.length;
            this.depth--;
            return { text: [(0, templates_js_1.hole)('an expression nested too deeply')] };
        }
        try {
            return this.expressionBody();
        }
        finally {
            this.depth--;
        }
    }
    expressionBody() {
        let value = this.unary();
        while (this.isOp('&') || this.isOp('+')) {
            this.at++;
            const right = this.unary();
            value = { text: (0, templates_js_1.normalise)([...value.text, ...right.text]) };
        }
        // Comparisons, logic and arithmetic give values the rules do not need; their operands may still call.
        while (this.peek() && !this.isOp(',') && !this.isOp(')') && !this.isWord('then')) {
            this.at++;
            this.unary();
            value = { text: [(0, templates_js_1.hole)('a computed value')] };
        }
        return value;
    }
    unary() {
        if (this.isOp('-') || this.isWord('not') || this.isWord('new'))
            this.at++;
        return this.postfix(false).value;
    }
    postfix(stopBeforeCall) {
        const token = this.peek();
        if (!token)
            return { value: { text: [] } };
        this.at++;
        let value;
        let name;
        if (token.kind === 'string')
            value = { text: [token.value] };
        else if (token.kind === 'number')
            value = { text: [token.value] };
        else if (token.kind === 'op' && token.value === '(') {
            value = this.expression();
            if (this.isOp(')'))
                this.at++;
        }
        else if (token.kind === 'name') {
            name = token.value;
            value = this.variable(name);
        }
        else
            value = { text: [(0, templates_js_1.hole)('an expression')] };
        let receiver;
        let member;
        for (let guard = 0; guard < 64; guard++) {
            if (this.isOp('(')) {
                this.at++;
                const args = this.isOp(')') ? [] : this.expressionList();
                if (this.isOp(')'))
                    this.at++;
                value = this.call(name, receiver, member, args);
                name = undefined;
                receiver = undefined;
                member = undefined;
            }
            else if (this.isOp('.') && this.peek(1)?.kind === 'name') {
                if (member !== undefined)
                    value = this.call(undefined, receiver, member, []);
                receiver = value;
                member = this.peek(1).value;
                this.at += 2;
                name = undefined;
            }
            else
                break;
        }
        if (member !== undefined && stopBeforeCall && !this.isOp('='))
            return { value, member, ...(receiver ? { receiver } : {}) };
        if (member !== undefined)
            value = this.call(undefined, receiver, member, []);
        if (stopBeforeCall && name !== undefined)
            return { value, member: name };
        return { value };
    }
    variable(name) {
        const constant = VB_CONSTANTS[name.toLowerCase()];
        if (constant !== undefined)
            return { text: [constant] };
        const type = this.types.get(name.toLowerCase());
        return { text: this.vars.get(name), ...(type ? { type } : {}) };
    }
    /** A call `name(args)` (a function) or `receiver.member(args)` (a method). */
    call(name, receiver, member, args) {
        const texts = args.map((a) => a.text);
        if (member !== undefined)
            return this.method(receiver, member, texts);
        const lower = name?.toLowerCase() ?? '';
        if (lower === 'createobject' || lower === 'getobject') {
            const progId = texts[lower === 'getobject' ? 1 : 0] ?? texts[0];
            const id = progId?.length === 1 && typeof progId[0] === 'string' ? progId[0] : undefined;
            return id
                ? { text: [(0, templates_js_1.hole)(`a ${id} object`)], type: (0, facts_js_1.normaliseTypeName)(id.split(':')[0]) }
                : { text: [(0, templates_js_1.hole)('an object')] };
        }
        if ((lower === 'chr' || lower === 'chrw') && texts[0]?.length === 1 && typeof texts[0][0] === 'string') {
            const code = Number(texts[0][0].replace(/^&h/i, '0x').replace(/&$/, ''));
            if (Number.isInteger(code))
                return { text: [String.fromCharCode(code)] };
        }
        if (name !== undefined)
            this.command(name, texts);
        return { text: [(0, templates_js_1.hole)(`result of ${name ?? 'a call'}()`)] };
    }
    method(receiver, member, args) {
        const lower = member.toLowerCase();
        // `WScript.CreateObject("X")` is CreateObject.
        if (lower === 'createobject' && args[0]?.length === 1 && typeof args[0][0] === 'string')
            return { text: [(0, templates_js_1.hole)(`a ${args[0][0]} object`)], type: (0, facts_js_1.normaliseTypeName)(args[0][0]) };
        if (receiver?.type) {
            this.facts.methods.push({
                ...(0, variables_js_1.scriptPlace)(this.range(), this.statement.text, 'script'),
                type: receiver.type,
                method: lower,
                args,
            });
        }
        return { text: [(0, templates_js_1.hole)(`result of ${member}()`)] };
    }
    invoke(callee, args) {
        if (callee.member === undefined)
            return;
        if (callee.receiver)
            this.method(callee.receiver, callee.member, args);
        else
            this.command(callee.member, args);
    }
    /** A procedure call by name (`Execute code`, `Eval(x)`) recorded as a command for the catalogs. */
    command(name, args) {
        this.facts.commands.push({
            ...(0, variables_js_1.scriptPlace)(this.range(), this.statement.text, 'script'),
            words: [[name], ...args],
            redirects: [],
            substituted: [],
        });
    }
    range() {
        const first = this.tokens[0];
        const last = this.tokens.at(-1);
        return {
            line: this.statement.line,
            column: first.column,
            endLine: this.statement.line,
            endColumn: last.column + 1,
        };
    }
}
/** Every fact of one VBScript file. Never throws; VBScript that does not read as statements is skipped statement by statement. */
function analyzeVbscript(source) {
    const walker = new VbWalker();
    for (const statement of vbStatements(source))
        walker.run(statement);
    return walker.facts;
}


/***/ }),

/***/ 1725:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_POLICY_NAME = exports.BUILTIN_POLICIES = void 0;
const SEED_DEFAULTS = [
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
exports.BUILTIN_POLICIES = {
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
exports.DEFAULT_POLICY_NAME = 'chameleon-defaults';


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.globMatches = globMatches;
exports.withinModule = withinModule;
exports.coversName = coversName;
exports.findViolations = findViolations;
exports.validateFacts = validateFacts;
exports.violationFinding = violationFinding;
exports.policyFindings = policyFindings;
const defaults_js_1 = __nccwpck_require__(1725);
const model_js_1 = __nccwpck_require__(2782);
const security_error_js_1 = __nccwpck_require__(9242);
/**
 * Whether `name` matches `pattern`, where `*` matches any run of characters, dots included (as
 * Python's fnmatch), so `subprocess.*` covers `subprocess.Popen.wait`. Matched without a regular
 * expression: `a*a*a*a*b` as a backtracking regex takes time exponential in its stars on a long
 * name from the scanned code; this walk backs up only to the last star, so it is at most
 * pattern length times name length.
 */
function globMatches(pattern, name) {
    let p = 0;
    let n = 0;
    let star = -1;
    let resume = 0;
    while (n < name.length) {
        if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = n;
        }
        else if (p < pattern.length && pattern[p] === name[n]) {
            p++;
            n++;
        }
        else if (star >= 0) {
            p = star + 1;
            n = ++resume;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/** A module pattern covers the module itself and every submodule, never a sibling that shares a prefix (`os` vs `osx`). */
function withinModule(name, module) {
    return name === module || name.startsWith(`${module}.`);
}
/** Whether a function or attribute rule covers a resolved qualified name; builtins live under `builtins.`. */
function coversQualified(rule, name) {
    if (rule.category === 'function')
        return name === `builtins.${rule.pattern}`;
    if (rule.category === 'attribute')
        return globMatches(rule.pattern, name);
    return false;
}
/**
 * Whether `rule` covers a resolved qualified name as the review stage sees it: module rules
 * cover everything inside the module, function rules `builtins.NAME`, attribute rules by glob.
 * Ignores `is_active`; callers filter.
 */
function coversName(rule, name) {
    return rule.category === 'module' ? withinModule(name, rule.pattern) : coversQualified(rule, name);
}
/** Whether `rule` covers one subject of a file. Module rules speak about imports only. */
function coversSubject(rule, subject) {
    switch (subject.kind) {
        case 'import':
            return rule.category === 'module' && withinModule(subject.name, rule.pattern);
        case 'builtin':
            return coversQualified(rule, `builtins.${subject.name}`);
        case 'use':
            return coversQualified(rule, subject.name);
    }
}
function subjectsOf(facts) {
    const subjects = [];
    for (const fact of facts.imports) {
        subjects.push({ kind: 'import', name: fact.module, site: fact });
        // `from os import path` may import the submodule os.path: a rule on os.path must see it.
        for (const name of fact.names ?? []) {
            if (name !== '*')
                subjects.push({ kind: 'import', name: `${fact.module}.${name}`, site: fact });
        }
    }
    for (const fact of facts.builtinCalls)
        subjects.push({ kind: 'builtin', name: fact.name, site: fact });
    for (const fact of facts.qualifiedUses)
        subjects.push({ kind: 'use', name: fact.name, site: fact });
    return subjects;
}
function sentence(subject, rule) {
    const what = subject.kind === 'import'
        ? `Import of forbidden module '${subject.name}'`
        : subject.kind === 'builtin'
            ? `Call to forbidden function '${subject.name}()'`
            : `Use of forbidden attribute '${subject.name}'`;
    return `${what} is blocked by policy ${(0, model_js_1.ruleLabel)(rule)}`;
}
/** The rules that apply when the caller gives none: the seed's defaults, as its `policies=None`. */
function effective(policies) {
    return policies ?? defaults_js_1.BUILTIN_POLICIES[defaults_js_1.DEFAULT_POLICY_NAME] ?? [];
}
/**
 * Every subject of `facts` that an active deny rule covers, one per statement position and
 * rule, sorted by line, column and rule id. `policies` undefined applies the seed's defaults;
 * an empty list allows everything. Allow rules never remove a violation (deny wins).
 */
function findViolations(facts, policies) {
    const denies = effective(policies)
        .filter((rule) => rule.is_active && rule.rule_type === 'deny')
        .sort((a, b) => a.id - b.id);
    if (denies.length === 0)
        return [];
    const seen = new Set();
    const violations = [];
    for (const subject of subjectsOf(facts)) {
        const rule = denies.find((candidate) => coversSubject(candidate, subject));
        if (!rule)
            continue;
        const { line, column } = subject.site.range;
        const key = `${rule.id}:${line}:${column}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        violations.push({
            rule,
            subject: subject.name,
            kind: subject.kind,
            site: subject.site,
            message: sentence(subject, rule),
        });
    }
    return violations.sort((a, b) => a.site.range.line - b.site.range.line ||
        a.site.range.column - b.site.range.column ||
        a.rule.id - b.rule.id);
}
/** Throws SecurityError naming the first violation (the seed's `validate_code_structure`); returns when there is none. */
function validateFacts(facts, policies) {
    const [first] = findViolations(facts, policies);
    if (first)
        throw new security_error_js_1.SecurityError(first);
}
const MAX_DESCRIPTION = 160;
/** The POL001 finding for one violation; its evidence names the rule id, pattern and description. */
function violationFinding(violation) {
    const { rule, site } = violation;
    const description = rule.description && rule.description.length > MAX_DESCRIPTION
        ? `${rule.description.slice(0, MAX_DESCRIPTION - 1)}…`
        : rule.description;
    const qualified = violation.kind === 'builtin' ? `builtins.${violation.subject}` : violation.subject;
    return {
        ruleId: 'POL001',
        confidence: 'high',
        ...site.range,
        evidence: description ? `${violation.message}: ${description}` : violation.message,
        details: {
            qualified_name: qualified,
            policy_rule_id: rule.id,
            policy_category: rule.category,
            policy_pattern: rule.pattern,
            policy_description: rule.description ?? undefined,
            chain: site.chain,
        },
        subject: qualified,
        statement: site.statement,
        scope: site.scope,
    };
}
/** POL001 findings for a file: one per violation. An empty policy list adds nothing. */
function policyFindings(facts, policies) {
    return findViolations(facts, policies).map(violationFinding);
}


/***/ }),

/***/ 2782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.POLICY_CATEGORIES = exports.RULE_TYPES = void 0;
exports.parseRule = parseRule;
exports.assertUniqueIds = assertUniqueIds;
exports.sortRules = sortRules;
exports.ruleLabel = ruleLabel;
/**
 * The security policy rule (SPEC 7.1): the seed's `SecurityPolicy` row, field for field, and
 * the one validator every store and command goes through, so a rule that cannot mean what its
 * author intended never reaches matching.
 */
const errors_js_1 = __nccwpck_require__(7206);
exports.RULE_TYPES = ['allow', 'deny'];
exports.POLICY_CATEGORIES = ['module', 'function', 'attribute'];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
// An attribute pattern is a dotted name whose segments may hold `*` (e.g. `os.spawn*`, `subprocess.*`).
const GLOB_SEGMENT = /^[A-Za-z0-9_*]+$/;
/** Why `pattern` cannot be a pattern of `category`, or undefined when it can. */
function patternProblem(category, pattern) {
    switch (category) {
        case 'module':
            return DOTTED.test(pattern) ? undefined : 'a module pattern is a dotted module name such as os.path';
        case 'function':
            if (IDENTIFIER.test(pattern))
                return undefined;
            return pattern.includes('.')
                ? 'a function pattern is a builtin name; use category attribute for a qualified name'
                : 'a function pattern is a builtin name such as eval';
        case 'attribute': {
            const segments = pattern.split('.');
            if (segments.length < 2 || !segments.every((s) => GLOB_SEGMENT.test(s))) {
                return 'an attribute pattern is a qualified name such as os.system, optionally with * globs';
            }
            return undefined;
        }
    }
}
function isOneOf(values, value) {
    return typeof value === 'string' && values.includes(value);
}
/**
 * Checks one raw rule and returns it typed. `where` names the file and entry for messages
 * (`policy.yml: policies[2]`). `id` may be absent only when `fallbackId` is given (files may
 * leave ids out); `is_active` defaults to true and `description` to null, as in the seed's model.
 * Throws ConfigError naming `where` and the field for anything else that is wrong.
 */
function parseRule(raw, where, fallbackId) {
    const fail = (problem) => {
        throw new errors_js_1.ConfigError(`${where}: ${problem}`);
    };
    const id = raw.id ?? fallbackId;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
        fail(id === undefined ? 'missing id' : `id ${JSON.stringify(id)} is not a positive integer`);
    }
    if (!isOneOf(exports.RULE_TYPES, raw.rule_type)) {
        fail(raw.rule_type === undefined
            ? 'missing rule_type (allow or deny)'
            : `unknown rule_type ${JSON.stringify(raw.rule_type)} (expected allow or deny)`);
    }
    if (!isOneOf(exports.POLICY_CATEGORIES, raw.category)) {
        fail(raw.category === undefined
            ? 'missing category (module, function or attribute)'
            : `unknown category ${JSON.stringify(raw.category)} (expected module, function or attribute)`);
    }
    const { category, pattern } = raw;
    if (pattern === undefined || pattern === null || pattern === '')
        return fail('missing pattern');
    if (typeof pattern !== 'string')
        return fail(`pattern ${JSON.stringify(pattern)} is not a string`);
    const problem = patternProblem(category, pattern);
    if (problem)
        fail(`pattern ${JSON.stringify(pattern)}: ${problem}`);
    const description = raw.description ?? null;
    if (description !== null && typeof description !== 'string') {
        fail(`description ${JSON.stringify(description)} is not a string`);
    }
    const isActive = raw.is_active ?? true;
    if (typeof isActive !== 'boolean')
        fail(`is_active ${JSON.stringify(isActive)} is not true or false`);
    return { id, rule_type: raw.rule_type, category, pattern, description, is_active: isActive };
}
/**
 * Throws ConfigError naming `source` and both entries when two rules share an id;
 * `entryName(i)` says how the i-th rule is named in messages.
 */
function assertUniqueIds(rules, source, entryName) {
    const seen = new Map();
    rules.forEach((rule, i) => {
        const first = seen.get(rule.id);
        if (first !== undefined) {
            throw new errors_js_1.ConfigError(`${source}: ${entryName(i)}: duplicate id ${rule.id} (also used by ${entryName(first)})`);
        }
        seen.set(rule.id, i);
    });
}
/** Rules ordered by id, the order every store writes and every listing shows. */
function sortRules(rules) {
    return [...rules].sort((a, b) => a.id - b.id);
}
/** A short human name for a rule: `rule 3 (deny module 'subprocess')`. */
function ruleLabel(rule) {
    return `rule ${rule.id} (${rule.rule_type} ${rule.category} '${rule.pattern}')`;
}


/***/ }),

/***/ 2947:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.policyFactsOf = policyFactsOf;
const BUILTINS_PREFIX = 'builtins.';
/** The PolicyFacts of one analysed file; facts without a resolved name are left out. */
function policyFactsOf(facts) {
    const result = { imports: [...facts.imports], builtinCalls: [], qualifiedUses: [] };
    for (const call of facts.calls) {
        const { callee } = call.site;
        if (!callee)
            continue;
        const builtin = callee.startsWith(BUILTINS_PREFIX) ? callee.slice(BUILTINS_PREFIX.length) : undefined;
        // `builtins.str.join` is a method of a builtin type, not a builtin function.
        if (builtin !== undefined && !builtin.includes('.'))
            result.builtinCalls.push({ ...call, name: builtin });
        else
            result.qualifiedUses.push({ ...call, name: callee });
    }
    for (const access of facts.accesses)
        result.qualifiedUses.push(access);
    return result;
}


/***/ }),

/***/ 9242:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SecurityError = void 0;
/** Thrown by `validateFacts`/`validateCode` for the first violation; the message names it and its line. */
class SecurityError extends Error {
    violation;
    constructor(violation) {
        super(`line ${violation.site.range.line}: ${violation.message}`);
        this.name = 'SecurityError';
        this.violation = violation;
    }
}
exports.SecurityError = SecurityError;


/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 1738:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Matcher = void 0;
const numeric_range_js_1 = __nccwpck_require__(3521);
const parse_class_js_1 = __nccwpck_require__(7816);
// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && (0, numeric_range_js_1.numericRange)(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = (0, parse_class_js_1.parseClass)(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
exports.Matcher = Matcher;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3521:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.numericRange = void 0;
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
exports.numericRange = numericRange;
//# sourceMappingURL=numeric-range.js.map

/***/ }),

/***/ 7816:
/***/ ((__unused_webpack_module, exports) => {


// translate the various posix character classes into unicode properties
// this works across all unicode locales
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseClass = void 0;
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
exports.parseClass = parseClass;
//# sourceMappingURL=parse-class.js.map

/***/ }),

/***/ 2649:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.range = exports.balanced = void 0;
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && (0, exports.range)(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
exports.balanced = balanced;
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
exports.range = range;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8968:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXPANSION_MAX_STEPS = exports.EXPANSION_MAX_REWRITES = exports.EXPANSION_MAX_DEPTH = exports.EXPANSION_MAX_LENGTH = exports.EXPANSION_MAX = void 0;
exports.expand = expand;
const balanced_match_1 = __nccwpck_require__(2649);
const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
exports.EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
exports.EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
exports.EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
exports.EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
exports.EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = (0, balanced_match_1.range)('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, exports.EXPANSION_MAX);
    const maxLength = bound(options.maxLength, exports.EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, exports.EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, exports.EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, exports.EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ }),

/***/ 7305:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertValidPattern = void 0;
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
exports.assertValidPattern = assertValidPattern;
//# sourceMappingURL=assert-valid-pattern.js.map

/***/ }),

/***/ 800:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escape = void 0;
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
exports.escape = escape;
//# sourceMappingURL=escape.js.map

/***/ }),

/***/ 6507:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unescape = exports.escape = exports.Minimatch = exports.match = exports.braceExpand = exports.defaults = exports.filter = exports.GLOBSTAR = exports.sep = exports.minimatch = void 0;
const brace_expansion_1 = __nccwpck_require__(8968);
const nonrecursive_glob_match_1 = __nccwpck_require__(1738);
const assert_valid_pattern_js_1 = __nccwpck_require__(7305);
const escape_js_1 = __nccwpck_require__(800);
const unescape_js_1 = __nccwpck_require__(851);
const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
exports.minimatch = minimatch;
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
exports.sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
exports.minimatch.sep = exports.sep;
exports.GLOBSTAR = Symbol('globstar **');
exports.minimatch.GLOBSTAR = exports.GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
exports.filter = filter;
exports.minimatch.filter = exports.filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return exports.minimatch;
    }
    const orig = exports.minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: exports.GLOBSTAR,
    });
};
exports.defaults = defaults;
exports.minimatch.defaults = exports.defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return (0, brace_expansion_1.expand)(p, { max: options.braceExpandMax });
};
exports.braceExpand = braceExpand;
exports.minimatch.braceExpand = exports.braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
exports.match = match;
exports.minimatch.match = exports.match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== exports.GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== exports.GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === exports.GLOBSTAR && p1 !== exports.GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== exports.GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === exports.GLOBSTAR &&
                p2 === exports.GLOBSTAR &&
                p1 !== exports.GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === exports.GLOBSTAR &&
                p0 !== exports.GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof nonrecursive_glob_match_1.Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== exports.GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(exports.GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(exports.GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(exports.GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === exports.GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === exports.GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return (0, exports.braceExpand)(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = (0, exports.braceExpand)(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        (0, assert_valid_pattern_js_1.assertValidPattern)(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return exports.GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new nonrecursive_glob_match_1.Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return exports.minimatch.defaults(def).Minimatch;
    }
}
exports.Minimatch = Minimatch;
/* c8 ignore start */
var escape_js_2 = __nccwpck_require__(800);
Object.defineProperty(exports, "escape", ({ enumerable: true, get: function () { return escape_js_2.escape; } }));
var unescape_js_2 = __nccwpck_require__(851);
Object.defineProperty(exports, "unescape", ({ enumerable: true, get: function () { return unescape_js_2.unescape; } }));
/* c8 ignore stop */
exports.minimatch.Minimatch = Minimatch;
exports.minimatch.escape = escape_js_1.escape;
exports.minimatch.unescape = unescape_js_1.unescape;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 851:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unescape = void 0;
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + (0, exports.unescape)(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
exports.unescape = unescape;
//# sourceMappingURL=unescape.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
/**
 * The scan worker (bundled as `dist/scan-worker.js`): one thread with its own WASM parser
 * analysing the files the main thread sends, one message each way per file. The rulepack and
 * policies arrive already loaded and checked, so a worker starts without reading YAML.
 */
const node_worker_threads_1 = __nccwpck_require__(5919);
const analyze_file_js_1 = __nccwpck_require__(3305);
async function serve() {
    const port = node_worker_threads_1.parentPort;
    const { pack, policies } = node_worker_threads_1.workerData;
    const analyzer = await (0, analyze_file_js_1.createFileAnalyzer)(pack, policies);
    port.on('message', (request) => {
        if (!('file' in request)) {
            analyzer.close();
            port.postMessage({ id: -1, times: analyzer.times });
            port.close();
            return;
        }
        const { id, file } = request;
        analyzer.analyze(file).then((result) => port.postMessage({ id, result }), (error) => port.postMessage({
            id,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }));
    });
}
if (node_worker_threads_1.parentPort)
    void serve();

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
