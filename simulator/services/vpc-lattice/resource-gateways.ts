import type {
  GetResourceGatewayResponse,
  ListResourceGatewaysResponse,
  ResourceGatewaySummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import type { CallContext } from "../../protocols/types";
import { latticeArn } from "../../state/arns";
import type { ResourceGateway } from "../../state/sim-state";
import { notFound } from "./lattice-errors";
import { checkedId, isoDate, latticePage } from "./lattice-params";

/** Gateways cannot be RAM-shared: only the owner sees them. */
function visibleGateways(ctx: CallContext): ResourceGateway[] {
  return ctx.state.scenario.resourceGateways.filter(
    (g) => g.account === ctx.account && g.region === ctx.region,
  );
}

function summary(g: ResourceGateway): ResourceGatewaySummary {
  return {
    name: g.name,
    id: g.id,
    arn: latticeArn(g.region, g.account, "resourcegateway", g.id),
    status: g.status,
    vpcIdentifier: g.vpcId,
    subnetIds: g.subnetIds,
    securityGroupIds: g.securityGroupIds,
    ipAddressType: g.ipAddressType,
    ipv4AddressesPerEni: g.ipv4AddressesPerEni,
    createdAt: isoDate(g.createdAt),
    lastUpdatedAt: isoDate(g.createdAt),
  };
}

export const resourceGatewayRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/resourcegateways",
    operation: "ListResourceGateways",
    handler(ctx, { query }): ListResourceGatewaysResponse {
      return latticePage("ListResourceGateways", query, visibleGateways(ctx).map(summary));
    },
  },
  {
    method: "GET",
    path: "/resourcegateways/{resourceGatewayIdentifier}",
    operation: "GetResourceGateway",
    handler(ctx, { params }): GetResourceGatewayResponse {
      const id = checkedId(
        params.resourceGatewayIdentifier ?? "",
        "resourceGatewayIdentifier",
        "resourcegateway",
      );
      const g = visibleGateways(ctx).find((x) => x.id === id);
      if (!g) throw notFound(id, "RESOURCE_GATEWAY");
      const { vpcIdentifier, ...rest } = summary(g);
      return { ...rest, vpcId: vpcIdentifier, serviceManaged: false };
    },
  },
];
