// GET /api/gateways/[id]/traffic – a gateway's traffic across its configurations: totals, series, consumers per configuration, coverage, cost (?from= &to= &step=)

import { withAlarms } from "@/lib/alarms/with-alarms";
import { getGatewayTraffic } from "@/lib/flows/get-gateway-traffic";
import { parseTrafficQuery } from "@/lib/flows/traffic-query";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const params = new URL(req.url).searchParams;
    const query = parseTrafficQuery(params);
    const { id } = await ctx.params;
    // A closed tab stops its Logs Insights queries (StopQuery) rather than letting them bill on.
    const report = await getGatewayTraffic(id, query, { run: { signal: req.signal } });
    return Response.json(await withAlarms(report, "gateway", id, params.get("alarm")), {
      headers: { "cache-control": "no-store" },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
