import { zonesOf } from "../availability-zones";
import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { indexInventory } from "../inventory-index";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

export const gatewaySingleAz: Rule = {
  id: "gateway-single-az",
  title: "Gateway in a single AZ",
  description:
    "A resource gateway with subnets in one AZ has no resilience, and endpoints in other AZs cannot use it.",
  severity: "warning",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    for (const gateway of inventory.gateways) {
      const zones = zonesOf(gateway, index);
      const details = { availabilityZones: zones.names, subnets: gateway.subnetIds };
      if (zones.names.length === 0) {
        findings.push(
          makeFinding(this, {
            status: "unknown",
            resources: [ref("gateway", gateway)],
            summary: `The AZs of ${gateway.id}'s subnets are not known.`,
            details,
            fix: "Check that discovery can describe the gateway's subnets (ec2:DescribeSubnets).",
          }),
        );
      } else if (zones.names.length === 1) {
        findings.push(
          makeFinding(this, {
            resources: [ref("gateway", gateway)],
            summary: `${gateway.name} has subnets only in ${zones.names[0]}.`,
            details,
            fix: "Add subnets in at least one more AZ to the resource gateway.",
          }),
        );
      }
    }
    return findings;
  },
};
