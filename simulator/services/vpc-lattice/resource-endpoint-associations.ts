import type {
  ListResourceEndpointAssociationsResponse,
  ResourceEndpointAssociationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import { checkedId, latticePage, optionalId, requireQuery } from "./lattice-params";
import { configurationArn } from "./resource-configurations";

/** Derived from Resource-type VPC endpoints; visible to the configuration owner and the endpoint owner. */
export const resourceEndpointAssociationRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/resourceendpointassociations",
    operation: "ListResourceEndpointAssociations",
    handler(ctx, { query }): ListResourceEndpointAssociationsResponse {
      const cfgId = checkedId(
        requireQuery(query, "resourceConfigurationIdentifier"),
        "resourceConfigurationIdentifier",
        "resourceconfiguration",
      );
      const reaId = optionalId(query, "resourceEndpointAssociationIdentifier");
      const vpceId = query.get("vpcEndpointId") || undefined;
      const owner = query.get("vpcEndpointOwner") || undefined;
      const cfg = ctx.state.configurations.get(cfgId);
      if (!cfg || cfg.region !== ctx.region) return { items: [] };
      const items: ResourceEndpointAssociationSummary[] = ctx.state.resourceEndpointAssociations
        .filter((a) => a.resourceConfigurationId === cfgId)
        .filter((a) => a.vpcEndpointOwner === ctx.account || cfg.account === ctx.account)
        .filter((a) => reaId === undefined || a.id === reaId)
        .filter((a) => vpceId === undefined || a.vpcEndpointId === vpceId)
        .filter((a) => owner === undefined || a.vpcEndpointOwner === owner)
        .map((a) => ({
          id: a.id,
          arn: a.arn,
          resourceConfigurationId: cfg.id,
          resourceConfigurationArn: configurationArn(cfg),
          resourceConfigurationName: cfg.name,
          vpcEndpointId: a.vpcEndpointId,
          vpcEndpointOwner: a.vpcEndpointOwner,
          createdBy: a.vpcEndpointOwner,
          createdAt: new Date(a.createdAt),
        }));
      return latticePage("ListResourceEndpointAssociations", query, items);
    },
  },
];
