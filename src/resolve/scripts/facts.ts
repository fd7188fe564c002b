/**
 * What the script analysers (shell, PowerShell, batch, VBScript) learn about one script: the
 * commands it runs with their resolved words, the methods it calls on known objects, and where
 * it does not parse. Rules match these facts, never the raw text.
 */
import type { SourceRange } from '../../model/finding.js';
import type { FactPlace } from '../../model/python-facts.js';
import type { ScriptLanguage } from '../../model/rulepack.js';
import { flatten, type Template } from '../../model/value.js';

/** One command as run: its words with quotes removed and variables resolved (holes where unknown). */
export interface ScriptCommand extends FactPlace {
  /** Program first, then its arguments. */
  words: Template[];
  /** The command whose output feeds this one through a pipe (`curl ... | sh`), when any. */
  upstream?: ScriptCommand;
  /** Files its output is written to (`> path`, `>> path`, `Out-File`-like redirections). */
  redirects: Template[];
  /** Arguments whose text is the output of other commands run here (`<(curl ...)`, `$(...)`). */
  substituted: ScriptCommand[];
  /** Method calls whose result is an argument or the piped input (`iex (New-Object Net.WebClient).DownloadString(u)`). */
  calls?: ScriptMethodCall[];
}

/** A method called on an object of a known type (`$wc.DownloadString(url)`, `http.Open "GET", url`). */
export interface ScriptMethodCall extends FactPlace {
  /** The object's type as written in the catalogs' normal form (see `normaliseTypeName`). */
  type: string;
  /** Method name, lower case; `new` for the constructor. */
  method: string;
  args: Template[];
}

/** Text a here-document feeds a command, with the line its body starts on (1-based). */
export interface HereDoc {
  command: ScriptCommand;
  text: string;
  line: number;
}

/** Everything one script analyser found. */
export interface ScriptFacts {
  language: ScriptLanguage;
  commands: ScriptCommand[];
  methods: ScriptMethodCall[];
  /** Ranges that did not parse (SCAN001); the rest was still analysed. */
  syntaxErrors: SourceRange[];
  /** Here-documents fed to commands: code when the command is an interpreter, data otherwise. */
  hereDocs?: HereDoc[];
  /** Set when analysis stopped early (nesting too deep): the audit is incomplete. */
  incomplete?: string;
}

/**
 * The normal form of a .NET type name or COM ProgID: lower case, without a leading `System.`
 * (PowerShell resolves `Net.WebClient` to `System.Net.WebClient`) and without a trailing version
 * (`MSXML2.XMLHTTP.6.0` is `msxml2.xmlhttp`).
 */
export function normaliseTypeName(name: string): string {
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
function versionStart(text: string): number {
  let end = text.length;
  for (;;) {
    let digits = end;
    while (digits > 0 && text.charCodeAt(digits - 1) >= 48 && text.charCodeAt(digits - 1) <= 57) digits--;
    if (digits === end || digits === 0 || text[digits - 1] !== '.') return end;
    end = digits - 1;
  }
}

/** A word's text with holes flattened to UNKNOWN_CHAR; '' for no word. */
export function wordText(word: Template | undefined): string {
  return word ? flatten(word) : '';
}
