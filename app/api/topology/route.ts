// GET /api/topology – the resource-access graph with server-side layout; see lib/topology/topology-types.ts
import { AppError } from "@/lib/errors";
import { MAX_TRAFFIC_WINDOW_MS } from "@/lib/flows/traffic-window";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { resolveRange, TimeRangeError } from "@/lib/links/time-range";
import { getTopology } from "@/lib/topology/get-topology";
import { parseTopologyQuery } from "@/lib/topology/topology-query";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const parsed = parseTopologyQuery(new URL(req.url).searchParams);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { field: parsed.parameter });
    let range: ReturnType<typeof resolveRange>;
    try {
      range = resolveRange(parsed.query.from, parsed.query.to, Date.now(), { maxMs: MAX_TRAFFIC_WINDOW_MS });
    } catch (e) {
      if (e instanceof TimeRangeError) throw new AppError("bad_request", e.message, { field: e.field });
      throw e;
    }
    const graph = await getTopology(parsed.query, range);
    return Response.json(graph, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
