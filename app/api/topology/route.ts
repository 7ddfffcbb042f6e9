// GET /api/topology – the resource-access graph with server-side layout; see lib/topology/topology-types.ts
import { getInventory } from "@/lib/discovery/get-inventory";
import { AppError, isAppError } from "@/lib/errors";
import { worstSeverity } from "@/lib/findings/findings-for-resource";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import { MAX_TRAFFIC_WINDOW_MS } from "@/lib/flows/traffic-window";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { resolveRange, TimeRangeError } from "@/lib/links/time-range";
import { buildTopology } from "@/lib/topology/build-topology";
import { parseTopologyQuery } from "@/lib/topology/topology-query";
import type { NodeHealth } from "@/lib/topology/topology-types";
import { findingsIndex } from "../../_lib/load-findings";

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
    // Traffic is fetched alongside; if it fails the graph still answers, edges "no data", with a warning.
    const [inventory, traffic] = await Promise.all([
      getInventory(),
      getEstateTraffic({ from: range.from, to: range.to }, { run: { signal: req.signal } }).then(
        (t) => ({ ok: true as const, t }),
        (e: unknown) => {
          if (!isAppError(e)) console.error("Estate traffic for the topology failed", e);
          return { ok: false as const, message: isAppError(e) ? e.message : "traffic failed unexpectedly" };
        },
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
      traffic: traffic.ok ? traffic.t : undefined,
      window: { from: range.from, to: range.to, start: range.start, end: range.end },
      filter: { accountId: q.account, region: q.region, focus: q.focus },
      expand: q.expand,
      collapse: q.collapse,
      aggregate: q.aggregate,
      warnings: [
        ...(inventory.warnings.length
          ? [`${inventory.warnings.length} discovery warnings: parts of the estate may be missing`]
          : []),
        ...(traffic.ok
          ? traffic.t.warnings.slice(0, 5).map((w) => w.message)
          : [`Traffic: ${traffic.message}`]),
      ],
    });
    return Response.json(graph, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
