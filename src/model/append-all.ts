/**
 * Appends `items` to `target` in place. `target.push(...items)` passes every item as a call
 * argument and overflows the stack beyond about 120,000 items, which one hostile file reaches
 * easily (200,000 `eval(1);` on a line); a loop has no such limit.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
