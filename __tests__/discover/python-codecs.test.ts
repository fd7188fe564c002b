// Covers src/discover/python-codecs.ts: Python codec names and strict decoding.
import { CP1252, LATIN1, pythonCodec, UTF8 } from '../../src/discover/python-codecs.js';

test.each([
  ['latin-1', 'latin-1'],
  ['ISO-8859-1', 'latin-1'],
  ['iso_latin_1', 'latin-1'],
  ['L1', 'latin-1'],
  ['UTF-8', 'utf-8'],
  ['utf_8', 'utf-8'],
  ['utf-8-sig', 'utf-8'],
  ['us-ascii', 'ascii'],
  ['Windows-1252', 'cp1252'],
  ['cp1251', 'cp1251'],
  ['latin9', 'iso8859-15'],
  ['iso8859_15', 'iso8859-15'],
  ['euc-jp', 'euc_jp'],
  ['cp936', 'gbk'],
  ['koi8_r', 'koi8-r'],
])('%j is Python codec %j', (name, codec) => {
  expect(pythonCodec(name)?.name).toBe(codec);
});

test.each([['cp437'], ['utf-16'], ['klingon'], ['']])('%j is not a codec the scanner decodes', (name) => {
  expect(pythonCodec(name)).toBeUndefined();
});

test('cp1252 maps its 0x80-0x9F block and refuses the five undefined bytes, as Python does', () => {
  const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i).filter(
    (b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b),
  );
  expect(CP1252.decode(high)).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
  for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(CP1252.decode(Uint8Array.of(0x41, b))).toBeNull();
  expect(CP1252.decode(Uint8Array.of(0xe9, 0x41))).toBe('éA');
});

test('latin-1 maps every byte to the same code point', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  expect([...LATIN1.decode(all)!].map((c) => c.charCodeAt(0))).toEqual([...all]);
});

test('strict decoders return null instead of replacement characters', () => {
  expect(UTF8.decode(Uint8Array.of(0x61, 0xc3))).toBeNull();
  expect(pythonCodec('ascii')?.decode(Uint8Array.of(0x80))).toBeNull();
  expect(pythonCodec('shift_jis')?.decode(Uint8Array.of(0x82))).toBeNull();
  expect(UTF8.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toBe('\uFEFFa');
});
