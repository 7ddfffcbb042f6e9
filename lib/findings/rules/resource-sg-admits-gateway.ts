import { configurationPorts } from "../configuration-ports";
import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { formatRule } from "../format-rule";
import { gatewaySecurityGroups } from "../gateway-security-groups";
import { gatewayIdOf, indexInventory } from "../inventory-index";
import { makeFinding } from "../make-finding";
import { formatPortInterval } from "../port-ranges";
import { resourceTargetsOf, targetConfigurations } from "../resource-targets";
import type { Rule } from "../rule";
import { tcpPortCoverage } from "../sg-port-coverage";

export const resourceSgAdmitsGateway: Rule = {
  id: "resource-sg-admits-gateway",
  title: "Resource security group does not admit the gateway",
  description:
    "The resource sees the gateway's IPs as source (SNAT): its own security groups must admit the gateway's security group or subnet CIDRs on the configuration's ports.",
  severity: "critical",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    for (const config of targetConfigurations(index)) {
      const gatewayId = gatewayIdOf(config, index);
      const gateway = gatewayId ? index.gateways.get(gatewayId) : undefined;
      const { ports } = configurationPorts(config);
      if (!gateway || ports.length === 0) continue; // other rules report the missing gateway or ports
      const resources = [ref("configuration", config), ref("gateway", gateway)];
      const targets = resourceTargetsOf(config);
      const unknown = (summary: string, details: Record<string, string | string[]> = {}) =>
        makeFinding(this, {
          status: "unknown",
          resources,
          summary,
          details: { target: targets.ips.length > 0 ? targets.ips : "unresolved", ...details },
          fix: "Let discovery describe the resource's network interface and security groups in the provider account.",
        });
      if (targets.interfaces.length === 0) {
        findings.push(
          unknown(
            config.definition?.kind === "ip"
              ? `No ENI holds ${config.definition.ipAddress} in the inventory, so the resource's security groups cannot be checked.`
              : `The ENI behind ${config.name}'s ${config.definition?.kind ?? "unknown"} target is not known, so its security groups cannot be checked.`,
          ),
        );
        continue;
      }
      const gatewaySgIds = gatewaySecurityGroups(gateway, index).ids;
      const gatewayIps = gateway.enis.flatMap((e) => e.privateIpAddresses);
      // Without the gateway's ENIs, its subnets bound the addresses it can use.
      const sources =
        gatewayIps.length > 0
          ? gatewayIps
          : gateway.subnetIds.flatMap((id) => index.subnets.get(id)?.cidrBlock ?? []);
      for (const eni of targets.interfaces) {
        const sgs = eni.securityGroupIds.map((id) => index.securityGroups.get(id));
        const missing = eni.securityGroupIds.filter((_, i) => !sgs[i]);
        const rules = sgs.flatMap((sg) => sg?.ingress ?? []);
        const details = {
          resourceEni: eni.id,
          resourceSecurityGroups: eni.securityGroupIds,
          inboundRules: rules.map(formatRule),
          gatewaySecurityGroups: gatewaySgIds,
          gatewaySources: sources,
          portRanges: config.portRanges,
        };
        if (missing.length > 0 || eni.securityGroupIds.length === 0 || sources.length === 0) {
          findings.push(
            unknown(
              sources.length === 0
                ? `Neither the ENIs nor the subnet CIDRs of ${gateway.id} are known.`
                : `Security groups of ${eni.id} are not in the inventory: ${missing.join(", ") || "none listed"}.`,
              details,
            ),
          );
          continue;
        }
        const verdicts = sources.map((address) => ({
          address,
          result: tcpPortCoverage(rules, { address, securityGroupIds: gatewaySgIds }, ports),
        }));
        const blocked = verdicts.flatMap((v) => (v.result.verdict === "blocked" ? [v] : []));
        if (blocked.length > 0) {
          const blockedPorts = [
            ...new Set(
              blocked.flatMap((b) =>
                (b.result.verdict === "blocked" ? b.result.blocked : []).map(formatPortInterval),
              ),
            ),
          ];
          findings.push(
            makeFinding(this, {
              resources,
              summary: `${eni.id} (${eni.securityGroupIds.join(", ")}) does not admit ${blocked.map((b) => b.address).join(", ")} on TCP ${blockedPorts.join(", ")}.`,
              details: { ...details, blockedSources: blocked.map((b) => b.address), blockedPorts },
              fix: `Allow inbound TCP ${blockedPorts.join(", ")} on ${eni.securityGroupIds[0]} from ${
                gatewaySgIds[0]
                  ? `the gateway's security group ${gatewaySgIds[0]}`
                  : "the gateway's subnet CIDRs"
              }.`,
              idSuffix: eni.id,
            }),
          );
        } else if (verdicts.some((v) => v.result.verdict === "unknown")) {
          findings.push(
            makeFinding(this, {
              status: "unknown",
              resources,
              summary: `${eni.id} admits the gateway only through prefix lists or group references that cannot be resolved.`,
              details,
              fix: "Verify the resource's inbound rules admit the gateway's security group on the configuration's ports.",
              idSuffix: eni.id,
            }),
          );
        }
      }
    }
    return findings;
  },
};
