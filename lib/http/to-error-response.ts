import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/**
 * Any thrown value → a JSON error Response. AppErrors keep their code, status and message (they are
 * written for users); a stray ZodError is a bad request; everything else is a generic 500 so stack
 * traces and SDK internals never reach the client (they go to the server log instead).
 */
export function toErrorResponse(e: unknown): Response {
  if (isAppError(e)) {
    const body: ErrorBody = { error: { code: e.code, message: e.message, field: e.field } };
    return Response.json(body, { status: e.status });
  }
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    const field = issue?.path.map(String).join(".") || undefined;
    const message = field
      ? `Invalid parameter "${field}": ${issue?.message}`
      : (issue?.message ?? "Bad request");
    const body: ErrorBody = { error: { code: "bad_request", message, field } };
    return Response.json(body, { status: 400 });
  }
  logger().error({ err: e }, "unhandled error in route handler");
  const body: ErrorBody = { error: { code: "internal", message: "Internal error: see the server log" } };
  return Response.json(body, { status: 500 });
}
