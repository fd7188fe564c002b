/** Small text guards shared by everything that shows repository content on GitHub. */

// CSI / OSC / two-character escape sequences, as terminals read them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0 and C1 controls other than tab, line feed and carriage return (those are escaped where they matter).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Removes ANSI escape sequences and other control characters, so nothing repaints the log. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '').replace(CONTROLS, '');
}

/**
 * Cuts `text` to at most `max` UTF-16 units, ending with `…` when cut, never inside a surrogate
 * pair. `max` below 1 gives the empty string.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
