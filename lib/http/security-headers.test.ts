import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("CSP: nonce scripts, no inline or eval scripts in production, no framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", https: false });
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "abc", https: true })).toContain("upgrade-insecure-requests");
  });
  it("HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });
  it("nonces are fresh and 128-bit", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
