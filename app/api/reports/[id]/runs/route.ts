// GET /api/reports/[id]/runs – the report's runs, newest first: period (start, end, zone), status, attempts, error, timings, artifacts (size, sha256) and per-destination delivery
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { listRunDtos } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await ctx.params;
    const raw = new URL(req.url).searchParams.get("limit") ?? "50";
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new AppError("bad_request", "limit: a whole number from 1 to 500", { field: "limit" });
    return Response.json(
      { runs: listRunDtos(reportsRuntime(), id, limit) },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (e) {
    return toErrorResponse(e);
  }
}
