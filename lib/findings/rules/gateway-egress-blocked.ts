import { configurationPorts } from "../configuration-ports";
import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { formatRule } from "../format-rule";
import { gatewaySecurityGroups } from "../gateway-security-groups";
import { gatewayIdOf, indexInventory } from "../inventory-index";
import { makeFinding } from "../make-finding";
import { formatPortInterval, type PortInterval } from "../port-ranges";
import { resourceTargetsOf, targetConfigurations } from "../resource-targets";
import type { Rule } from "../rule";
import { type Peer, type PortVerdict, tcpPortCoverage } from "../sg-port-coverage";

const fmt = (ports: PortInterval[]) => ports.map(formatPortInterval);

export const gatewayEgressBlocked: Rule = {
  id: "gateway-egress-blocked",
  title: "Gateway egress blocks the resource",
  description:
    "The resource gateway's security groups control outbound traffic to the resource; their egress must allow TCP to the configuration's destination on all its ports.",
  severity: "critical",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    for (const config of targetConfigurations(index)) {
      const gatewayId = gatewayIdOf(config, index);
      const gateway = gatewayId ? index.gateways.get(gatewayId) : undefined;
      if (!gateway) continue; // reported by endpoint-az-overlap / failed-states; nothing to read here
      const resources = [ref("configuration", config), ref("gateway", gateway)];
      const { ports, invalid } = configurationPorts(config);
      const sgs = gatewaySecurityGroups(gateway, index);
      const unknown = (summary: string, details: Record<string, string | string[] | boolean>) =>
        makeFinding(this, {
          status: "unknown",
          resources,
          summary,
          details: { portRanges: config.portRanges, securityGroups: sgs.ids, ...details },
          fix: "Make the gateway's security groups and the configuration's ports visible to discovery.",
        });
      if (ports.length === 0) {
        findings.push(unknown(`${config.id} has no readable port ranges.`, { invalidPortRanges: invalid }));
        continue;
      }
      if (sgs.visible.length === 0) {
        findings.push(
          unknown(
            sgs.ids.length === 0
              ? `${gateway.id} lists no security groups.`
              : `Security groups ${sgs.missing.join(", ")} of ${gateway.id} are not in the inventory.`,
            { missingSecurityGroups: sgs.missing },
          ),
        );
        continue;
      }
      const targets = resourceTargetsOf(config);
      const peers: { label: string; peer: Peer }[] =
        targets.ips.length > 0
          ? targets.ips.map((ip) => ({
              label: ip,
              peer: {
                address: ip,
                securityGroupIds: targets.interfaces.find((e) => e.privateIpAddresses.includes(ip))
                  ?.securityGroupIds,
              },
            }))
          : [{ label: "any", peer: { any: true } }];
      const rules = sgs.visible.flatMap((sg) => sg.egress);
      const verdicts = peers.map((p) => ({ ...p, result: tcpPortCoverage(rules, p.peer, ports) }));
      const blocked = verdicts.filter(
        (v): v is typeof v & { result: Extract<PortVerdict, { verdict: "blocked" }> } =>
          v.result.verdict === "blocked",
      );
      const details = {
        portRanges: config.portRanges,
        destinations: peers.map((p) => p.label),
        checkedPortsOnly: targets.ips.length === 0,
        note:
          targets.ips.length === 0
            ? "Target address not known (DNS/ARN target without a discovered ENI): checked ports only."
            : undefined,
        securityGroups: sgs.ids,
        egressRules: rules.map(formatRule),
        missingSecurityGroups: sgs.missing.length > 0 ? sgs.missing : undefined,
      };
      if (blocked.length > 0 && sgs.missing.length === 0) {
        const blockedPorts = [...new Set(blocked.flatMap((b) => fmt(b.result.blocked)))];
        findings.push(
          makeFinding(this, {
            resources,
            summary: `Egress of ${sgs.ids.join(", ")} does not allow TCP ${blockedPorts.join(", ")} to ${blocked.map((b) => b.label).join(", ")}.`,
            details: { ...details, blockedPorts },
            fix: `Add an egress rule to ${sgs.visible[0]?.id} allowing TCP ${blockedPorts.join(", ")} to the resource's CIDR.`,
          }),
        );
      } else if (blocked.length > 0 || verdicts.some((v) => v.result.verdict === "unknown")) {
        findings.push(
          makeFinding(this, {
            status: "unknown",
            resources,
            summary:
              sgs.missing.length > 0
                ? `Visible egress rules do not cover the ports; ${sgs.missing.join(", ")} could not be read.`
                : "Egress relies on prefix lists or security-group references that cannot be resolved.",
            details,
            fix: "Verify the gateway's egress rules allow the resource's CIDR and ports.",
          }),
        );
      }
    }
    return findings;
  },
};
