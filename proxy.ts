/**
 * Request interception (Next.js 16 "proxy", formerly middleware) for every route: who is asking
 * (lib/auth/authenticate), the write rule for the API, and the security headers with a fresh CSP
 * nonce. The identity reaches pages and route handlers in a request header only this code writes.
 */
import { type NextRequest, NextResponse } from "next/server";
import { isAuditedWrite, pendingAudit } from "@/lib/audit/pending-audit";
import { awsAlbKeySource } from "@/lib/auth/alb-token";
import { loadAuthSettings } from "@/lib/auth/auth-settings";
import { type AuthDecision, authenticate } from "@/lib/auth/authenticate";
import { encodeIdentity, IDENTITY_HEADER } from "@/lib/auth/identity-header";
import { PEER_HEADER, PEER_KEY_ENV, readPeer } from "@/lib/auth/peer";
import { RENDER_TOKEN_HEADER } from "@/lib/auth/render-token";
import { checkApiWrite } from "@/lib/auth/write-policy";
import { ownOrigins } from "@/lib/http/same-origin";
import { newNonce, securityHeaders } from "@/lib/http/security-headers";

const albKeySource = awsAlbKeySource();

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function refusal(
  request: NextRequest,
  status: number,
  code: string,
  reason: string,
  headers: Record<string, string>,
) {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const common = { ...headers, "Cache-Control": "no-store" };
  if (api || request.method !== "GET") {
    return NextResponse.json({ error: { code, message: reason } }, { status, headers: common });
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lattice Lens</title></head><body style="font-family:system-ui;margin:3rem"><h1>${status === 401 ? "Sign-in needed" : status === 403 ? "Not allowed" : "Unavailable"}</h1><p>${escapeHtml(reason)}</p><p><a href="/auth/sign-in">Sign in</a></p></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { ...common, "Content-Type": "text/html; charset=utf-8" },
  });
}

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    https: isHttps(request),
    dev: process.env.NODE_ENV === "development",
  });
  const url = request.nextUrl;
  const peer = readPeer(request.headers.get(PEER_HEADER), process.env[PEER_KEY_ENV]);
  const settings = await loadAuthSettings();
  const decision: AuthDecision = await authenticate(
    { method: request.method, url, headers: request.headers, peer },
    settings,
    { albKeySource },
  );

  const requestId = request.headers.get("x-request-id");
  if (requestId && decision.kind === "allow" && isAuditedWrite(request.method, url.pathname)) {
    pendingAudit().set(requestId, decision.identity);
  }

  if (decision.kind === "deny") {
    if (decision.signIn) {
      const signIn = new URL("/auth/sign-in", url);
      signIn.searchParams.set("returnTo", `${url.pathname}${url.search}`);
      return NextResponse.redirect(signIn, { status: 302, headers });
    }
    const extra = decision.challenge ? { ...headers, "WWW-Authenticate": decision.challenge } : headers;
    return refusal(request, decision.status, decision.code, decision.reason, extra);
  }

  if (decision.kind === "allow") {
    const publicUrl = process.env.LATTICE_LENS_PUBLIC_URL;
    const origins = ownOrigins(url, request.headers, publicUrl ? [new URL(publicUrl).origin] : []);
    const write = checkApiWrite(
      { method: request.method, pathname: url.pathname, headers: request.headers },
      decision.identity,
      origins,
    );
    if (!write.ok) {
      const extra = write.status === 405 ? { ...headers, Allow: "GET, HEAD, POST, PUT, DELETE" } : headers;
      const code = { 403: "forbidden", 405: "method_not_allowed", 415: "unsupported_media_type" }[
        write.status
      ];
      return refusal(request, write.status, code, write.reason, extra);
    }
  }

  const forwarded = new Headers(request.headers);
  for (const name of [IDENTITY_HEADER, PEER_HEADER, RENDER_TOKEN_HEADER]) forwarded.delete(name);
  if (decision.kind === "allow") forwarded.set(IDENTITY_HEADER, encodeIdentity(decision.identity));
  forwarded.set("x-nonce", nonce);
  // Next.js reads the nonce from the request's CSP and puts it on the scripts it renders.
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}
// No matcher: every route, static chunks included (they get the headers; authentication skips them).
