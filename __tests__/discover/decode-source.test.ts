// Covers src/discover/decode-source.ts: BOMs, binary sniffing, PEP 263 cookies and the fallback chain.
import fc from 'fast-check';

import { decodeSource } from '../../src/discover/decode-source.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodes', () => {
  test.each([
    ['plain UTF-8', 'a.py', bytes('s = "é"\n'), 's = "é"\n', 'utf-8'],
    ['empty file', 'a.py', bytes(''), '', 'utf-8'],
    ['UTF-8 with BOM, BOM stripped', 'a.py', bytes([0xef, 0xbb, 0xbf], 'x = 1\n'), 'x = 1\n', 'utf-8-sig'],
    [
      'a second BOM is content',
      'a.py',
      bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x'),
      '\uFEFFx',
      'utf-8-sig',
    ],
    [
      'BOM wins over a latin-1 cookie',
      'a.py',
      bytes([0xef, 0xbb, 0xbf], '# coding: latin-1\né'),
      '# coding: latin-1\né',
      'utf-8-sig',
    ],
    ['CRLF is preserved', 'a.bat', bytes('@echo off\r\nset X=1\r\n'), '@echo off\r\nset X=1\r\n', 'utf-8'],
    [
      'UTF-16 LE with BOM',
      'a.ps1',
      bytes([0xff, 0xfe], [0x57, 0, 0x2d, 0, 0x48, 0, 0x0a, 0]),
      'W-H\n',
      'utf-16-le',
    ],
    ['UTF-16 BE with BOM', 'a.ps1', bytes([0xfe, 0xff], [0, 0x41, 0, 0x0a]), 'A\n', 'utf-16-be'],
    [
      'latin-1 cookie',
      'a.py',
      bytes('# -*- coding: latin-1 -*-\ns = "', [0xe9, 0x80], '"\n'),
      '# -*- coding: latin-1 -*-\ns = "é\u0080"\n',
      'latin-1',
    ],
    [
      'cookie wins over valid UTF-8',
      'a.py',
      bytes('# coding: latin-1\ns = "é"\n'),
      '# coding: latin-1\ns = "Ã©"\n',
      'latin-1',
    ],
    ['cp1252 cookie', 'a.py', bytes('# coding=cp1252\n', [0x80, 0x93]), '# coding=cp1252\n€“', 'cp1252'],
    [
      'vim cookie on line 2 after a shebang',
      'tool',
      bytes('#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\n', [0xa4]),
      '#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\n€',
      'iso8859-15',
    ],
    ['UTF_8 cookie spelled oddly', 'a.py', bytes('# coding: UTF_8\né'), '# coding: UTF_8\né', 'utf-8'],
    ['shift_jis cookie', 'a.py', bytes('# coding: sjis\n', [0x82, 0xa0]), '# coding: sjis\nあ', 'shift_jis'],
    ['no cookie, not UTF-8 -> cp1252', 'a.py', bytes('s = "', [0x93, 0x80], '"'), 's = "“€"', 'cp1252'],
    [
      'no cookie, byte undefined in cp1252 -> latin-1',
      'a.py',
      bytes('s = "', [0x81, 0xe9], '"'),
      's = "\u0081é"',
      'latin-1',
    ],
    [
      'cookie on line 2 ignored when line 1 is code',
      'a.py',
      bytes('x = 1\n# coding: latin-1\n', [0x93]),
      'x = 1\n# coding: latin-1\n“',
      'cp1252',
    ],
    [
      'cookies do not apply to PowerShell',
      'a.ps1',
      bytes('# coding: klingon\nWrite-Host 1'),
      '# coding: klingon\nWrite-Host 1',
      'utf-8',
    ],
    [
      'cookies do not apply to notebooks',
      'n.ipynb',
      bytes('# coding: ascii\n{"é": 1}'),
      '# coding: ascii\n{"é": 1}',
      'utf-8',
    ],
    [
      'ANSI escapes and a form feed are text',
      'a.sh',
      bytes('echo "\x1b[31mred\x1b[0m"\n\f\n'),
      'echo "\x1b[31mred\x1b[0m"\n\f\n',
      'utf-8',
    ],
  ])('%s', (_title, path, input, text, encoding) => {
    expect(decodeSource(input, path)).toEqual({ ok: true, text, encoding });
  });
});

describe('refuses', () => {
  test.each([
    ['a NUL byte', 'a.py', bytes('x = 1\n', [0], 'y'), 'binary content'],
    ['mostly control bytes', 'a.py', bytes([1, 2, 3, 4, 5], 'abcdefghij'), 'binary content'],
    ['a NUL late in the first 8 KB', 'a.sh', bytes('#'.repeat(8000), [0]), 'binary content'],
    ['UTF-16 text holding NUL', 'a.ps1', bytes([0xff, 0xfe], [0, 0]), 'binary content'],
    [
      'invalid UTF-8 after a UTF-8 BOM',
      'a.py',
      bytes([0xef, 0xbb, 0xbf, 0xff]),
      'not valid utf-8 despite its UTF-8 byte-order mark',
    ],
    [
      'an unpaired surrogate after a UTF-16 BOM',
      'a.ps1',
      bytes([0xff, 0xfe, 0x00, 0xd8]),
      'not valid utf-16-le despite its byte-order mark',
    ],
    [
      'an unknown codec',
      'a.py',
      bytes('# -*- coding: cp437 -*-\n'),
      'unknown codec "cp437" declared by the coding cookie on line 1',
    ],
    [
      'bytes invalid in the declared codec',
      'a.py',
      bytes('#!/bin/python\n# coding: ascii\n', [0xe9]),
      'not valid ascii as declared by the coding cookie on line 2',
    ],
    [
      'a utf-8 cookie over latin-1 bytes',
      'a.py',
      bytes('# coding: utf-8\n', [0xe9]),
      'not valid utf-8 as declared by the coding cookie on line 1',
    ],
    [
      'a cp1252 cookie over a byte cp1252 leaves undefined',
      'a.py',
      bytes('# coding: cp1252\n', [0x81]),
      'not valid cp1252 as declared by the coding cookie on line 1',
    ],
  ])('%s', (_title, path, input, reason) => {
    expect(decodeSource(input, path)).toEqual({ ok: false, reason });
  });

  test('a NUL after the first 8 KB is not sniffed', () => {
    const input = bytes('#'.repeat(9000), [0]);
    expect(decodeSource(input, 'a.py')).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});

describe('properties', () => {
  test('never throws, whatever the bytes and the path', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.string(), (input, path) => {
        const result = decodeSource(input, path);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  test('well-formed UTF-8 text without cookies or control characters decodes to itself', () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 }).filter(
      (s) =>
        s === Buffer.from(s, 'utf8').toString('utf8') &&
        !s.startsWith('\uFEFF') &&
        !/coding[:=]/.test(s) &&
        // eslint-disable-next-line no-control-regex
        !/[\x00-\x08\x0e-\x1f\x7f]/.test(s),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeSource(Buffer.from(s, 'utf8'), 'a.py')).toEqual({
          ok: true,
          text: s,
          encoding: 'utf-8',
        });
      }),
    );
  });
});
