import "server-only";
import { getNfmHealth } from "@/lib/metrics/get-nfm-health";
import type { TrafficCost, TrafficWarning } from "@/lib/schemas/traffic";
import type { TrafficContext } from "./traffic-context";

/** NFM health for the subject's consumer VPCs, its cost added to `cost`. */
export async function collectHealth(
  ctx: TrafficContext,
  vpcIds: readonly string[],
  window: { start: number; end: number; step: number },
  warnings: TrafficWarning[],
  cost: TrafficCost,
) {
  const r = await getNfmHealth(
    {
      inventory: ctx.inventory,
      clients: (a, r) => ctx.clients(a, r),
      now: ctx.now,
      vpcIds,
      start: window.start,
      end: window.end,
      step: window.step,
    },
    warnings,
  );
  cost.metricsRequested += r.metricsRequested;
  return r;
}
