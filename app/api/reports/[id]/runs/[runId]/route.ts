// GET /api/reports/[id]/runs/[runId] – one run with its artifacts and deliveries
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { getRunDto } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function GET(
  _req: Request,
  ctx: { params: Promise<{ id: string; runId: string }> },
): Promise<Response> {
  try {
    const { id, runId } = await ctx.params;
    return Response.json(getRunDto(reportsRuntime(), id, runId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
