// POST /auth/sign-out – ends the session (a form on every page; same-origin only)
import { loadAuthSettings } from "@/lib/auth/auth-settings";
import { publicOrigin } from "@/lib/auth/public-origin";
import { clearCookieHeader } from "@/lib/auth/sealed-cookie";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { checkSameOrigin, ownOrigins } from "@/lib/http/same-origin";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  try {
    const url = new URL(req.url);
    const origin = publicOrigin(url, req.headers);
    const same = checkSameOrigin(req.headers, ownOrigins(url, req.headers, [origin.origin]));
    if (!same.ok) throw new AppError("forbidden", same.reason!);
    const settings = await loadAuthSettings();
    const headers = new Headers({ "Cache-Control": "no-store" });
    headers.append("Set-Cookie", clearCookieHeader(SESSION_COOKIE, origin.protocol === "https:"));
    const proxyOut = settings.mode === "proxy" ? settings.auth?.proxy?.signOutUrl : undefined;
    headers.set(
      "Location",
      proxyOut ? new URL(proxyOut, origin).href : new URL("/auth/signed-out", origin).href,
    );
    return new Response(null, { status: 303, headers });
  } catch (e) {
    return toErrorResponse(e);
  }
}
