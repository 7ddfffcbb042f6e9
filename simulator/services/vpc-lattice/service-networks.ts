import type {
  GetServiceNetworkResponse,
  ListServiceNetworksResponse,
  ServiceNetworkSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import type { CallContext } from "../../protocols/types";
import { latticeArn } from "../../state/arns";
import type { ServiceNetwork, SimState } from "../../state/sim-state";
import { canSeeServiceNetwork } from "../../state/visibility";
import { notFound } from "./lattice-errors";
import { checkedId, isoDate, latticePage } from "./lattice-params";

export function serviceNetworkArn(sn: ServiceNetwork): string {
  return latticeArn(sn.region, sn.account, "servicenetwork", sn.id);
}

export function visibleServiceNetworks(ctx: CallContext): ServiceNetwork[] {
  return ctx.state.scenario.serviceNetworks.filter(
    (sn) => sn.region === ctx.region && canSeeServiceNetwork(ctx.account, sn),
  );
}

function summary(sn: ServiceNetwork, state: SimState): ServiceNetworkSummary {
  const s = state.scenario;
  return {
    id: sn.id,
    name: sn.name,
    arn: serviceNetworkArn(sn),
    createdAt: isoDate(sn.createdAt),
    lastUpdatedAt: isoDate(sn.createdAt),
    numberOfAssociatedVPCs: s.serviceNetworkVpcAssociations.filter((a) => a.serviceNetworkId === sn.id)
      .length,
    numberOfAssociatedServices: s.serviceNetworkServiceAssociations.filter(
      (a) => a.serviceNetworkId === sn.id,
    ).length,
    numberOfAssociatedResourceConfigurations: s.serviceNetworkResourceAssociations.filter(
      (a) => a.serviceNetworkId === sn.id,
    ).length,
  };
}

export const serviceNetworkRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/servicenetworks",
    operation: "ListServiceNetworks",
    handler(ctx, { query }): ListServiceNetworksResponse {
      const items = visibleServiceNetworks(ctx).map((sn) => summary(sn, ctx.state));
      return latticePage("ListServiceNetworks", query, items);
    },
  },
  {
    method: "GET",
    path: "/servicenetworks/{serviceNetworkIdentifier}",
    operation: "GetServiceNetwork",
    handler(ctx, { params }): GetServiceNetworkResponse {
      const id = checkedId(
        params.serviceNetworkIdentifier ?? "",
        "serviceNetworkIdentifier",
        "servicenetwork",
      );
      const sn = visibleServiceNetworks(ctx).find((x) => x.id === id);
      if (!sn) throw notFound(id, "SERVICE_NETWORK");
      const { numberOfAssociatedResourceConfigurations: _omitted, ...rest } = summary(sn, ctx.state);
      return { ...rest, authType: sn.authType, sharingConfig: { enabled: sn.sharingEnabled } };
    },
  },
];
