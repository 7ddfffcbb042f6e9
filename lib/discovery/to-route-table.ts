import type { Route as RawRoute, RouteTable as RawRouteTable } from "@aws-sdk/client-ec2";
import type { Route, RouteTable, RouteTargetKind } from "@/lib/schemas/inventory";

function target(r: RawRoute): { target: string; targetKind: RouteTargetKind } {
  if (r.TransitGatewayId) return { target: r.TransitGatewayId, targetKind: "transit-gateway" };
  if (r.VpcPeeringConnectionId) return { target: r.VpcPeeringConnectionId, targetKind: "peering" };
  if (r.NatGatewayId) return { target: r.NatGatewayId, targetKind: "nat-gateway" };
  if (r.NetworkInterfaceId) return { target: r.NetworkInterfaceId, targetKind: "network-interface" };
  const gw = r.GatewayId;
  if (gw === "local") return { target: gw, targetKind: "local" };
  if (gw?.startsWith("vgw-")) return { target: gw, targetKind: "vpn-gateway" };
  if (gw?.startsWith("igw-")) return { target: gw, targetKind: "internet-gateway" };
  const other = gw ?? r.EgressOnlyInternetGatewayId ?? r.InstanceId ?? r.LocalGatewayId ?? r.CoreNetworkArn;
  return { target: other ?? "unknown", targetKind: "other" };
}

export function toRouteTable(raw: RawRouteTable, seen: { accountId: string; region: string }): RouteTable {
  const associations = raw.Associations ?? [];
  return {
    id: raw.RouteTableId ?? "",
    accountId: raw.OwnerId ?? seen.accountId,
    region: seen.region,
    vpcId: raw.VpcId ?? "",
    main: associations.some((a) => a.Main),
    subnetIds: associations.flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])),
    routes: (raw.Routes ?? []).map(
      (r): Route => ({
        destinationCidrBlock: r.DestinationCidrBlock,
        destinationIpv6CidrBlock: r.DestinationIpv6CidrBlock,
        destinationPrefixListId: r.DestinationPrefixListId,
        ...target(r),
        state: r.State,
      }),
    ),
  };
}
