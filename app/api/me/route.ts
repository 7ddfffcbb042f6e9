// GET /api/me – who is signed in and with which role
import { identityOf } from "@/lib/auth/identity-header";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export function GET(req: Request): Response {
  const identity = identityOf(req);
  if (!identity) return toErrorResponse(new AppError("unauthenticated", "not signed in"));
  const { id, email, name, groups, role, via } = identity;
  return Response.json({ id, email, name, groups, role, via }, { headers: { "cache-control": "no-store" } });
}
