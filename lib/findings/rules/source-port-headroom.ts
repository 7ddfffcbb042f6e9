import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

/** Ephemeral source ports one gateway IP has for one resource ip:port (SNAT 4-tuple limit, approximate). */
export const sourcePortLimit = 55_000;
const warnAt = 0.8;
const criticalAt = 0.95;

export const sourcePortHeadroom: Rule = {
  id: "source-port-headroom",
  title: "Gateway source-port headroom",
  description: `Each gateway IP can hold about ${sourcePortLimit.toLocaleString("en-US")} concurrent connections to one resource ip:port; near the limit new connections fail.`,
  severity: "warning",
  coverage: ({ traffic }) =>
    traffic?.sourcePorts
      ? { status: "evaluated" }
      : { status: "unknown", reason: "No traffic data yet (concurrent connections per gateway IP)." },
  evaluate({ inventory, traffic }) {
    if (!traffic?.sourcePorts) return [];
    const findings: Finding[] = [];
    for (const use of traffic.sourcePorts) {
      const ratio = use.peakConcurrentConnections / sourcePortLimit;
      if (ratio < warnAt) continue;
      const gateway = inventory.gateways.find((g) => g.id === use.gatewayId);
      findings.push(
        makeFinding(
          { id: this.id, severity: ratio >= criticalAt ? "critical" : "warning" },
          {
            resources: gateway ? [ref("gateway", gateway)] : [],
            summary: `${use.gatewayIp} → ${use.resourceIp}:${use.resourcePort} peaked at ${use.peakConcurrentConnections} connections (${Math.round(ratio * 100)}% of ~${sourcePortLimit}).`,
            details: {
              gatewayIp: use.gatewayIp,
              resource: `${use.resourceIp}:${use.resourcePort}`,
              peakConcurrentConnections: use.peakConcurrentConnections,
              limit: sourcePortLimit,
              ipv4AddressesPerEni: gateway?.ipv4AddressesPerEni ?? "unknown",
            },
            fix: "Give the gateway more IPv4 addresses per ENI or more AZs so connections spread over more source IPs.",
            idSuffix: `${use.gatewayIp}-${use.resourceIp}-${use.resourcePort}`,
          },
        ),
      );
    }
    return findings;
  },
};
