// GET /api/reports – every report with its next run and last status; POST /api/reports – create one (JSON body, see lib/reports/report-definition.ts)
import { guardWrite, readJsonBody } from "@/lib/http/guard-write";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { createReportFrom, listReportDtos } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json(
      { reports: listReportDtos(reportsRuntime()) },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function POST(req: Request): Promise<Response> {
  try {
    await guardWrite(req, { methods: ["POST"] });
    return Response.json(await createReportFrom(reportsRuntime(), await readJsonBody(req)), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
