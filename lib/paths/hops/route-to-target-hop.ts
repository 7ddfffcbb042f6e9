import { cidrContainsIp, isIpv4 } from "@/lib/findings/ipv4";
import type { RouteTable } from "@/lib/schemas/inventory";
import { createRoute } from "../cli-commands";
import { check, type HopContext, makeHop, missing, readOf } from "../hop-context";
import type { HopCheck, PathFix } from "../path-types";
import { longestMatch, routeTableOfSubnet } from "../route-lookup";

const via: Record<string, string> = {
  local: "the VPC's local route",
  "transit-gateway": "transit gateway",
  "vpn-gateway": "virtual private gateway (VPN)",
  peering: "VPC peering connection",
  "internet-gateway": "internet gateway",
  "nat-gateway": "NAT gateway",
  "network-interface": "network interface",
  other: "target",
};

/**
 * Hop 6: the gateway's subnets route to the target — inside the gateway VPC's CIDR (local), or
 * through the subnets' route tables (explicit association, else the main table; longest prefix
 * wins) to a transit gateway, VPN or peering for on-premises or other-VPC targets.
 */
export function routeToTargetHop(ctx: HopContext) {
  const { gateway, resource, index, gatewayVpc } = ctx;
  const checks: HopCheck[] = [];
  const fixes: PathFix[] = [];
  if (!gateway)
    return makeHop(
      6,
      "route-to-target",
      [
        missing("Route", "The gateway is not in the inventory.", {
          what: "the gateway",
          source: readOf("ListResourceGateways", ctx.route.config.accountId, ctx.route.config.region),
        }),
      ],
      "",
    );
  if (resource.ips.length === 0) {
    const def = ctx.route.config.definition;
    checks.push(
      missing(
        "Target address",
        def?.kind === "dns"
          ? `${def.domainName} is resolved by the gateway at connection time; the inventory holds no address for it (no live DNS).`
          : "The target's address is not known.",
        {
          what: "the target's IP address",
          source:
            "an ENI holding the target in the gateway VPC (DescribeNetworkInterfaces), or an IP definition",
        },
      ),
    );
    return makeHop(6, "route-to-target", checks, "");
  }
  const tables = index.inventory.routeTables.filter((t) => t.vpcId === gateway.vpcId);
  const region = gateway.region;
  const used = new Set<string>();
  for (const ip of resource.ips) {
    if (gatewayVpc?.cidrBlock && isIpv4(ip) && cidrContainsIp(gatewayVpc.cidrBlock, ip)) {
      checks.push(
        check(
          `Route to ${ip}`,
          "pass",
          `${ip} is inside ${gateway.vpcId} (${gatewayVpc.cidrBlock}): the local route.`,
        ),
      );
      continue;
    }
    for (const subnetId of gateway.subnetIds) {
      const table: RouteTable | undefined = routeTableOfSubnet(tables, subnetId, gateway.vpcId);
      if (!table) {
        checks.push(
          missing(`Route from ${subnetId}`, `The route table of ${subnetId} is not in the inventory.`, {
            what: "the subnet's route table",
            source: readOf("DescribeRouteTables", gateway.accountId, region),
          }),
        );
        continue;
      }
      used.add(table.id);
      const route = longestMatch(table, ip);
      if (!route) {
        checks.push(
          check(
            `Route from ${subnetId}`,
            "fail",
            `${table.id} (${subnetId}) has no route to ${ip}: it is outside ${gateway.vpcId} and no transit gateway, VPN or peering route covers it.`,
          ),
        );
        const known = index.inventory.routeTables
          .filter((t) => t.vpcId === gateway.vpcId)
          .flatMap((t) => t.routes)
          .find(
            (r) =>
              r.targetKind === "transit-gateway" ||
              r.targetKind === "vpn-gateway" ||
              r.targetKind === "peering",
          );
        fixes.push({
          description: `Route ${ip} from ${table.id} to where it lives${known ? ` (e.g. ${via[known.targetKind]} ${known.target}, already used in this VPC)` : " (a transit gateway, VPN or peering connection)"}.`,
          command: createRoute(
            region,
            table.id,
            `${ip}/32`,
            known ? { kind: known.targetKind, id: known.target } : undefined,
          ),
        });
      } else if (route.state && route.state !== "active") {
        checks.push(
          check(
            `Route from ${subnetId}`,
            "fail",
            `${table.id} routes ${ip} via ${route.target}, which is ${route.state}.`,
          ),
        );
        fixes.push({
          description: `Repair or replace ${route.target} in ${table.id} (the route is ${route.state}).`,
        });
      } else {
        checks.push(
          check(
            `Route from ${subnetId}`,
            "pass",
            `${table.id} routes ${ip} via ${via[route.targetKind] ?? "target"} ${route.target} (${route.destinationCidrBlock ?? route.destinationIpv6CidrBlock}); beyond it is outside this inventory.`,
          ),
        );
      }
    }
  }
  return makeHop(
    6,
    "route-to-target",
    checks,
    "Every gateway subnet routes to the target.",
    {
      target: resource.ips,
      targetAddressFrom: ctx.addressFromAccessLogs
        ? "resource access logs (resourceIpPort: the gateway's resolution)"
        : "the inventory",
      gatewayVpcCidr: gatewayVpc?.cidrBlock ?? "unknown",
      routeTables: [...used],
    },
    fixes,
  );
}
