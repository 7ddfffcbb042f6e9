/**
 * What readiness needs to know about discovery: has one succeeded since start, and which
 * account × region sources could not be reached in the latest. On globalThis like the inventory
 * cache, so every bundle (instrumentation, pages, route handlers) records into and reads one state.
 */
import { processSingleton } from "@/lib/process-singleton";
import type { DiscoveryWarning } from "@/lib/schemas/inventory";

export interface DiscoveryStatus {
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  lastError?: string;
  /** Every configured source in the latest successful discovery, and whether it answered. */
  sources: { accountId: string; region: string; reachable: boolean; reason?: string }[];
  inFlight: boolean;
}

export function discoveryStatus(): DiscoveryStatus {
  return processSingleton<DiscoveryStatus>("discovery-status", () => ({ sources: [], inFlight: false }));
}

/** Codes that mean a source could not be reached at all, rather than one call failing. */
const UNREACHABLE = new Set(["upstream_unavailable", "aws_credentials"]);

export function recordDiscoveryStart(at = new Date()): void {
  const s = discoveryStatus();
  s.inFlight = true;
  s.lastAttemptAt = at.toISOString();
}

export function recordDiscoverySuccess(
  sources: { accountId: string; region: string }[],
  warnings: readonly DiscoveryWarning[],
  at = new Date(),
): void {
  const s = discoveryStatus();
  s.inFlight = false;
  s.lastSuccessAt = at.toISOString();
  s.lastError = undefined;
  s.sources = sources.map(({ accountId, region }) => {
    const bad = warnings.find(
      (w) => w.accountId === accountId && w.region === region && UNREACHABLE.has(w.code),
    );
    return bad
      ? { accountId, region, reachable: false, reason: bad.message }
      : { accountId, region, reachable: true };
  });
}

export function recordDiscoveryFailure(error: unknown): void {
  const s = discoveryStatus();
  s.inFlight = false;
  s.lastError = error instanceof Error ? error.message : String(error);
}
