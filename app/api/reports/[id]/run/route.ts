// POST /api/reports/[id]/run – run now: queues a run of the period as of now (202, the run to poll)
import { guardWrite } from "@/lib/http/guard-write";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { kickScheduler, reportsRuntime } from "@/lib/reports/reports-runtime";
import { runNow } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await guardWrite(req, { methods: ["POST"] });
    const { id } = await ctx.params;
    const run = runNow(reportsRuntime(), id);
    kickScheduler();
    return Response.json(run, { status: 202 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
