/**
 * Binds the action to the scan engine. The engine (`scan`, packet writers) is being built in
 * parallel; until the lead wires it here, the bundled action stops with a clear tool error.
 */
import type { AuditFn } from './engine.js';

/** Scans and writes the packet with the real engine. Not wired yet: always rejects. */
export const auditWithEngine: AuditFn = () =>
  Promise.reject(
    new Error('the scan engine is not wired into the action yet (src/action/engine-binding.ts)'),
  );
