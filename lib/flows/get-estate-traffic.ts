import "server-only";
import { mapPool } from "@/lib/discovery/run-pool";
import type { ConsumerTraffic, EstateTraffic, TrafficTotals } from "@/lib/schemas/traffic";
import { accessSourceFor, aggregateGateway, hasAccessLogs, hasFlows } from "./aggregate-gateway";
import { addTotals, emptyTotals } from "./aggregate-traffic";
import { collectGatewayTraffic } from "./collect-gateway-traffic";
import { subjectConfigurationIds } from "./get-configuration-traffic";
import { addCost } from "./query-buckets";
import { type TrafficDeps, trafficContext } from "./traffic-context";
import { type TrafficRange, toTrafficWindow } from "./traffic-window";

/** Gateways read at once: each runs two or three Logs Insights queries. */
const GATEWAY_CONCURRENCY = 4;

/**
 * Traffic totals and consumers per configuration across the estate, for the overview's top
 * lists, the topology's edge weights and the cost view. Cheap by construction: one flow query
 * per flow-log group (shared with the detail pages' cache), one access-log query per account ×
 * region over all its access-log groups, aggregated server-side; no series, no endpoint
 * estimates, no metrics. A configuration no source covers has totals null.
 */
export async function getEstateTraffic(range: TrafficRange, deps: TrafficDeps = {}): Promise<EstateTraffic> {
  const ctx = await trafficContext(deps);
  const inv = ctx.inventory;
  const window = toTrafficWindow(range, ctx.now);
  const out: EstateTraffic = {
    window,
    configurations: [],
    warnings: [],
    scannedBytes: 0,
    cost: { scannedBytes: 0, queries: 0, cachedBuckets: 0, queriedBuckets: 0, metricsRequested: 0 },
    generatedAt: new Date(ctx.now).toISOString(),
  };
  // Series are not returned here: one bucket for the whole window keeps aggregation cheap.
  const flat = { ...window, step: Math.max(60, Math.ceil((window.end - window.start) / 1000)) };
  const perGateway = await mapPool(inv.gateways, GATEWAY_CONCURRENCY, async (gateway) => {
    const g = await collectGatewayTraffic(ctx, gateway, window, { accessScope: "estate" });
    const configs = inv.resourceConfigurations.filter(
      (c) => c.gatewayId === gateway.id || gateway.configurationIds.includes(c.id),
    );
    const all = new Set(configs.map((c) => c.id));
    const agg = aggregateGateway(inv, g, flat, {
      configurationIds: all,
      includeUnassigned: false,
      perConfiguration: true,
    });
    const rows = configs.map((config) => {
      const subject = subjectConfigurationIds(inv.resourceConfigurations, config.id);
      const consumers = agg.consumers.filter(
        (c) => c.resourceConfigurationId && subject.has(c.resourceConfigurationId),
      );
      const covered = hasFlows(g) || [...subject].some((s) => hasAccessLogs(g, s));
      return {
        id: config.id,
        totals: covered ? sumTotals(consumers) : null,
        consumers: covered ? consumers : [],
        sources: [g.flowSource, accessSourceFor(g, subject)],
      };
    });
    return { g, rows };
  });
  for (const { g, rows } of perGateway) {
    out.configurations.push(...rows);
    out.warnings.push(...g.warnings);
    addCost(out.cost, g.cost);
  }
  // Configurations without a gateway in the inventory have no source at all.
  const seen = new Set(out.configurations.map((c) => c.id));
  for (const c of inv.resourceConfigurations)
    if (!seen.has(c.id))
      out.configurations.push({
        id: c.id,
        totals: null,
        consumers: [],
        sources: [
          {
            kind: "gateway-flow-logs",
            status: "missing",
            detail: "The configuration has no resource gateway in the inventory",
          },
        ],
      });
  out.configurations.sort((a, b) => a.id.localeCompare(b.id));
  out.scannedBytes = out.cost.scannedBytes;
  return out;
}

function sumTotals(consumers: readonly ConsumerTraffic[]): TrafficTotals {
  return consumers.reduce((t, c) => addTotals(t, c), emptyTotals());
}
