// GET /api/gateways/[id]/traffic – a gateway's traffic across its configurations: totals, series, consumers per configuration, coverage, cost (?from= &to= &step=)
import { getGatewayTraffic } from "@/lib/flows/get-gateway-traffic";
import { parseTrafficQuery } from "@/lib/flows/traffic-query";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const query = parseTrafficQuery(new URL(req.url).searchParams);
    const { id } = await ctx.params;
    // A closed tab stops its Logs Insights queries (StopQuery) rather than letting them bill on.
    return Response.json(await getGatewayTraffic(id, query, { run: { signal: req.signal } }), {
      headers: { "cache-control": "no-store" },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
