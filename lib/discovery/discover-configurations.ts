import "server-only";
import {
  GetResourceConfigurationCommand,
  paginateListResourceConfigurations,
  paginateListResourceEndpointAssociations,
  type ResourceConfigurationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { Association, ResourceConfiguration } from "@/lib/schemas/inventory";
import { accessLogSubscriptionsOf, LATTICE, latticePaging, tagsOf } from "./lattice-helpers";
import { attempt, collect, type RegionContext } from "./region-context";
import { mapPool } from "./run-pool";
import { toResourceEndpointAssociation } from "./to-association";
import { toConfiguration } from "./to-configuration";

export interface ConfigurationsFound {
  configurations: ResourceConfiguration[];
  endpointAssociations: Association[];
}

/**
 * Resource configurations visible to this account (its own and those shared with it). The
 * summary lacks ports and the definition, so each owned configuration costs a Get, its
 * endpoint associations, its access-log subscriptions and its tags, with bounded concurrency.
 */
export async function discoverConfigurations(ctx: RegionContext): Promise<ConfigurationsFound> {
  const summaries = await attempt(
    ctx,
    LATTICE,
    "ListResourceConfigurations",
    () => collect(paginateListResourceConfigurations(latticePaging(ctx), {}), (p) => p.items),
    [],
  );
  const found = await mapPool(summaries, ctx.itemConcurrency, (summary) => describeOne(ctx, summary));
  return {
    configurations: found.map((f) => f.configuration),
    endpointAssociations: found.flatMap((f) => f.endpointAssociations),
  };
}

async function describeOne(ctx: RegionContext, summary: ResourceConfigurationSummary) {
  if (ctx.ownedElsewhere(summary.arn) || !summary.id) {
    const configuration = toConfiguration({ summary, accessLogDestinations: [], tags: {} }, ctx);
    return { configuration, endpointAssociations: [] };
  }
  const id = summary.id;
  const [detail, associations, accessLogSubscriptions, tags] = await Promise.all([
    attempt(
      ctx,
      LATTICE,
      "GetResourceConfiguration",
      () =>
        ctx.clients.lattice.send(
          new GetResourceConfigurationCommand({ resourceConfigurationIdentifier: id }),
        ),
      undefined,
    ),
    attempt(
      ctx,
      LATTICE,
      "ListResourceEndpointAssociations",
      () =>
        collect(
          paginateListResourceEndpointAssociations(latticePaging(ctx), {
            resourceConfigurationIdentifier: id,
          }),
          (p) => p.items,
        ),
      [],
    ),
    accessLogSubscriptionsOf(ctx, id),
    tagsOf(ctx, summary.arn),
  ]);
  const accessLogDestinations = accessLogSubscriptions.map((s) => s.destinationArn);
  return {
    configuration: toConfiguration(
      { summary, detail, accessLogDestinations, accessLogSubscriptions, tags },
      ctx,
    ),
    endpointAssociations: associations.map((a) => toResourceEndpointAssociation(a, ctx)),
  };
}
