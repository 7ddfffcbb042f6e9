import "server-only";
import { getAlarmSet } from "@/lib/alarms/get-alarms";
import { applyAlarmStates } from "@/lib/alarms/topology-alarms";
import { getInventory } from "@/lib/discovery/get-inventory";
import { worstSeverity } from "@/lib/findings/findings-for-resource";
import type { TrafficDeps } from "@/lib/flows/traffic-context";
import { findingsIndex } from "@/lib/inventory/findings-index";
import type { ResolvedRange } from "@/lib/links/time-range";
import { buildTopology } from "./build-topology";
import { cachedEstateTraffic } from "./cached-estate-traffic";
import type { TopologyQuery } from "./topology-query";
import type { NodeHealth, TopologyGraph } from "./topology-types";

/** How long the graph waits for traffic before answering without it ("pending"). */
export const TRAFFIC_WAIT_MS = 600;

/** What the topology reads; tests pass their own inventory, config, clock and traffic wait. */
export interface TopologyDeps extends TrafficDeps {
  trafficWaitMs?: number;
}

/**
 * The resource-access graph of `GET /api/topology`, laid out, with findings as node health, the
 * window's traffic as edge weights and alarm states as badges. The whole estate is read: a path
 * crosses accounts, so filtering happens on the graph, not the inventory. Traffic and alarms are
 * a bonus: if they fail or traffic is slow the graph still answers (edges "no data", a warning).
 */
export async function getTopology(
  q: TopologyQuery,
  range: ResolvedRange,
  deps: TopologyDeps = {},
): Promise<TopologyGraph> {
  const [inventory, traffic, alarms] = await Promise.all([
    deps.inventory ?? getInventory(),
    cachedEstateTraffic(range.from, range.to, deps.trafficWaitMs ?? TRAFFIC_WAIT_MS, deps),
    getAlarmSet({ inventory: deps.inventory, config: deps.config, now: deps.now }).then(
      (set) => set.related,
      () => [],
    ),
  ]);
  const findings = findingsIndex(inventory);
  const health = (id: string): NodeHealth => {
    const list = findings.get(id);
    if (!list?.length) return "ok";
    return worstSeverity(list) ?? "unknown";
  };
  const graph = await buildTopology({
    inventory,
    health,
    traffic: traffic !== "pending" && traffic.ok ? traffic.traffic : undefined,
    trafficPending: traffic === "pending",
    window: { from: range.from, to: range.to, start: range.start, end: range.end },
    filter: { accountId: q.account, region: q.region, focus: q.focus },
    expand: q.expand,
    collapse: q.collapse,
    aggregate: q.aggregate,
    warnings: [
      ...(inventory.warnings.length
        ? [`${inventory.warnings.length} discovery warnings: parts of the estate may be missing`]
        : []),
      ...(traffic === "pending"
        ? []
        : traffic.ok
          ? traffic.traffic.warnings.slice(0, 5).map((w) => w.message)
          : [`Traffic: ${traffic.message}`]),
    ],
  });
  return applyAlarmStates(graph, alarms);
}
