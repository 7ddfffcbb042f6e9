import "server-only";
import { ListTagsForResourceCommand, paginateListAccessLogSubscriptions } from "@aws-sdk/client-vpc-lattice";
import type { AccessLogSubscriptionRef } from "@/lib/schemas/inventory";
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

/**
 * The access-log subscriptions on a configuration or service network, with their destination and
 * (service networks) `serviceNetworkLogType`. A network's subscription without a type is a
 * `SERVICE` one: that is CreateAccessLogSubscription's default (service access logs), and only
 * `RESOURCE` ones carry resource connections (aws-facts §0.1.2).
 */
export async function accessLogSubscriptionsOf(
  ctx: RegionContext,
  resourceId: string | undefined,
): Promise<AccessLogSubscriptionRef[]> {
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
      const network = resourceId.startsWith("sn-") || resourceId.includes(":servicenetwork/");
      return items.flatMap((s): AccessLogSubscriptionRef[] => {
        if (!s.destinationArn) return [];
        const type = s.serviceNetworkLogType === "RESOURCE" ? "RESOURCE" : "SERVICE";
        return [
          {
            id: s.id ?? "",
            destinationArn: s.destinationArn,
            ...(network || s.serviceNetworkLogType ? { serviceNetworkLogType: type } : {}),
          },
        ];
      });
    },
    [],
  );
}
