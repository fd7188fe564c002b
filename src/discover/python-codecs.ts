/** A text codec as Python names it, decoding strictly: `decode` returns `null` on any invalid byte. */
export interface Codec {
  /** Python's canonical codec name (`utf-8`, `latin-1`, `cp1252`, `iso8859-15`, ...). */
  readonly name: string;
  decode(bytes: Uint8Array): string | null;
}

/** ISO-8859-1 text of `bytes`: each byte becomes the code point of the same value; never fails. */
export function latin1Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/**
 * A strict WHATWG decoder. `ignoreBOM` keeps a byte-order mark in the text: callers strip the one
 * they detected themselves, and a second one is content, not a marker.
 */
function whatwg(name: string, label: string): Codec {
  return {
    name,
    decode(bytes) {
      try {
        return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        return null;
      }
    },
  };
}

/** Strict UTF-8; a byte-order mark in the input is kept as U+FEFF. */
export const UTF8: Codec = whatwg('utf-8', 'utf-8');

/** UTF-16 in either byte order, for Windows scripts saved with a UTF-16 byte-order mark. */
export const UTF16LE: Codec = whatwg('utf-16-le', 'utf-16le');
export const UTF16BE: Codec = whatwg('utf-16-be', 'utf-16be');

/**
 * ISO-8859-1 maps every byte to the code point of the same value, so it never fails. WHATWG's
 * "latin1" label means windows-1252, which is why this does not use TextDecoder.
 */
export const LATIN1: Codec = { name: 'latin-1', decode: latin1Text };

const ASCII: Codec = {
  name: 'ascii',
  decode: (bytes) => (bytes.every((b) => b < 0x80) ? latin1Text(bytes) : null),
};

// cp1252 is latin-1 except for 0x80-0x9F. Node 20.18.3+ decodes the "windows-1252" label as if it
// were latin-1 (nodejs/node#56542, #60888), so the block is mapped here. Python leaves five bytes
// (UNDEFINED below) undecodable, and so does this codec.
const UNDEFINED = '\u0000';
const CP1252_HIGH =
  '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000' +
  '\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';

/** Python's cp1252: windows-1252 with five bytes undecodable. */
export const CP1252: Codec = {
  name: 'cp1252',
  decode(bytes) {
    if (bytes.some((b) => b >= 0x80 && b <= 0x9f && CP1252_HIGH.charAt(b - 0x80) === UNDEFINED)) return null;
    return latin1Text(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
  },
};

/** Python codec name, WHATWG label, then Python's aliases for it (compared after `normalize`). */
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
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
  ...[1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258].map(
    (n) => [`cp${n}`, `windows-${n}`, [`windows${n}`]] as const,
  ),
  ...[2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16].map(
    (n) => [`iso8859-${n}`, `iso-8859-${n}`, [`iso8859${n}`]] as const,
  ),
];

const LATIN_ALIASES: Readonly<Record<string, number>> = {
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
function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const BY_NAME: ReadonlyMap<string, Codec> = (() => {
  const map = new Map<string, Codec>();
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
    map.set(key, LATIN1);
  }
  for (const key of ['ascii', 'usascii', '646', 'us', 'iso646us', 'ansix341968', 'cp367']) {
    map.set(key, ASCII);
  }
  for (const key of ['cp1252', 'windows1252']) map.set(key, CP1252);
  for (const [name, label, aliases] of TABLE) {
    const codec = name === 'utf-8' ? UTF8 : whatwg(name, label);
    for (const key of [normalize(name), ...aliases]) map.set(key, codec);
  }
  for (const [alias, n] of Object.entries(LATIN_ALIASES)) {
    const codec = map.get(`iso8859${n}`);
    if (codec) map.set(alias, codec);
  }
  return map;
})();

/**
 * The codec Python would use for `name` as written in a coding cookie (`latin-1`, `UTF_8`,
 * `iso-8859-15`, `cp1252`, `shift_jis`, ...), or `undefined` when it is a codec this scanner
 * cannot decode (`cp437`, `utf-16`, a misspelling).
 */
export function pythonCodec(name: string): Codec | undefined {
  return BY_NAME.get(normalize(name));
}
