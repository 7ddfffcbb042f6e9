import type {
  GetResourceConfigurationResponse,
  ListResourceConfigurationsResponse,
  ResourceConfigurationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import type { CallContext } from "../../protocols/types";
import { latticeArn } from "../../state/arns";
import type { ResourceConfiguration, SimState } from "../../state/sim-state";
import { canSeeConfiguration } from "../../state/visibility";
import { notFound } from "./lattice-errors";
import { checkedId, isoDate, latticePage, optionalId } from "./lattice-params";

export function configurationArn(c: ResourceConfiguration): string {
  return latticeArn(c.region, c.account, "resourceconfiguration", c.id);
}

/** CHILD configurations inherit the gateway of their GROUP parent. */
export function effectiveGatewayId(c: ResourceConfiguration, state: SimState): string | undefined {
  return c.gatewayId ?? (c.parentId ? state.configurations.get(c.parentId)?.gatewayId : undefined);
}

export function visibleConfigurations(ctx: CallContext): ResourceConfiguration[] {
  return ctx.state.scenario.resourceConfigurations.filter(
    (c) => c.region === ctx.region && canSeeConfiguration(ctx.account, c, ctx.state),
  );
}

function summary(c: ResourceConfiguration, state: SimState): ResourceConfigurationSummary {
  return {
    id: c.id,
    name: c.name,
    arn: configurationArn(c),
    resourceGatewayId: effectiveGatewayId(c, state),
    resourceConfigurationGroupId: c.type === "CHILD" ? c.parentId : undefined,
    type: c.type,
    status: c.status,
    amazonManaged: c.amazonManaged,
    createdAt: isoDate(c.createdAt),
    lastUpdatedAt: isoDate(c.createdAt),
    customDomainName: c.customDomainName,
  };
}

export const resourceConfigurationRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/resourceconfigurations",
    operation: "ListResourceConfigurations",
    handler(ctx, { query }): ListResourceConfigurationsResponse {
      const gatewayId = optionalId(query, "resourceGatewayIdentifier");
      const groupId = optionalId(query, "resourceConfigurationGroupIdentifier");
      const items = visibleConfigurations(ctx)
        .filter((c) => gatewayId === undefined || effectiveGatewayId(c, ctx.state) === gatewayId)
        .filter((c) => groupId === undefined || c.parentId === groupId)
        .map((c) => summary(c, ctx.state));
      return latticePage("ListResourceConfigurations", query, items);
    },
  },
  {
    method: "GET",
    path: "/resourceconfigurations/{resourceConfigurationIdentifier}",
    operation: "GetResourceConfiguration",
    handler(ctx, { params }): GetResourceConfigurationResponse {
      const id = checkedId(
        params.resourceConfigurationIdentifier ?? "",
        "resourceConfigurationIdentifier",
        "resourceconfiguration",
      );
      const c = visibleConfigurations(ctx).find((x) => x.id === id);
      if (!c) throw notFound(id, "RESOURCE_CONFIGURATION");
      return {
        ...summary(c, ctx.state),
        allowAssociationToShareableServiceNetwork: c.allowAssociationToShareableServiceNetwork,
        portRanges: c.portRanges,
        protocol: "TCP",
        resourceConfigurationDefinition: c.definition,
        failureReason: c.failureReason,
      };
    },
  },
];
