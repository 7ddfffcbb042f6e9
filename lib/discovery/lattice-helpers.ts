import "server-only";
import { ListTagsForResourceCommand, paginateListAccessLogSubscriptions } from "@aws-sdk/client-vpc-lattice";
import { attempt, collect, type RegionContext } from "./region-context";

export const LATTICE = "vpc-lattice";

export function latticePaging(ctx: RegionContext) {
  return { client: ctx.clients.lattice, pageSize: ctx.pageSize };
}

/** Tags of a gateway, configuration or service network (empty on failure, with a warning). */
export async function tagsOf(ctx: RegionContext, arn: string | undefined): Promise<Record<string, string>> {
  if (!arn) return {};
  return attempt(
    ctx,
    LATTICE,
    "ListTagsForResource",
    async () =>
      (await ctx.clients.lattice.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags ?? {},
    {},
  );
}

/** Destination ARNs of the access-log subscriptions on a configuration or service network. */
export async function accessLogDestinationsOf(
  ctx: RegionContext,
  resourceId: string | undefined,
): Promise<string[]> {
  if (!resourceId) return [];
  return attempt(
    ctx,
    LATTICE,
    "ListAccessLogSubscriptions",
    async () => {
      const items = await collect(
        paginateListAccessLogSubscriptions(latticePaging(ctx), { resourceIdentifier: resourceId }),
        (p) => p.items,
      );
      return items.flatMap((s) => (s.destinationArn ? [s.destinationArn] : []));
    },
    [],
  );
}
