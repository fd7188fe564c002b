/**
 * Decoders applied to known literals: the decoded text is computed (bytes kept as latin-1
 * characters, one per byte) and remembers each decoder it went through, so OBF001 can see the
 * chain and the payload can be analysed in turn.
 */
import { gunzipSync, inflateSync } from 'node:zlib';

import type { CallSite, Value } from '../../model/value.js';
import { knownText } from './values.js';

const MAX_DECODED = 1 << 20;

const base64 = (text: string): string => Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('latin1');
const base64url = (text: string): string => base64(text.replace(/-/g, '+').replace(/_/g, '/'));
const hex = (text: string): string | undefined => {
  const clean = text.replace(/\s+/g, '');
  return /^(?:[0-9a-fA-F]{2})*$/.test(clean) ? Buffer.from(clean, 'hex').toString('latin1') : undefined;
};
const rot13 = (text: string): string =>
  text.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
const inflate = (text: string): string => {
  const bytes = Buffer.from(text, 'latin1');
  try {
    return inflateSync(bytes, { maxOutputLength: MAX_DECODED }).toString('latin1');
  } catch {
    return gunzipSync(bytes, { maxOutputLength: MAX_DECODED }).toString('latin1');
  }
};

const DECODERS: Record<string, (text: string) => string | undefined> = {
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
  'gzip.decompress': (text) =>
    gunzipSync(Buffer.from(text, 'latin1'), { maxOutputLength: MAX_DECODED }).toString('latin1'),
};

const CODECS: Record<string, (text: string) => string | undefined> = {
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
export function decodeLiteral(site: CallSite): Value | undefined {
  let decode = DECODERS[site.callee];
  if (site.callee === 'codecs.decode' || site.callee === 'codecs.encode') {
    const encoding = knownText(site.keywords.get('encoding') ?? site.positional[1])
      ?.toLowerCase()
      .replace(/-/g, '_');
    decode = encoding !== undefined ? CODECS[encoding] : undefined;
  }
  if (!decode) return undefined;
  const input =
    site.positional[0] ?? site.keywords.get('s') ?? site.keywords.get('obj') ?? site.keywords.get('data');
  const text = knownText(input);
  if (text === undefined || input?.kind !== 'str') return undefined;
  let decoded: string | undefined;
  try {
    decoded = decode(text);
  } catch {
    decoded = undefined;
  }
  if (decoded === undefined) return undefined;
  return {
    kind: 'str',
    options: [[decoded.slice(0, MAX_DECODED)]],
    bytes: true,
    via: [...(input.via ?? []), site.callee],
  };
}
