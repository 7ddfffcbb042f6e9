/**
 * Writes waiting for their outcome: proxy.ts notes who made each write (by request id), and the
 * HTTP server (scripts/start.ts) records the audit entry when the response has gone, with its
 * status — one place for every write route, whatever it does. On globalThis: the server and Next's
 * bundle of proxy.ts load separate copies of this module in one process.
 */

import type { Identity } from "@/lib/auth/identity";
import { processSingleton } from "@/lib/process-singleton";

export function pendingAudit(): Map<string, Identity> {
  return processSingleton("pending-audit", () => new Map<string, Identity>());
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** POSTs that change nothing are not audited (the alarm resolver). */
const NOT_WRITES = new Set(["/api/alarms/resolve"]);

export function isAuditedWrite(method: string | undefined, pathname: string): boolean {
  return WRITE_METHODS.has(method ?? "") && pathname.startsWith("/api/") && !NOT_WRITES.has(pathname);
}
