import type {
  GetServiceNetworkVpcAssociationResponse,
  ListServiceNetworkVpcAssociationsResponse,
  ListServiceNetworkVpcEndpointAssociationsResponse,
  ServiceNetworkVpcAssociationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import type { CallContext } from "../../protocols/types";
import { latticeArn } from "../../state/arns";
import { notFound, validationError } from "./lattice-errors";
import { checkedId, latticePage, optionalId, requireQuery } from "./lattice-params";
import { serviceNetworkArn } from "./service-networks";

type SnVpcAssociation = CallContext["state"]["scenario"]["serviceNetworkVpcAssociations"][number];

function visibleAssociation(ctx: CallContext, a: SnVpcAssociation) {
  const sn = ctx.state.serviceNetworks.get(a.serviceNetworkId);
  if (!sn || sn.region !== ctx.region) return undefined;
  return a.account === ctx.account || sn.account === ctx.account ? sn : undefined;
}

const SNVA_ID =
  /^(?:snva-[0-9a-z]{17}|arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:\d{12}:servicenetworkvpcassociation\/snva-[0-9a-z]{17})$/;

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
    // Only Get returns the association's security groups (the List summary has none). [BC-LAT]
    method: "GET",
    path: "/servicenetworkvpcassociations/{serviceNetworkVpcAssociationIdentifier}",
    operation: "GetServiceNetworkVpcAssociation",
    handler(ctx, { params }): GetServiceNetworkVpcAssociationResponse {
      const raw = params.serviceNetworkVpcAssociationIdentifier ?? "";
      if (!SNVA_ID.test(raw)) {
        throw validationError(
          `1 validation error detected: Value '${raw}' at 'serviceNetworkVpcAssociationIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern`,
          [
            {
              name: "serviceNetworkVpcAssociationIdentifier",
              message: "Member must satisfy regular expression pattern",
            },
          ],
        );
      }
      const id = raw.split("/").pop() ?? raw;
      const a = ctx.state.scenario.serviceNetworkVpcAssociations.find((x) => x.id === id);
      const sn = a ? visibleAssociation(ctx, a) : undefined;
      if (!a || !sn) throw notFound(id, "SERVICE_NETWORK_VPC_ASSOCIATION");
      return {
        id: a.id,
        arn: latticeArn(sn.region, a.account, "servicenetworkvpcassociation", a.id),
        status: a.status,
        createdBy: a.account,
        createdAt: new Date(a.createdAt),
        serviceNetworkId: sn.id,
        serviceNetworkName: sn.name,
        serviceNetworkArn: serviceNetworkArn(sn),
        vpcId: a.vpcId,
        securityGroupIds: a.securityGroupIds,
        privateDnsEnabled: a.privateDnsEnabled,
        lastUpdatedAt: new Date(a.createdAt),
      };
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
