/**
 * The rule for every state-changing API request, applied before any route runs: POST, PUT or
 * DELETE only; a JSON body; from this site (Origin / Sec-Fetch-Site); by an editor. Machine
 * tokens (already scoped to their one route) skip only the same-origin check.
 */
import { checkSameOrigin } from "@/lib/http/same-origin";
import type { Identity } from "./identity";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const WRITE_METHODS = new Set(["POST", "PUT", "DELETE"]);

/** POSTs that change nothing (the alarm resolver computes a link): any role; other content types (SNS sends text/plain). */
export const READ_ONLY_POSTS = new Set(["/api/alarms/resolve"]);

export type WriteCheck = { ok: true } | { ok: false; status: 403 | 405 | 415; reason: string };

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

export function checkApiWrite(
  req: { method: string; pathname: string; headers: Headers },
  identity: Identity,
  origins: Set<string>,
): WriteCheck {
  if (!req.pathname.startsWith("/api/") || READ_METHODS.has(req.method)) return { ok: true };
  if (!WRITE_METHODS.has(req.method)) {
    return {
      ok: false,
      status: 405,
      reason: `${req.method} is not allowed: state changes use POST, PUT or DELETE`,
    };
  }
  const readOnly = READ_ONLY_POSTS.has(req.pathname) && req.method === "POST";
  if (identity.via !== "machine-token") {
    const origin = checkSameOrigin(req.headers, origins);
    if (!origin.ok) return { ok: false, status: 403, reason: origin.reason! };
  }
  if (readOnly) return { ok: true };
  const bodyless =
    req.method === "DELETE" &&
    !req.headers.get("content-type") &&
    !Number(req.headers.get("content-length") ?? 0);
  if (!bodyless && !isJsonContentType(req.headers.get("content-type"))) {
    return { ok: false, status: 415, reason: "the body must be JSON (Content-Type: application/json)" };
  }
  if (identity.role !== "editor") {
    return {
      ok: false,
      status: 403,
      reason: `editor role needed: ${identity.email ?? identity.name} is a viewer`,
    };
  }
  return { ok: true };
}
