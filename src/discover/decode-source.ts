import { extname } from 'node:path';

import { findCodingCookie } from './coding-cookie.js';
import { CP1252, LATIN1, latin1Text, pythonCodec, UTF16BE, UTF16LE, UTF8 } from './python-codecs.js';

/** The outcome of decoding one file: its text, or why it cannot be analysed. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

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
export function decodeSource(bytes: Uint8Array, path: string): DecodeResult {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? UTF16LE
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? UTF16BE
        : null;
  if (utf16) {
    const text = utf16.decode(bytes.subarray(2));
    if (text === null) return { ok: false, reason: `not valid ${utf16.name} despite its byte-order mark` };
    return text.includes('\0')
      ? { ok: false, reason: 'binary content' }
      : { ok: true, text, encoding: utf16.name };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = UTF8.decode(bytes.subarray(3));
    if (text === null) return { ok: false, reason: 'not valid utf-8 despite its UTF-8 byte-order mark' };
    return { ok: true, text, encoding: 'utf-8-sig' };
  }
  if (!NO_COOKIE_EXTENSIONS.has(extname(path).toLowerCase())) {
    const cookie = findCodingCookie(bytes);
    if (cookie) {
      const where = `the coding cookie on line ${cookie.line}`;
      const codec = pythonCodec(cookie.codec);
      if (!codec) return { ok: false, reason: `unknown codec "${cookie.codec}" declared by ${where}` };
      const text = codec.decode(bytes);
      if (text === null) return { ok: false, reason: `not valid ${codec.name} as declared by ${where}` };
      return { ok: true, text, encoding: codec.name };
    }
  }
  for (const codec of [UTF8, CP1252]) {
    const text = codec.decode(bytes);
    if (text !== null) return { ok: true, text, encoding: codec.name };
  }
  return { ok: true, text: latin1Text(bytes), encoding: LATIN1.name };
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR are layout; ESC starts ANSI colour codes that scripts print.
    if ((b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f) control += 1;
  }
  return head.length > 0 && control / head.length > MAX_CONTROL_SHARE;
}
