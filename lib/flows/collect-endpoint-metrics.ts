import "server-only";
import type { ListedMetric } from "@/lib/metrics/endpoint-metric-series";
import { getEndpointMetrics } from "@/lib/metrics/get-endpoint-metrics";
import type { Endpoint } from "@/lib/schemas/inventory";
import type { TrafficCost, TrafficWarning } from "@/lib/schemas/traffic";
import type { TrafficContext } from "./traffic-context";

/** AWS/VpcLattice metrics of the subject's consumer endpoints, their cost added to `cost`. */
export async function collectEndpointMetrics(
  ctx: TrafficContext,
  endpoints: readonly Endpoint[],
  window: { start: number; end: number; step: number },
  warnings: TrafficWarning[],
  cost: TrafficCost,
  relevant?: (m: ListedMetric) => boolean,
) {
  const r = await getEndpointMetrics(
    {
      clients: (a, r) => ctx.clients(a, r),
      now: ctx.now,
      endpoints,
      start: window.start,
      end: window.end,
      step: window.step,
      relevant,
    },
    warnings,
  );
  cost.metricsRequested += r.metricsRequested;
  return r;
}
