/**
 * Loads web-tree-sitter and the grammar WASM files, from beside the bundle in `dist/`
 * or from `node_modules` when running from source. ncc cannot bundle the runtime itself
 * (it rewrites its `import("module")`), so the build copies it next to the bundle and we
 * import it by file URL at run time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type * as TreeSitter from 'web-tree-sitter';

import { assetPath, packageDir } from '../model/assets.js';

export type { Node as SyntaxNode, Tree } from 'web-tree-sitter';

/** Grammars we ship; the key is our language id, the value the npm package holding `<package>.wasm`. */
export const GRAMMAR_PACKAGES = {
  python: 'tree-sitter-python',
  bash: 'tree-sitter-bash',
  powershell: 'tree-sitter-powershell',
} as const;
export type GrammarId = keyof typeof GRAMMAR_PACKAGES;

let runtime: Promise<typeof TreeSitter> | undefined;
const languages = new Map<GrammarId, Promise<TreeSitter.Language>>();

async function loadRuntime(): Promise<typeof TreeSitter> {
  const pkg = packageDir('web-tree-sitter') ?? '';
  const file = assetPath(
    'the web-tree-sitter runtime',
    'web-tree-sitter.js',
    path.join(pkg, 'web-tree-sitter.js'),
  );
  const module = (await import(/* webpackIgnore: true */ pathToFileURL(file).href)) as typeof TreeSitter;
  await module.Parser.init();
  return module;
}

/** The web-tree-sitter module, initialised once per thread. */
export function treeSitter(): Promise<typeof TreeSitter> {
  runtime ??= loadRuntime();
  return runtime;
}

/** A grammar, loaded once per thread from its shipped `.wasm`. */
export function language(id: GrammarId): Promise<TreeSitter.Language> {
  let loaded = languages.get(id);
  if (!loaded) {
    loaded = (async () => {
      const { Language } = await treeSitter();
      const pkgName = GRAMMAR_PACKAGES[id];
      const pkg = packageDir(pkgName) ?? '';
      const file = assetPath(
        `the ${id} grammar`,
        `grammars/${pkgName}.wasm`,
        path.join(pkg, `${pkgName}.wasm`),
      );
      return Language.load(readFileSync(file));
    })();
    languages.set(id, loaded);
  }
  return loaded;
}

/** A parser for one grammar; callers keep it for the life of their thread. */
export async function createParser(id: GrammarId): Promise<TreeSitter.Parser> {
  const { Parser } = await treeSitter();
  const parser = new Parser();
  parser.setLanguage(await language(id));
  return parser;
}
