// POST /api/reports/[id]/test – send a test note to each destination now; answers each one's result
import { guardWrite } from "@/lib/http/guard-write";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { sendTest } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await guardWrite(req, { methods: ["POST"] });
    const { id } = await ctx.params;
    return Response.json({ results: await sendTest(reportsRuntime(), id) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
