// GET /api/topology – the resource-access graph with server-side layout; see lib/topology/topology-types.ts
import { getInventory } from "@/lib/discovery/get-inventory";
import { AppError } from "@/lib/errors";
import { worstSeverity } from "@/lib/findings/findings-for-resource";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { resolveRange, TimeRangeError } from "@/lib/links/time-range";
import { buildTopology } from "@/lib/topology/build-topology";
import { parseTopologyQuery } from "@/lib/topology/topology-query";
import type { NodeHealth } from "@/lib/topology/topology-types";
import { findingsIndex } from "../../_lib/load-findings";

export const dynamic = "force-dynamic";

const MAX_WINDOW_MS = 31 * 86_400_000;

export async function GET(req: Request): Promise<Response> {
  try {
    const parsed = parseTopologyQuery(new URL(req.url).searchParams);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { field: parsed.parameter });
    const q = parsed.query;
    let range: ReturnType<typeof resolveRange>;
    try {
      range = resolveRange(q.from, q.to, Date.now(), { maxMs: MAX_WINDOW_MS });
    } catch (e) {
      if (e instanceof TimeRangeError) throw new AppError("bad_request", e.message, { field: e.field });
      throw e;
    }
    // The whole estate: a path crosses accounts, so filtering happens on the graph, not the inventory.
    const inventory = await getInventory();
    const findings = findingsIndex(inventory);
    const health = (id: string): NodeHealth => {
      const list = findings.get(id);
      if (!list?.length) return "ok";
      return worstSeverity(list) ?? "unknown";
    };
    const graph = await buildTopology({
      inventory,
      health,
      // Estate traffic is not wired yet: edges carry null ("no data"), never 0.
      traffic: undefined,
      window: { from: range.from, to: range.to, start: range.start, end: range.end },
      filter: { accountId: q.account, region: q.region, focus: q.focus },
      expand: q.expand,
      collapse: q.collapse,
      aggregate: q.aggregate,
      warnings: inventory.warnings.length
        ? [`${inventory.warnings.length} discovery warnings: parts of the estate may be missing`]
        : [],
    });
    return Response.json(graph, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
