import type { SecurityGroupRule } from "@/lib/schemas/inventory";
import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { formatRule } from "../format-rule";
import { gatewaySecurityGroups } from "../gateway-security-groups";
import { indexInventory } from "../inventory-index";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

/** Any destination (0.0.0.0/0 or ::/0) on all protocols or all TCP ports. */
export function isWideOpen(rule: SecurityGroupRule): boolean {
  const anywhere = rule.cidrs.includes("0.0.0.0/0") || rule.ipv6Cidrs.includes("::/0");
  if (!anywhere) return false;
  if (rule.protocol === "-1" || rule.protocol.toLowerCase() === "all") return true;
  const from = rule.fromPort ?? -1;
  const to = rule.toPort ?? 65535;
  return from <= 1 && to >= 65535;
}

export const gatewayEgressWideOpen: Rule = {
  id: "gateway-egress-wide-open",
  title: "Gateway egress wide open",
  description:
    "Gateway security groups should allow only the resources' CIDRs and ports; an all-ports rule to 0.0.0.0/0 lets consumers reach anything the gateway's VPC can.",
  severity: "warning",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    for (const gateway of inventory.gateways) {
      const sgs = gatewaySecurityGroups(gateway, index);
      for (const sg of sgs.visible) {
        const open = sg.egress.filter(isWideOpen);
        if (open.length === 0) continue;
        findings.push(
          makeFinding(this, {
            resources: [ref("gateway", gateway), ref("security-group", sg)],
            summary: `${sg.id} (${sg.name}) allows egress ${open.map(formatRule).join("; ")}.`,
            details: {
              securityGroup: sg.id,
              wideOpenRules: open.map(formatRule),
              configurations: gateway.configurationIds,
            },
            fix: "Tighten the egress to the resource CIDR and ports.",
          }),
        );
      }
      if (sgs.missing.length > 0) {
        findings.push(
          makeFinding(this, {
            status: "unknown",
            resources: [ref("gateway", gateway)],
            summary: `Security groups ${sgs.missing.join(", ")} of ${gateway.id} are not in the inventory.`,
            details: { missingSecurityGroups: sgs.missing },
            fix: "Grant discovery ec2:DescribeSecurityGroups in the gateway's account and region.",
            idSuffix: "missing",
          }),
        );
      }
    }
    return findings;
  },
};
