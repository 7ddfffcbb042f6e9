import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { formatRule } from "../format-rule";
import { gatewaySecurityGroups } from "../gateway-security-groups";
import { indexInventory } from "../inventory-index";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

export const gatewaySgInbound: Rule = {
  id: "gateway-sg-inbound",
  title: "Inbound rules on a gateway security group",
  description:
    "Traffic through a resource gateway is one-way, consumer to resource; the gateway's security groups only need egress rules.",
  severity: "info",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    for (const gateway of inventory.gateways) {
      const sgs = gatewaySecurityGroups(gateway, index);
      for (const sg of sgs.visible) {
        if (sg.ingress.length === 0) continue;
        findings.push(
          makeFinding(this, {
            resources: [ref("gateway", gateway), ref("security-group", sg)],
            summary: `${sg.id} (${sg.name}) has ${sg.ingress.length} inbound rule${sg.ingress.length === 1 ? "" : "s"}.`,
            details: { securityGroup: sg.id, inboundRules: sg.ingress.map(formatRule) },
            fix: `Remove the inbound rules from ${sg.id}, unless another resource shares the group.`,
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
