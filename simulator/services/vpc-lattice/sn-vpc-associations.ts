import type {
  ListServiceNetworkVpcAssociationsResponse,
  ListServiceNetworkVpcEndpointAssociationsResponse,
  ServiceNetworkVpcAssociationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import { latticeArn } from "../../state/arns";
import { checkedId, latticePage, optionalId, requireQuery } from "./lattice-params";
import { serviceNetworkArn } from "./service-networks";

/** VPC associations and service-network endpoint associations: visible to either side's owner. */
export const snVpcAssociationRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/servicenetworkvpcassociations",
    operation: "ListServiceNetworkVpcAssociations",
    handler(ctx, { query }): ListServiceNetworkVpcAssociationsResponse {
      const snId = optionalId(query, "serviceNetworkIdentifier");
      const vpcId = query.get("vpcIdentifier") || undefined;
      const items: ServiceNetworkVpcAssociationSummary[] = [];
      for (const a of ctx.state.scenario.serviceNetworkVpcAssociations) {
        const sn = ctx.state.serviceNetworks.get(a.serviceNetworkId);
        if (!sn || sn.region !== ctx.region) continue;
        if (a.account !== ctx.account && sn.account !== ctx.account) continue;
        if ((snId !== undefined && sn.id !== snId) || (vpcId !== undefined && a.vpcId !== vpcId)) continue;
        items.push({
          id: a.id,
          arn: latticeArn(sn.region, a.account, "servicenetworkvpcassociation", a.id),
          status: a.status,
          createdBy: a.account,
          createdAt: new Date(a.createdAt),
          serviceNetworkId: sn.id,
          serviceNetworkName: sn.name,
          serviceNetworkArn: serviceNetworkArn(sn),
          privateDnsEnabled: a.privateDnsEnabled,
          vpcId: a.vpcId,
          lastUpdatedAt: new Date(a.createdAt),
        });
      }
      return latticePage("ListServiceNetworkVpcAssociations", query, items);
    },
  },
  {
    method: "GET",
    path: "/servicenetworkvpcendpointassociations",
    operation: "ListServiceNetworkVpcEndpointAssociations",
    handler(ctx, { query }): ListServiceNetworkVpcEndpointAssociationsResponse {
      const snId = checkedId(
        requireQuery(query, "serviceNetworkIdentifier"),
        "serviceNetworkIdentifier",
        "servicenetwork",
      );
      const sn = ctx.state.serviceNetworks.get(snId);
      if (!sn || sn.region !== ctx.region) return { items: [] };
      const items = ctx.state.serviceNetworkEndpointAssociations
        .filter((a) => a.serviceNetworkId === snId)
        .filter((a) => a.vpcEndpointOwnerId === ctx.account || sn.account === ctx.account)
        .map((a) => ({
          vpcEndpointId: a.vpcEndpointId,
          vpcId: a.vpcId,
          vpcEndpointOwnerId: a.vpcEndpointOwnerId,
          id: a.id,
          state: a.state,
          serviceNetworkArn: serviceNetworkArn(sn),
          createdAt: new Date(a.createdAt),
        }));
      return latticePage("ListServiceNetworkVpcEndpointAssociations", query, items);
    },
  },
];
