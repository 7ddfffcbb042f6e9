import { filtersParam, listParam } from "../../protocols/query-params";
import { type CallContext, SimError } from "../../protocols/types";
import type { XmlValue } from "../../protocols/xml";
import type { SimRouteTable } from "../../state/derive-network";
import { hashHex } from "../../state/hash-hex";
import { applyFilters, tagSet } from "./ec2-filters";
import { ec2Page } from "./ec2-paging";

const associationId = (t: SimRouteTable, key: string) => `rtbassoc-${hashHex(`${t.id}/${key}`, 17)}`;

function associations(t: SimRouteTable): XmlValue[] {
  const main = t.main
    ? [
        {
          main: true,
          routeTableAssociationId: associationId(t, "main"),
          routeTableId: t.id,
          associationState: { state: "associated" },
        },
      ]
    : [];
  return [
    ...main,
    ...t.subnetIds.map((subnetId) => ({
      main: false,
      routeTableAssociationId: associationId(t, subnetId),
      routeTableId: t.id,
      subnetId,
      associationState: { state: "associated" },
    })),
  ];
}

/** Element names from the EC2 model (RouteTable, Route, RouteTableAssociation locationNames). */
function tableItem(t: SimRouteTable): XmlValue {
  return {
    routeTableId: t.id,
    vpcId: t.vpcId,
    ownerId: t.account,
    routeSet: t.routes.map((r) => ({
      destinationCidrBlock: r.destinationCidrBlock,
      gatewayId: r.gatewayId,
      transitGatewayId: r.transitGatewayId,
      vpcPeeringConnectionId: r.vpcPeeringConnectionId,
      natGatewayId: r.natGatewayId,
      networkInterfaceId: r.networkInterfaceId,
      state: r.state,
      origin: r.origin,
    })),
    associationSet: associations(t),
    propagatingVgwSet: t.propagatingVgwIds.map((gatewayId) => ({ gatewayId })),
    tagSet: tagSet(t.tags),
  };
}

/** DescribeRouteTables: `RouteTableId.N`, filters, MaxResults 5–100 (EC2 model). */
export function describeRouteTables(ctx: CallContext, params: URLSearchParams): Record<string, XmlValue> {
  const ids = listParam(params, "RouteTableId");
  let items = ctx.state.routeTables.filter((t) => t.account === ctx.account && t.region === ctx.region);
  if (ids.length > 0) {
    const missing = ids.find((id) => !items.some((t) => t.id === id));
    if (missing)
      throw new SimError(
        "InvalidRouteTableID.NotFound",
        400,
        `The routeTable ID '${missing}' does not exist`,
      );
    items = items.filter((t) => ids.includes(t.id));
  }
  items = applyFilters(
    items,
    filtersParam(params),
    {
      "vpc-id": (t) => t.vpcId,
      "route-table-id": (t) => t.id,
      "owner-id": (t) => t.account,
      "association.main": (t) => t.main,
      "association.subnet-id": (t) => t.subnetIds,
      "association.route-table-id": (t) => (t.main || t.subnetIds.length > 0 ? t.id : undefined),
      "association.route-table-association-id": (t) => [
        ...(t.main ? [associationId(t, "main")] : []),
        ...t.subnetIds.map((s) => associationId(t, s)),
      ],
      "route.destination-cidr-block": (t) => t.routes.map((r) => r.destinationCidrBlock),
      "route.gateway-id": (t) => t.routes.flatMap((r) => (r.gatewayId ? [r.gatewayId] : [])),
      "route.transit-gateway-id": (t) =>
        t.routes.flatMap((r) => (r.transitGatewayId ? [r.transitGatewayId] : [])),
      "route.vpc-peering-connection-id": (t) =>
        t.routes.flatMap((r) => (r.vpcPeeringConnectionId ? [r.vpcPeeringConnectionId] : [])),
      "route.nat-gateway-id": (t) => t.routes.flatMap((r) => (r.natGatewayId ? [r.natGatewayId] : [])),
      "route.state": (t) => t.routes.map((r) => r.state),
      "route.origin": (t) => t.routes.map((r) => r.origin),
    },
    (t) => t.tags,
  );
  const page = ec2Page("DescribeRouteTables", params, items, { min: 5, max: 100 });
  return { routeTableSet: page.items.map(tableItem), nextToken: page.nextToken };
}
