/**
 * Who is asking, for every request, in every mode: the one decision the request interception
 * (proxy.ts) applies before any page or API route runs. Pure apart from the key sources it is given.
 */
import { decideRole } from "./access-policy";
import { addressMatcher, isLoopbackAddress } from "./addresses";
import { type AlbKeySource, AlbTokenError, verifyAlbToken } from "./alb-token";
import type { AuthSettings } from "./auth-settings";
import { type Identity, localIdentity } from "./identity";
import { findMachineToken, presentedToken } from "./machine-token";
import { fromOauth2Proxy, identityHeadersPresent, type ProxyClaims } from "./proxy-headers";
import { RENDER_TOKEN_HEADER, verifyRenderToken } from "./render-token";
import { readSession } from "./session";

export interface AuthRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The socket peer from our own server, or undefined when unknown (then nothing is trusted by address). */
  peer: string | undefined;
}

export type AuthDecision =
  | { kind: "public" }
  | { kind: "allow"; identity: Identity }
  | {
      kind: "deny";
      status: 401 | 403 | 503;
      code: "unauthenticated" | "forbidden" | "auth_unavailable";
      reason: string;
      /** A page request in oidc mode: send the browser to sign in instead. */
      signIn?: boolean;
      /** WWW-Authenticate for machine routes (SNS answers a 401 challenge with Basic credentials). */
      challenge?: string;
    };

const PUBLIC_PREFIXES = ["/auth/", "/_next/static/"];
const PUBLIC_PATHS = new Set(["/api/health", "/api/ready", "/icon.svg", "/favicon.ico"]);

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
}

export interface AuthDeps {
  albKeySource: AlbKeySource;
  env?: NodeJS.ProcessEnv;
}

const deny = (
  status: 401 | 403 | 503,
  reason: string,
  extra: Partial<Extract<AuthDecision, { kind: "deny" }>> = {},
): AuthDecision => ({
  kind: "deny",
  status,
  code: status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : "auth_unavailable",
  reason,
  ...extra,
});

export async function authenticate(
  req: AuthRequest,
  settings: AuthSettings,
  deps: AuthDeps,
): Promise<AuthDecision> {
  const { pathname } = req.url;
  const isRead = req.method === "GET" || req.method === "HEAD";

  // Sign-in off: loopback only, unless the operator said they know (none-i-know).
  if (settings.mode === "none" && req.peer && !isLoopbackAddress(req.peer)) {
    return deny(403, "sign-in is off (LATTICE_LENS_AUTH=none): only loopback clients are served");
  }
  if (isPublicPath(pathname)) return { kind: "public" };

  const renderToken = req.headers.get(RENDER_TOKEN_HEADER);
  if (renderToken) {
    if (!req.peer || !isLoopbackAddress(req.peer))
      return deny(403, "render tokens are accepted only from loopback");
    if (!isRead) return deny(403, "render tokens are for reading print routes only");
    if (!verifyRenderToken(renderToken, deps.env)) return deny(401, "render token invalid or expired");
    return {
      kind: "allow",
      identity: {
        id: "report-renderer",
        name: "report renderer",
        groups: [],
        role: "viewer",
        via: "render-token",
      },
    };
  }

  const machineRoutes = new Set(settings.machineTokens.map((t) => t.route));
  const token = findMachineToken(presentedToken(req.headers.get("authorization")), settings.machineTokens);
  if (token) {
    if (pathname !== token.route || req.method !== "POST") {
      return deny(403, `token "${token.name}" is scoped to POST ${token.route}`);
    }
    return {
      kind: "allow",
      identity: {
        id: `machine:${token.name}`,
        name: token.name,
        groups: [],
        role: "viewer",
        via: "machine-token",
      },
    };
  }

  if (settings.mode === "none" || settings.mode === "none-i-know")
    return { kind: "allow", identity: localIdentity };
  if (settings.problem) return deny(503, `sign-in is not configured: ${settings.problem}`);

  const challenge =
    machineRoutes.has(pathname) && req.method === "POST"
      ? 'Basic realm="lattice-lens", charset="UTF-8"'
      : undefined;

  if (settings.mode === "oidc") {
    const user = settings.sessionSecret
      ? await readSession(req.headers.get("cookie"), settings.sessionSecret)
      : undefined;
    if (!user) {
      const page = isRead && !pathname.startsWith("/api/");
      return deny(401, "not signed in: sign in at /auth/sign-in", { signIn: page, challenge });
    }
    return withRole(
      { id: user.sub, email: user.email, name: user.name, groups: user.groups },
      "oidc",
      settings,
      false,
    );
  }

  // proxy mode
  const proxy = settings.auth!.proxy!;
  const trusted = req.peer !== undefined && addressMatcher(proxy.trustedAddresses)(req.peer);
  const present = identityHeadersPresent(req.headers, proxy.groupsHeader);
  if (!trusted) {
    const from = req.peer ?? "an unknown address";
    if (present.length) {
      return deny(
        403,
        `identity headers (${present.join(", ")}) from ${from}, which is not a trusted proxy (auth.proxy.trustedAddresses)`,
      );
    }
    return deny(
      401,
      `not signed in: reach Lattice Lens through its sign-in proxy (${from} is not a trusted proxy)`,
      { challenge },
    );
  }
  let claims: ProxyClaims | undefined;
  if (proxy.source === "alb") {
    const data = req.headers.get("x-amzn-oidc-data");
    if (!data) return deny(401, "the load balancer sent no x-amzn-oidc-data header", { challenge });
    try {
      claims = await verifyAlbToken(data, {
        albArn: proxy.albArn!,
        keySource: deps.albKeySource,
        groupsClaim: proxy.groupsClaim,
      });
    } catch (e) {
      return deny(401, e instanceof AlbTokenError ? e.message : "x-amzn-oidc-data could not be verified");
    }
  } else {
    claims = fromOauth2Proxy(req.headers, proxy.groupsHeader);
    if (!claims)
      return deny(401, "the proxy sent no X-Forwarded-Email or X-Forwarded-User header", { challenge });
  }
  return withRole(claims, proxy.source, settings, true);
}

function withRole(
  claims: ProxyClaims,
  via: Identity["via"],
  settings: AuthSettings,
  everyoneViews: boolean,
): AuthDecision {
  const decision = decideRole(claims, settings.auth, everyoneViews);
  if (!decision.ok) return deny(403, decision.reason);
  return { kind: "allow", identity: { ...claims, role: decision.role, via } };
}
