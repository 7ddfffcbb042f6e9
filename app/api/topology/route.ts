// GET /api/topology – the resource-access graph with server-side layout; see lib/topology/topology-types.ts
import { getAlarmSet } from "@/lib/alarms/get-alarms";
import { applyAlarmStates } from "@/lib/alarms/topology-alarms";
import { getInventory } from "@/lib/discovery/get-inventory";
import { AppError } from "@/lib/errors";
import { worstSeverity } from "@/lib/findings/findings-for-resource";
import { MAX_TRAFFIC_WINDOW_MS } from "@/lib/flows/traffic-window";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { resolveRange, TimeRangeError } from "@/lib/links/time-range";
import { buildTopology } from "@/lib/topology/build-topology";
import { parseTopologyQuery } from "@/lib/topology/topology-query";
import type { NodeHealth } from "@/lib/topology/topology-types";
import { findingsIndex } from "../../_lib/load-findings";
import { cachedEstateTraffic } from "./cached-estate-traffic";

/** How long the graph waits for traffic before answering without it ("pending"). */
const TRAFFIC_WAIT_MS = 600;

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const parsed = parseTopologyQuery(new URL(req.url).searchParams);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { field: parsed.parameter });
    const q = parsed.query;
    let range: ReturnType<typeof resolveRange>;
    try {
      range = resolveRange(q.from, q.to, Date.now(), { maxMs: MAX_TRAFFIC_WINDOW_MS });
    } catch (e) {
      if (e instanceof TimeRangeError) throw new AppError("bad_request", e.message, { field: e.field });
      throw e;
    }
    // The whole estate: a path crosses accounts, so filtering happens on the graph, not the inventory.
    // Traffic is fetched alongside; if it fails or is slow the graph still answers, edges "no data".
    const [inventory, traffic, alarms] = await Promise.all([
      getInventory(),
      cachedEstateTraffic(range.from, range.to, TRAFFIC_WAIT_MS),
      // Alarm badges are a bonus: without them the graph still answers.
      getAlarmSet().then(
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
    return Response.json(applyAlarmStates(graph, alarms), { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
