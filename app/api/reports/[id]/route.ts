// GET /api/reports/[id]; PUT – replace its definition; DELETE – delete it, its runs and files
import { guardWrite, readJsonBody } from "@/lib/http/guard-write";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { getReportDto, removeReport, updateReportFrom } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(_req: Request, ctx: Ctx): Promise<Response> {
  try {
    const { id } = await ctx.params;
    return Response.json(getReportDto(reportsRuntime(), id), { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function PUT(req: Request, ctx: Ctx): Promise<Response> {
  try {
    await guardWrite(req, { methods: ["PUT"] });
    const { id } = await ctx.params;
    return Response.json(await updateReportFrom(reportsRuntime(), id, await readJsonBody(req)));
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function DELETE(req: Request, ctx: Ctx): Promise<Response> {
  try {
    await guardWrite(req, { methods: ["DELETE"] });
    const { id } = await ctx.params;
    removeReport(reportsRuntime(), id);
    return new Response(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
