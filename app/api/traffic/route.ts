// GET /api/traffic – estate-wide traffic per configuration (totals and consumers) for the overview, topology and cost (?from= &to=)
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import { parseTrafficQuery } from "@/lib/flows/traffic-query";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const { from, to } = parseTrafficQuery(new URL(req.url).searchParams);
    return Response.json(await getEstateTraffic({ from, to }, { run: { signal: req.signal } }), {
      headers: { "cache-control": "no-store" },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
