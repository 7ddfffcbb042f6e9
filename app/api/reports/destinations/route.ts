// GET /api/reports/destinations – the destination names a report may pick (folders, webhooks, whether email is set up); never paths, URLs or secrets
import { toErrorResponse } from "@/lib/http/to-error-response";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { destinationOptions } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return Response.json(await destinationOptions(reportsRuntime()), {
      headers: { "cache-control": "no-store" },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
