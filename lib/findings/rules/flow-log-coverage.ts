import type { Endpoint, Gateway } from "@/lib/schemas/inventory";
import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { type InventoryIndex, indexInventory, warningsFor } from "../inventory-index";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

/** ENIs (or, without ENIs, subnets) not covered by a flow log on themselves, their subnet or their VPC. */
function uncovered(
  item: Gateway | Endpoint,
  index: InventoryIndex,
): { checked: string[]; missing: string[] } {
  const logged = index.flowLogged;
  if (logged.has(item.vpcId)) return { checked: [item.vpcId], missing: [] };
  if (item.enis.length > 0) {
    const missing = item.enis.filter((e) => !logged.has(e.id) && !logged.has(e.subnetId)).map((e) => e.id);
    return { checked: item.enis.map((e) => e.id), missing };
  }
  return { checked: item.subnetIds, missing: item.subnetIds.filter((s) => !logged.has(s)) };
}

// Only these endpoint types reach resource configurations; interface endpoints are out of scope.
const latticeEndpoint = (e: Endpoint) => e.type === "Resource" || e.type === "ServiceNetwork";

export const flowLogCoverage: Rule = {
  id: "flow-log-coverage",
  title: "Missing flow logs (blind spot)",
  description:
    "Gateway ENIs and endpoint ENIs need VPC flow logs (on the ENI, its subnet or its VPC); without them traffic and REJECTs on the path are invisible.",
  severity: "warning",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    const items = [
      ...inventory.gateways.map((g) => ({ kind: "gateway" as const, item: g as Gateway | Endpoint })),
      ...inventory.endpoints.filter(latticeEndpoint).map((e) => ({ kind: "endpoint" as const, item: e })),
    ];
    for (const { kind, item } of items) {
      const { checked, missing } = uncovered(item, index);
      if (missing.length === 0) continue;
      const failedReads = warningsFor(index, item.accountId, item.region, /FlowLogs/i);
      const side = kind === "gateway" ? "provider" : "consumer";
      findings.push(
        makeFinding(this, {
          status: failedReads.length > 0 ? "unknown" : "failing",
          resources: [ref(kind, item)],
          summary:
            failedReads.length > 0
              ? `Flow logs in ${item.accountId} ${item.region} could not be listed (${failedReads[0]?.code}); coverage of ${item.id} is unknown.`
              : `${missing.length} of ${checked.length} ${kind} ENI${checked.length === 1 ? "" : "s"} of ${item.id} ${missing.length === 1 ? "has" : "have"} no flow log (${side} side is blind).`,
          details: { vpc: item.vpcId, checked, withoutFlowLogs: missing },
          fix: `Enable VPC flow logs on ${item.vpcId} (or the ${kind}'s subnets) to CloudWatch Logs.`,
        }),
      );
    }
    return findings;
  },
};
