// Covers src/discover/coding-cookie.ts: where Python looks for a PEP 263 declaration.
import { findCodingCookie } from '../../src/discover/coding-cookie.js';

test.each([
  ['# -*- coding: latin-1 -*-\n', { codec: 'latin-1', line: 1 }],
  ['# vim: set fileencoding=utf8 :\n', { codec: 'utf8', line: 1 }],
  ['  \t# coding=cp1252\r\nx = 1\r\n', { codec: 'cp1252', line: 1 }],
  ['#!/usr/bin/env python\n# -*- coding: iso-8859-15 -*-\n', { codec: 'iso-8859-15', line: 2 }],
  ['\n# coding: ascii\n', { codec: 'ascii', line: 2 }],
  ['#!/usr/bin/env python\r\n# coding: ascii', { codec: 'ascii', line: 2 }],
  ['# coding:shift_jis', { codec: 'shift_jis', line: 1 }],
  ['x = 1\n# coding: latin-1\n', null],
  ['s = "# coding: latin-1"\n', null],
  ['#\n#\n# coding: latin-1\n', null],
  ['# codings are fun\n', null],
  ['', null],
])('%j -> %j', (source, expected) => {
  expect(findCodingCookie(Buffer.from(source, 'latin1'))).toEqual(expected);
});

test('non-ASCII bytes around a cookie do not disturb it', () => {
  const bytes = Buffer.concat([
    Buffer.from('# \xe9\xff coding: latin-1\n', 'latin1'),
    Buffer.from([0x80, 0]),
  ]);
  expect(findCodingCookie(bytes)).toEqual({ codec: 'latin-1', line: 1 });
});
