/** Small text guards shared by everything that shows repository content on GitHub. */
import { showHidden } from '../../render/escape.js';

// CSI / OSC / two-character escape sequences, as terminals read them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0 and C1 controls other than tab, line feed and carriage return (those are escaped where they matter).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Removes ANSI escape sequences and other control characters, so nothing repaints the log, and
 * shows bidirectional and zero-width characters as `\uXXXX`, so none reorders or hides what a
 * reviewer reads (Trojan Source). Tab, CR and LF stay for the caller to escape.
 */
export function stripAnsi(text: string): string {
  return showHidden(text.replace(ANSI, '').replace(CONTROLS, ''));
}
