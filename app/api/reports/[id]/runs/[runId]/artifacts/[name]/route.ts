// GET /api/reports/[id]/runs/[runId]/artifacts/[name] – download one complete file of a run
import { readFile } from "node:fs/promises";
import { safeFileName } from "@/lib/export/safe-file-name";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { artifactFile } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function GET(
  _req: Request,
  ctx: { params: Promise<{ id: string; runId: string; name: string }> },
): Promise<Response> {
  try {
    const { id, runId, name } = await ctx.params;
    const file = artifactFile(reportsRuntime(), id, runId, decodeURIComponent(name));
    return new Response(new Uint8Array(await readFile(file.path)), {
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.size),
        "content-disposition": `attachment; filename="${safeFileName(file.name, "report")}"`,
        "x-content-sha256": file.sha256,
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
