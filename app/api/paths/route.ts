// GET /api/paths – path check: can this consumer reach this target? (?consumer= &target= &from= &to=)
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { getPathCheck } from "@/lib/paths/get-path-check";
import { parsePathQuery } from "@/lib/paths/path-query";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const parsed = parsePathQuery(new URL(req.url).searchParams);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { field: parsed.parameter });
    // A closed tab stops the traffic hop's Logs Insights queries.
    return Response.json(await getPathCheck(parsed.query, { signal: req.signal }), {
      headers: { "cache-control": "no-store" },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
