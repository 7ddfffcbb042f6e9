import type { DiscoveryStatus } from "@/lib/discovery/discovery-status";

export interface ReadinessCheck {
  name: "config" | "discovery" | "sources";
  ok: boolean;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

/**
 * Ready when the configuration is valid, a discovery has succeeded since start, and at least one
 * configured source answered in the latest (the others are listed: a partly failing estate still
 * serves, with warnings, and should not be taken out of a load balancer).
 */
export function evaluateReadiness(configProblem: string | undefined, status: DiscoveryStatus): Readiness {
  const config: ReadinessCheck = configProblem
    ? { name: "config", ok: false, detail: configProblem }
    : { name: "config", ok: true, detail: "valid" };
  const discovery: ReadinessCheck = status.lastSuccessAt
    ? { name: "discovery", ok: true, detail: `last succeeded ${status.lastSuccessAt}` }
    : {
        name: "discovery",
        ok: false,
        detail: status.inFlight
          ? "the first discovery is still running"
          : `no discovery has succeeded yet${status.lastError ? `: ${status.lastError}` : ""}`,
      };
  const unreachable = status.sources.filter((s) => !s.reachable);
  const sources: ReadinessCheck =
    status.sources.length === 0
      ? { name: "sources", ok: false, detail: "no source checked yet" }
      : unreachable.length === status.sources.length
        ? { name: "sources", ok: false, detail: `no source reachable: ${unreachable.map(label).join("; ")}` }
        : {
            name: "sources",
            ok: true,
            detail: unreachable.length
              ? `${status.sources.length - unreachable.length} of ${status.sources.length} reachable; unreachable: ${unreachable.map(label).join("; ")}`
              : `${status.sources.length} of ${status.sources.length} reachable`,
          };
  const checks = [config, discovery, sources];
  return { ready: checks.every((c) => c.ok), checks };
}

const label = (s: DiscoveryStatus["sources"][number]) =>
  `${s.accountId}/${s.region}${s.reason ? ` (${s.reason})` : ""}`;
