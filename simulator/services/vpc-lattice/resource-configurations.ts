import type {
  GetResourceConfigurationResponse,
  ListResourceConfigurationsResponse,
  ResourceConfigurationSummary,
  UpdateResourceConfigurationResponse,
} from "@aws-sdk/client-vpc-lattice";
import { z } from "zod";
import type { RestRoute } from "../../protocols/rest-json";
import { type CallContext, SimError } from "../../protocols/types";
import { definitionSchema, resourceConfigurationSchema } from "../../scenario/schema";
import { latticeArn } from "../../state/arns";
import type { ResourceConfiguration, SimState } from "../../state/sim-state";
import { canSeeConfiguration } from "../../state/visibility";
import { notFound, validationError } from "./lattice-errors";
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
    lastUpdatedAt: isoDate(c.lastUpdatedAt ?? c.createdAt),
    customDomainName: c.customDomainName,
  };
}

function detail(c: ResourceConfiguration, state: SimState): GetResourceConfigurationResponse {
  return {
    ...summary(c, state),
    allowAssociationToShareableServiceNetwork: c.allowAssociationToShareableServiceNetwork,
    portRanges: c.portRanges,
    protocol: "TCP",
    resourceConfigurationDefinition: c.definition,
    failureReason: c.failureReason,
  };
}

/** The configuration a write names: visible to the caller, and owned by it. */
function ownedConfiguration(ctx: CallContext, identifier: string | undefined): ResourceConfiguration {
  const id = checkedId(identifier ?? "", "resourceConfigurationIdentifier", "resourceconfiguration");
  const c = visibleConfigurations(ctx).find((x) => x.id === id);
  if (!c) throw notFound(id, "RESOURCE_CONFIGURATION");
  // A consumer sees a RAM-shared configuration but cannot change it (RAM shares grant use, not
  // ownership); the error form is the model's AccessDeniedException.
  if (c.account !== ctx.account)
    throw new SimError(
      "AccessDeniedException",
      403,
      `User: arn:aws:iam::${ctx.account}:user/sim is not authorized to perform this action on ${id}`,
    );
  return c;
}

/** UpdateResourceConfiguration's body (BC-LAT `UpdateResourceConfigurationRequest`: every member optional). */
const updateBody = z
  .object({
    portRanges: resourceConfigurationSchema.shape.portRanges.removeDefault().optional(),
    resourceConfigurationDefinition: definitionSchema.optional(),
    allowAssociationToShareableServiceNetwork: z.boolean().optional(),
  })
  .default({});

/** A later instant than `previous`, so two writes within one millisecond still move lastUpdatedAt. */
function nextUpdate(now: Date, previous: string): string {
  return new Date(Math.max(now.getTime(), new Date(previous).getTime() + 1)).toISOString();
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
      return detail(c, ctx.state);
    },
  },
  // The two writes exist so tests and benchmarks can change the estate between discoveries (the
  // product itself never writes to AWS). Wire forms from BC-LAT: UpdateResourceConfiguration is
  // `PATCH /resourceconfigurations/{id}` answering 200 with the configuration;
  // DeleteResourceConfiguration is `DELETE /resourceconfigurations/{id}` answering 204.
  {
    method: "PATCH",
    path: "/resourceconfigurations/{resourceConfigurationIdentifier}",
    operation: "UpdateResourceConfiguration",
    handler(ctx, { params, body }): UpdateResourceConfigurationResponse {
      const c = ownedConfiguration(ctx, params.resourceConfigurationIdentifier);
      const parsed = updateBody.safeParse(body ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const name = String(issue?.path[0] ?? "body");
        throw validationError(`Invalid ${name}: ${issue?.message ?? "invalid"}`, [
          { name, message: issue?.message ?? "invalid" },
        ]);
      }
      const change = parsed.data;
      if (change.portRanges !== undefined) c.portRanges = change.portRanges;
      if (change.resourceConfigurationDefinition !== undefined)
        c.definition = change.resourceConfigurationDefinition;
      if (change.allowAssociationToShareableServiceNetwork !== undefined)
        c.allowAssociationToShareableServiceNetwork = change.allowAssociationToShareableServiceNetwork;
      c.lastUpdatedAt = nextUpdate(ctx.now, c.lastUpdatedAt ?? c.createdAt);
      const { createdAt: _c, lastUpdatedAt: _u, failureReason: _f, ...out } = detail(c, ctx.state);
      return out;
    },
  },
  {
    method: "DELETE",
    path: "/resourceconfigurations/{resourceConfigurationIdentifier}",
    operation: "DeleteResourceConfiguration",
    status: 204,
    handler(ctx, { params }) {
      const c = ownedConfiguration(ctx, params.resourceConfigurationIdentifier);
      const { state } = ctx;
      // The model lists ConflictException ("conflicts with the current state of the resource");
      // which states conflict is not documented (UNCONFIRMED): the simulator refuses while
      // children, service-network or endpoint associations still reference the configuration,
      // so nothing it serves can point at a configuration that no longer exists.
      const inUse =
        state.scenario.resourceConfigurations.some((x) => x.parentId === c.id) ||
        state.scenario.serviceNetworkResourceAssociations.some((a) => a.resourceConfigurationId === c.id) ||
        state.resourceEndpointAssociations.some((a) => a.resourceConfigurationId === c.id);
      if (inUse)
        throw new SimError("ConflictException", 409, `Resource configuration ${c.id} is in use`, {
          resourceId: c.id,
          resourceType: "RESOURCE_CONFIGURATION",
        });
      state.configurations.delete(c.id);
      const list = state.scenario.resourceConfigurations;
      list.splice(list.indexOf(c), 1);
      return undefined;
    },
  },
];
