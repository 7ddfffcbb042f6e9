/**
 * Which route a subnet's traffic to an address takes: the subnet's route table (explicit
 * association, else the VPC's main table), longest matching prefix (VPC User Guide, "Route priority").
 */
import { cidrContainsIp, ipv4CidrRange, ipv6Matches, isIpv4 } from "@/lib/findings/ipv4";
import type { Route, RouteTable } from "@/lib/schemas/inventory";

export function routeTableOfSubnet(
  tables: RouteTable[],
  subnetId: string,
  vpcId: string,
): RouteTable | undefined {
  return (
    tables.find((t) => t.subnetIds.includes(subnetId)) ?? tables.find((t) => t.vpcId === vpcId && t.main)
  );
}

function prefixLength(cidr: string): number {
  return Number(cidr.split("/")[1] ?? 0);
}

export function longestMatch(table: RouteTable, ip: string): Route | undefined {
  const ipv4 = isIpv4(ip);
  const candidates = table.routes.filter((r) =>
    ipv4
      ? r.destinationCidrBlock !== undefined &&
        ipv4CidrRange(r.destinationCidrBlock) &&
        cidrContainsIp(r.destinationCidrBlock, ip)
      : r.destinationIpv6CidrBlock !== undefined && ipv6Matches(r.destinationIpv6CidrBlock, ip),
  );
  return candidates.sort(
    (a, b) =>
      prefixLength(b.destinationCidrBlock ?? b.destinationIpv6CidrBlock ?? "/0") -
      prefixLength(a.destinationCidrBlock ?? a.destinationIpv6CidrBlock ?? "/0"),
  )[0];
}
