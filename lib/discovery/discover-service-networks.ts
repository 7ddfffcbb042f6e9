import "server-only";
import {
  GetServiceNetworkCommand,
  GetServiceNetworkVpcAssociationCommand,
  paginateListServiceNetworkResourceAssociations,
  paginateListServiceNetworkServiceAssociations,
  paginateListServiceNetworks,
  paginateListServiceNetworkVpcAssociations,
  paginateListServiceNetworkVpcEndpointAssociations,
  type ServiceNetworkSummary,
  type ServiceNetworkVpcAssociationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { Association, ServiceNetwork } from "@/lib/schemas/inventory";
import { accessLogSubscriptionsOf, LATTICE, latticePaging, tagsOf } from "./lattice-helpers";
import { ownerOf } from "./parse-arn";
import { attempt, collect, type RegionContext } from "./region-context";
import { mapPool } from "./run-pool";
import {
  toSnEndpointAssociation,
  toSnResourceAssociation,
  toSnServiceAssociation,
  toSnVpcAssociation,
} from "./to-association";
import { toServiceNetwork } from "./to-service-network";

export interface ServiceNetworksFound {
  serviceNetworks: ServiceNetwork[];
  associations: Association[];
}

/**
 * Service networks visible to this account and their four kinds of association. Associations
 * are listed from every account that sees a network (a consumer sees its own VPC and endpoint
 * associations to a shared network); duplicates are merged by ARN later.
 */
export async function discoverServiceNetworks(ctx: RegionContext): Promise<ServiceNetworksFound> {
  const summaries = await attempt(
    ctx,
    LATTICE,
    "ListServiceNetworks",
    () => collect(paginateListServiceNetworks(latticePaging(ctx), {}), (p) => p.items),
    [],
  );
  const found = await mapPool(summaries, ctx.itemConcurrency, (summary) => describeOne(ctx, summary));
  return {
    serviceNetworks: found.map((f) => f.serviceNetwork),
    associations: found.flatMap((f) => f.associations),
  };
}

async function describeOne(ctx: RegionContext, summary: ServiceNetworkSummary) {
  const id = summary.id ?? "";
  const owned = !ctx.ownedElsewhere(summary.arn);
  const list = <T>(operation: string, pages: () => AsyncIterable<{ items?: T[] }>) =>
    attempt(ctx, LATTICE, operation, () => collect(pages(), (p) => p.items), [] as T[]);
  const paging = latticePaging(ctx);
  const byNetwork = { serviceNetworkIdentifier: id };
  const [detail, accessLogSubscriptions, tags, resources, vpcs, endpoints, services] = await Promise.all([
    owned
      ? attempt(
          ctx,
          LATTICE,
          "GetServiceNetwork",
          () => ctx.clients.lattice.send(new GetServiceNetworkCommand({ serviceNetworkIdentifier: id })),
          undefined,
        )
      : undefined,
    owned ? accessLogSubscriptionsOf(ctx, id) : [],
    owned ? tagsOf(ctx, summary.arn) : {},
    list("ListServiceNetworkResourceAssociations", () =>
      paginateListServiceNetworkResourceAssociations(paging, byNetwork),
    ),
    list("ListServiceNetworkVpcAssociations", () =>
      paginateListServiceNetworkVpcAssociations(paging, byNetwork),
    ),
    list("ListServiceNetworkVpcEndpointAssociations", () =>
      paginateListServiceNetworkVpcEndpointAssociations(paging, byNetwork),
    ),
    list("ListServiceNetworkServiceAssociations", () =>
      paginateListServiceNetworkServiceAssociations(paging, byNetwork),
    ),
  ]);
  const vpcGroups = await mapPool(vpcs, ctx.itemConcurrency, (a) => vpcAssociationGroups(ctx, a));
  return {
    serviceNetwork: toServiceNetwork(
      {
        summary,
        detail,
        accessLogDestinations: accessLogSubscriptions.map((s) => s.destinationArn),
        ...(owned ? { accessLogSubscriptions } : {}),
        tags,
      },
      ctx,
    ),
    associations: [
      ...resources.map((a) => toSnResourceAssociation(a, ctx)),
      ...vpcs.map((a, i) => toSnVpcAssociation(a, ctx, vpcGroups[i])),
      ...endpoints.map((a) => toSnEndpointAssociation(a, id, ctx)),
      ...services.map((a) => toSnServiceAssociation(a, ctx)),
    ],
  };
}

/**
 * The security groups of a VPC association this account owns (its VPC's): only
 * GetServiceNetworkVpcAssociation returns them. Undefined when not read (another account's, or failed).
 */
async function vpcAssociationGroups(
  ctx: RegionContext,
  a: ServiceNetworkVpcAssociationSummary,
): Promise<string[] | undefined> {
  if (!a.id || ownerOf(a.arn, ctx.accountId) !== ctx.accountId) return undefined;
  return attempt(
    ctx,
    LATTICE,
    "GetServiceNetworkVpcAssociation",
    async () =>
      (
        await ctx.clients.lattice.send(
          new GetServiceNetworkVpcAssociationCommand({ serviceNetworkVpcAssociationIdentifier: a.id }),
        )
      ).securityGroupIds ?? [],
    undefined,
  );
}
