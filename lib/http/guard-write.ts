/**
 * The one guard every write route calls first (POST/PUT/PATCH/DELETE on the product's own data):
 * the method must be one the route allows (405), the request must come from this app's own pages
 * (Sec-Fetch-Site, else Origin against Host; 403), and a body must be JSON (415). Browsers send
 * these headers on every cross-site write, so a forged form or fetch from another site is refused;
 * clients that are not browsers (the CLI, scripts) send neither and are not cross-site requests.
 * Roles: a signed-in viewer is refused (403); proxy.ts has already refused the unsigned and the
 * viewers for every /api write before any route runs — this is the route's own second check.
 * Every write is audited where its response leaves the server (scripts/start.ts).
 */
import type { Identity } from "@/lib/auth/identity";
import { identityOf } from "@/lib/auth/identity-header";
import { AppError } from "@/lib/errors";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

export interface WriteGuardOptions {
  methods: readonly string[];
}

function requestOrigin(req: Request): string | undefined {
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!host) return undefined;
  const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}

export async function guardWrite(req: Request, options: WriteGuardOptions): Promise<Identity | undefined> {
  const method = req.method.toUpperCase();
  if (!options.methods.includes(method))
    throw new AppError(
      "method_not_allowed",
      `${method} is not allowed here (allowed: ${options.methods.join(", ")})`,
    );

  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none")
    throw new AppError("forbidden", `cross-site write refused (Sec-Fetch-Site: ${site})`);
  const origin = req.headers.get("origin");
  if (origin) {
    const own = requestOrigin(req);
    let same = false;
    try {
      same = !!own && new URL(origin).host === new URL(own).host;
    } catch {
      same = false;
    }
    if (!same) throw new AppError("forbidden", `cross-origin write refused (Origin: ${origin})`);
  }

  if (BODY_METHODS.has(method)) {
    const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json")
      throw new AppError(
        "unsupported_media_type",
        `the body must be JSON (Content-Type: application/json; got ${type || "none"})`,
      );
  }

  // Set by proxy.ts on every request it lets through; absent only when a handler is called in-process.
  const identity = identityOf(req);
  if (identity && identity.role !== "editor") {
    throw new AppError("forbidden", `editor role needed: ${identity.email ?? identity.name} is a viewer`);
  }
  return identity;
}

/** The JSON body of a guarded write; a body that does not parse is a 400. */
export async function readJsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "the body is not valid JSON", { field: "body" });
  }
}
