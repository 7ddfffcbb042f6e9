// GET /api/findings – health findings with evidence and fix, filtered by ?account= ?region= ?severity= (repeatable)
import { alarmFindingsOf } from "@/lib/alarms/get-alarms";
import { getInventory } from "@/lib/discovery/get-inventory";
import { AppError } from "@/lib/errors";
import { parseFindingsQuery } from "@/lib/findings/findings-query";
import { findingsResponse } from "@/lib/findings/findings-response";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const parsed = parseFindingsQuery(new URL(req.url).searchParams);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { field: parsed.parameter });
    // The whole inventory: findings are filtered after evaluation (see findingsResponse).
    const inventory = await getInventory();
    const alarms = await alarmFindingsOf(inventory);
    const options = { extra: alarms.findings, extraWarnings: alarms.warnings };
    return Response.json(findingsResponse(inventory, parsed.query, options), {
      headers: { "cache-control": "no-store" },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
