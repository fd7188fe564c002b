import { extname } from 'node:path';

/** The languages GateKeeper6 analyses; `DiscoveredFile.language` and the inventory use these names. */
export type SourceLanguage = 'python' | 'notebook' | 'powershell' | 'shell' | 'batch' | 'vbscript';

/** Every language, in the order the inventory lists them. */
export const SOURCE_LANGUAGES: readonly SourceLanguage[] = [
  'batch',
  'notebook',
  'powershell',
  'python',
  'shell',
  'vbscript',
];

// `.pyw` is ordinary Python started by pythonw.exe on Windows, so it is a target like `.py`.
const BY_EXTENSION: ReadonlyMap<string, SourceLanguage> = new Map([
  ['.py', 'python'],
  ['.pyw', 'python'],
  ['.ipynb', 'notebook'],
  ['.ps1', 'powershell'],
  ['.psm1', 'powershell'],
  ['.bat', 'batch'],
  ['.cmd', 'batch'],
  ['.sh', 'shell'],
  ['.bash', 'shell'],
  ['.vbs', 'vbscript'],
]);

/**
 * The language a file name's extension selects, or `undefined` when the extension is not a
 * default target. Extensions compare case-insensitively: `RUN.BAT` and `Setup.PY` run on Windows
 * exactly like their lower-case spellings.
 */
export function languageByExtension(name: string): SourceLanguage | undefined {
  return BY_EXTENSION.get(extname(name).toLowerCase());
}

/** True when a file name has no extension (`configure`, `.profile`): only its shebang can say what it is. */
export function isExtensionless(name: string): boolean {
  return extname(name) === '';
}

// Compound archive names (`.tar.gz`, `.tar.xz`) end in an archive extension of their own, so the
// last extension is enough to classify every artifact.
const ARTIFACT_BY_EXTENSION: ReadonlyMap<string, string> = new Map([
  ['.whl', 'wheel'],
  ['.egg', 'egg'],
  ['.zip', 'archive'],
  ['.tar', 'archive'],
  ['.tgz', 'archive'],
  ['.tbz2', 'archive'],
  ['.txz', 'archive'],
  ['.gz', 'archive'],
  ['.bz2', 'archive'],
  ['.xz', 'archive'],
  ['.7z', 'archive'],
  ['.rar', 'archive'],
  ['.so', 'native library'],
  ['.dll', 'native library'],
  ['.dylib', 'native library'],
  ['.pyd', 'native library'],
  ['.exe', 'executable'],
  ['.msi', 'installer'],
  ['.jar', 'java archive'],
  ['.pyc', 'python bytecode'],
  ['.pyo', 'python bytecode'],
  ['.pyz', 'python zipapp'],
]);

// Versioned shared objects such as `libssl.so.3` or `libfoo.so.1.2.0`.
const VERSIONED_SHARED_OBJECT = /\.so(?:\.\d+)+$/;

/**
 * The third-party artifact kind a file name denotes (`wheel`, `archive`, `native library`,
 * `executable`, `installer`, `java archive`, `egg`, `python bytecode`, `python zipapp`), or
 * `undefined` for anything else. Case-insensitive, like `languageByExtension`.
 */
export function artifactKind(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (VERSIONED_SHARED_OBJECT.test(lower)) return 'native library';
  return ARTIFACT_BY_EXTENSION.get(extname(lower));
}
