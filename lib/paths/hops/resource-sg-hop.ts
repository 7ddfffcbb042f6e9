import { formatRule } from "@/lib/findings/format-rule";
import { gatewaySecurityGroups } from "@/lib/findings/gateway-security-groups";
import { formatPortInterval } from "@/lib/findings/port-ranges";
import { tcpPortCoverage } from "@/lib/findings/sg-port-coverage";
import { authorizeIngressFromCidr, authorizeIngressFromGroup } from "../cli-commands";
import { check, type HopContext, makeHop, missing, readOf } from "../hop-context";
import type { HopCheck, PathFix } from "../path-types";

/**
 * Hop 7: the resource sees the gateway's addresses as source (SNAT, Lattice UG), so its own
 * security groups must admit the gateway on the ports — checkable where its ENI is known.
 */
export function resourceSgHop(ctx: HopContext) {
  const { gateway, resource, index, route } = ctx;
  const checks: HopCheck[] = [];
  const fixes: PathFix[] = [];
  const config = route.config;
  if (!gateway || resource.interfaces.length === 0) {
    checks.push(
      missing(
        "Resource security groups",
        resource.ips.length > 0
          ? `No ENI in the inventory holds ${resource.ips.join(", ")} (outside the gateway VPC, or not discovered), so the resource's own filtering cannot be read.`
          : "The target's ENI is not known (DNS/ARN target), so its security groups cannot be read.",
        {
          what: "the resource's network interface and security groups",
          source: readOf("DescribeNetworkInterfaces", config.accountId, config.region),
        },
      ),
    );
    return makeHop(7, "resource-security-group", checks, "");
  }
  const gatewaySgs = gatewaySecurityGroups(gateway, index).ids;
  const sources = gateway.enis.flatMap((e) => e.privateIpAddresses);
  const evidence: Record<string, string[]> = { gatewaySecurityGroups: gatewaySgs };
  for (const eni of resource.interfaces) {
    const sgs = eni.securityGroupIds.map((id) => index.securityGroups.get(id));
    const absent = eni.securityGroupIds.filter((_, i) => !sgs[i]);
    const rules = sgs.flatMap((sg) => sg?.ingress ?? []);
    evidence[`${eni.id} inbound`] = rules.map(formatRule);
    if (
      absent.length > 0 ||
      eni.securityGroupIds.length === 0 ||
      sources.length === 0 ||
      ctx.ports.length === 0
    ) {
      checks.push(
        missing(
          `${eni.id}`,
          sources.length === 0
            ? `The addresses of ${gateway.id} are not known.`
            : `Security groups ${absent.join(", ") || "(none listed)"} of ${eni.id} are not in the inventory.`,
          {
            what: "the resource ENI's inbound rules and the gateway's addresses",
            source: readOf("DescribeSecurityGroups", config.accountId, config.region),
          },
        ),
      );
      continue;
    }
    const results = sources.map((address) =>
      tcpPortCoverage(rules, { address, securityGroupIds: gatewaySgs }, ctx.ports),
    );
    const blocked = results.find((r) => r.verdict === "blocked");
    if (blocked && blocked.verdict === "blocked") {
      const ports = blocked.blocked;
      checks.push(
        check(
          `${eni.id}`,
          "fail",
          `${eni.securityGroupIds.join(", ")} on ${eni.id} do not admit the gateway on TCP ${ports.map(formatPortInterval).join(", ")}.`,
        ),
      );
      fixes.push({
        description: `Allow inbound TCP ${ports.map(formatPortInterval).join(", ")} on ${eni.securityGroupIds[0]} from ${gatewaySgs[0] ? `the gateway's security group ${gatewaySgs[0]}` : "the gateway's subnets"}.`,
        command: gatewaySgs[0]
          ? authorizeIngressFromGroup(config.region, eni.securityGroupIds[0]!, ports, gatewaySgs[0])
          : authorizeIngressFromCidr(
              config.region,
              eni.securityGroupIds[0]!,
              ports,
              index.subnets.get(gateway.subnetIds[0] ?? "")?.cidrBlock ?? "<gateway-subnet-cidr>",
            ),
      });
    } else if (results.some((r) => r.verdict === "unknown")) {
      checks.push(
        missing(
          `${eni.id}`,
          `${eni.id} admits the gateway only through prefix lists or unresolved group references.`,
          {
            what: "prefix-list entries / referenced groups",
            source: readOf("DescribeManagedPrefixLists", config.accountId, config.region),
          },
        ),
      );
    } else {
      checks.push(
        check(
          `${eni.id}`,
          "pass",
          `${eni.securityGroupIds.join(", ")} on ${eni.id} admit the gateway on TCP ${ctx.ports.map(formatPortInterval).join(", ")}.`,
        ),
      );
    }
  }
  return makeHop(7, "resource-security-group", checks, "The resource admits the gateway.", evidence, fixes);
}
