/**
 * The `code` of a Node.js system error (`ENOENT`, `EACCES`, ...), or `error` for anything else.
 * Checked by shape, not `instanceof Error`: errors from another realm (a VM context, a worker)
 * are not instances of this realm's Error.
 */
export function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : 'error';
}
