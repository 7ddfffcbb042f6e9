// GET /auth/callback – the identity provider's redirect: finish sign-in, set the session, go back to where the user was
import { decideRole } from "@/lib/auth/access-policy";
import { loadAuthSettings } from "@/lib/auth/auth-settings";
import { finishSignIn, SignInError, TX_COOKIE } from "@/lib/auth/oidc-flow";
import { publicOrigin } from "@/lib/auth/public-origin";
import { clearCookieHeader, readCookie } from "@/lib/auth/sealed-cookie";
import { sessionCookie } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const settings = await loadAuthSettings();
    if (settings.mode !== "oidc" || !settings.oidc || !settings.sessionSecret) {
      throw new AppError("not_found", "sign-in with OpenID Connect is not enabled (LATTICE_LENS_AUTH=oidc)");
    }
    const url = new URL(req.url);
    const origin = publicOrigin(url, req.headers);
    // openid-client compares the callback with the redirect_uri it sent: rebuild it on the public origin.
    const callbackUrl = new URL(`/auth/callback${url.search}`, origin);
    const user = await finishSignIn(
      settings.oidc,
      settings.sessionSecret,
      callbackUrl,
      readCookie(req.headers.get("cookie"), TX_COOKIE),
    );
    const secure = origin.protocol === "https:";
    const headers = new Headers({ "Cache-Control": "no-store" });
    headers.append("Set-Cookie", clearCookieHeader(TX_COOKIE, secure, "/auth"));
    const role = decideRole(user, settings.auth, false);
    if (!role.ok) {
      headers.set("Content-Type", "application/json");
      return new Response(JSON.stringify({ error: { code: "forbidden", message: role.reason } }), {
        status: 403,
        headers,
      });
    }
    headers.append(
      "Set-Cookie",
      await sessionCookie(user, settings.sessionSecret, settings.auth?.sessionHours ?? 8, secure),
    );
    headers.set("Location", new URL(user.returnTo, origin).href);
    return new Response(null, { status: 302, headers });
  } catch (e) {
    if (e instanceof SignInError) return toErrorResponse(new AppError("unauthenticated", e.message));
    return toErrorResponse(e);
  }
}
