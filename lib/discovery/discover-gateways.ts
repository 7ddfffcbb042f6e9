import "server-only";
import { paginateListResourceGateways } from "@aws-sdk/client-vpc-lattice";
import type { Gateway } from "@/lib/schemas/inventory";
import { LATTICE, latticePaging, tagsOf } from "./lattice-helpers";
import { attempt, collect, type RegionContext } from "./region-context";
import { mapPool } from "./run-pool";
import { toGateway } from "./to-gateway";

/** Resource gateways of this account × region, with their tags. */
export async function discoverGateways(ctx: RegionContext): Promise<Gateway[]> {
  const summaries = await attempt(
    ctx,
    LATTICE,
    "ListResourceGateways",
    () => collect(paginateListResourceGateways(latticePaging(ctx), {}), (p) => p.items),
    [],
  );
  return mapPool(summaries, ctx.itemConcurrency, async (summary) =>
    toGateway(summary, ctx.ownedElsewhere(summary.arn) ? {} : await tagsOf(ctx, summary.arn), ctx),
  );
}
