// GET /auth/sign-in?returnTo=/path – starts the OpenID Connect sign-in, then comes back to returnTo
import { loadAuthSettings } from "@/lib/auth/auth-settings";
import { safeReturnTo, startSignIn, TX_COOKIE, TX_TTL_SECONDS } from "@/lib/auth/oidc-flow";
import { publicOrigin } from "@/lib/auth/public-origin";
import { setCookieHeader } from "@/lib/auth/sealed-cookie";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const url = new URL(req.url);
    const returnTo = safeReturnTo(url.searchParams.get("returnTo"));
    const settings = await loadAuthSettings();
    if (settings.mode === "proxy") {
      // The proxy signs people in; anyone reaching this page is already through it.
      return Response.redirect(new URL(returnTo, publicOrigin(url, req.headers)), 302);
    }
    if (settings.mode !== "oidc")
      return Response.redirect(new URL(returnTo, publicOrigin(url, req.headers)), 302);
    if (settings.problem || !settings.oidc || !settings.sessionSecret) {
      throw new AppError(
        "invalid_config",
        `sign-in is not configured: ${settings.problem ?? "auth.oidc missing"}`,
      );
    }
    const origin = publicOrigin(url, req.headers);
    const { location, txCookie } = await startSignIn(
      settings.oidc,
      settings.sessionSecret,
      new URL("/auth/callback", origin).href,
      returnTo,
    );
    const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
    headers.append(
      "Set-Cookie",
      setCookieHeader(TX_COOKIE, txCookie, {
        maxAgeSeconds: TX_TTL_SECONDS,
        secure: origin.protocol === "https:",
        path: "/auth",
      }),
    );
    return new Response(null, { status: 302, headers });
  } catch (e) {
    return toErrorResponse(e);
  }
}
