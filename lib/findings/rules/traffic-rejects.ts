import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";
import type { RejectAggregate } from "../traffic-input";

export const trafficRejects: Rule = {
  id: "traffic-rejects",
  title: "REJECT records on gateway or endpoint ENIs",
  description:
    "Flow-log REJECTs on a gateway ENI mean a security group or NACL drops traffic to the resource; on an endpoint ENI, consumers are refused.",
  severity: "critical",
  coverage: ({ traffic }) =>
    traffic?.rejects
      ? { status: "evaluated" }
      : { status: "unknown", reason: "No traffic data yet (flow-log REJECT aggregates)." },
  evaluate({ inventory, traffic }) {
    if (!traffic?.rejects) return [];
    const byEni = new Map<string, RejectAggregate[]>();
    for (const r of traffic.rejects) byEni.set(r.eniId, [...(byEni.get(r.eniId) ?? []), r]);
    const findings: Finding[] = [];
    for (const [eniId, rows] of byEni) {
      const records = rows.reduce((n, r) => n + r.records, 0);
      if (records === 0) continue;
      const gateway = inventory.gateways.find((g) => g.enis.some((e) => e.id === eniId));
      const endpoint = gateway
        ? undefined
        : inventory.endpoints.find((e) => e.eniIds.includes(eniId) || e.enis.some((x) => x.id === eniId));
      const owner = gateway ? ref("gateway", gateway) : endpoint ? ref("endpoint", endpoint) : undefined;
      const top = [...rows].sort((a, b) => b.records - a.records).slice(0, 5);
      findings.push(
        makeFinding(
          // Consumer-side REJECTs hurt some clients; provider-side REJECTs block the path for everyone.
          { id: this.id, severity: endpoint ? "warning" : "critical" },
          {
            resources: owner ? [owner] : [],
            summary: `${records} REJECT record${records === 1 ? "" : "s"} on ${eniId}${owner ? ` (${owner.kind} ${owner.id})` : ""} between ${traffic.window.from} and ${traffic.window.to}.`,
            details: {
              eni: eniId,
              records,
              packets: rows.reduce((n, r) => n + (r.packets ?? 0), 0),
              topFlows: top.map(
                (r) => `${r.srcAddr ?? "?"} → ${r.dstAddr ?? "?"}:${r.dstPort ?? "?"} ×${r.records}`,
              ),
            },
            fix: gateway
              ? "Allow the rejected destination port in the gateway's egress and the resource's inbound rules."
              : "Allow the clients' CIDR on the endpoint's security group for the configuration's ports.",
            idSuffix: eniId,
          },
        ),
      );
    }
    return findings;
  },
};
