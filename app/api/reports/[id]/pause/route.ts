// POST /api/reports/[id]/pause {"paused": true|false} – pause or resume (resuming starts at the next fire time, no back-fill)
import { AppError } from "@/lib/errors";
import { guardWrite, readJsonBody } from "@/lib/http/guard-write";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { pauseReport } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await guardWrite(req, { methods: ["POST"] });
    const { id } = await ctx.params;
    const body = (await readJsonBody(req)) as { paused?: unknown };
    if (typeof body.paused !== "boolean")
      throw new AppError("bad_request", "paused: must be true or false", { field: "paused" });
    return Response.json(pauseReport(reportsRuntime(), id, body.paused));
  } catch (e) {
    return toErrorResponse(e);
  }
}
