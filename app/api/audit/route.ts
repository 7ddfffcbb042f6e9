// GET /api/audit?limit=N – the newest writes (who, what, when, status) from the audit log in the data folder
import { readAudit } from "@/lib/audit/audit-log";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export function GET(req: Request): Response {
  try {
    const params = new URL(req.url).searchParams;
    for (const key of params.keys()) {
      if (key !== "limit")
        throw new AppError("bad_request", `Unknown parameter "${key}": allowed is limit`, { field: key });
    }
    const raw = params.get("limit") ?? "100";
    const limit = Number(raw);
    if (!/^\d+$/.test(raw) || limit < 1 || limit > 1000) {
      throw new AppError("bad_request", 'Invalid parameter "limit": a whole number from 1 to 1000', {
        field: "limit",
      });
    }
    return Response.json({ entries: readAudit(limit) }, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
