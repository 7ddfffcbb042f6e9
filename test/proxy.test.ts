/** The request interception, called in-process: headers on every kind of response, and the auth decision wired in. */
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeIdentity } from "@/lib/auth/identity-header";
import { PEER_KEY_ENV, peerHeaderValue } from "@/lib/auth/peer";
import { proxy } from "@/proxy";

const KEY = "test-peer-key";
const saved = { ...process.env };
beforeEach(() => {
  process.env[PEER_KEY_ENV] = KEY;
  process.env.LATTICE_LENS_CONFIG = "test/fixtures/does-not-exist.json";
  delete process.env.LATTICE_LENS_AUTH;
});
afterEach(() => {
  process.env = { ...saved };
});

function request(
  path: string,
  init: { method?: string; headers?: Record<string, string>; peer?: string } = {},
) {
  const headers = new Headers(init.headers);
  headers.set("x-lattice-lens-peer", peerHeaderValue(KEY, init.peer ?? "127.0.0.1"));
  return new NextRequest(new URL(path, "http://127.0.0.1:3000"), { method: init.method ?? "GET", headers });
}

const forwarded = (res: Response, name: string) => res.headers.get(`x-middleware-request-${name}`);

describe("proxy.ts", () => {
  it("sets the security headers with a fresh nonce on pages and API routes", async () => {
    const a = await proxy(request("/"));
    const b = await proxy(request("/api/inventory"));
    for (const res of [a, b]) {
      expect(res.headers.get("content-security-policy")).toMatch(
        /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
      );
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
    expect(a.headers.get("content-security-policy")).not.toBe(b.headers.get("content-security-policy"));
    // Next.js finds the nonce in the request's CSP: the same one as the response's.
    expect(forwarded(a, "content-security-policy")).toBe(a.headers.get("content-security-policy"));
  });

  it("HSTS over HTTPS (a proxy's X-Forwarded-Proto)", async () => {
    const res = await proxy(request("/", { headers: { "x-forwarded-proto": "https" } }));
    expect(res.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("forwards the identity, and drops a client's forged one", async () => {
    const forged = Buffer.from(
      JSON.stringify({ id: "admin", role: "editor", name: "x", groups: [], via: "oidc" }),
    ).toString("base64url");
    const res = await proxy(request("/", { headers: { "x-lattice-lens-identity": forged } }));
    expect(decodeIdentity(forwarded(res, "x-lattice-lens-identity"))).toMatchObject({
      id: "local",
      via: "local",
    });
    expect(forwarded(res, "x-lattice-lens-peer")).toBeNull();
  });

  it("none mode refuses a non-loopback peer, with the headers", async () => {
    const res = await proxy(request("/api/inventory", { peer: "10.1.2.3" }));
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain("only loopback");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a cross-origin write is refused before any route runs", async () => {
    const res = await proxy(
      request("/api/reports", {
        method: "POST",
        headers: { origin: "http://evil.example", "content-type": "application/json" },
      }),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain("http://evil.example");
  });

  it("oidc mode: a page redirects to sign-in keeping the URL; the API answers 401", async () => {
    process.env.LATTICE_LENS_AUTH = "oidc";
    process.env.LATTICE_LENS_CONFIG = "test/fixtures/auth-oidc.config.json";
    process.env.LATTICE_LENS_SESSION_SECRET = "z".repeat(40);
    process.env.TEST_OIDC_SECRET = "oidc-client-secret-0123";
    const page = await proxy(request("/configurations/rcfg-1?from=now-6h"));
    expect(page.status).toBe(302);
    const location = new URL(page.headers.get("location")!);
    expect(location.pathname).toBe("/auth/sign-in");
    expect(location.searchParams.get("returnTo")).toBe("/configurations/rcfg-1?from=now-6h");
    const api = await proxy(request("/api/inventory"));
    expect(api.status).toBe(401);
    expect((await api.json()).error).toMatchObject({ code: "unauthenticated" });
  });
});
