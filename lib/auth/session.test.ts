import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./oidc-flow";
import { readCookie } from "./sealed-cookie";
import { readSession, SESSION_COOKIE, sessionCookie } from "./session";

const secret = "s".repeat(40);
const user = { sub: "u-1", email: "bob@corp.example", name: "Bob", groups: ["g"] };

const cookieHeaderFrom = (setCookie: string) => setCookie.split(";")[0]!;

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax, expires, Secure over HTTPS, and round-trips", async () => {
    const set = await sessionCookie(user, secret, 8, true);
    expect(set).toMatch(/^ll_session=[^;]+; Path=\/; Max-Age=28800; HttpOnly; SameSite=Lax; Secure$/);
    expect(await readSession(cookieHeaderFrom(set), secret)).toEqual(user);
    expect(await sessionCookie(user, secret, 1, false)).not.toContain("Secure");
  });

  it("cannot be read with another secret, altered, or its contents seen", async () => {
    const set = await sessionCookie(user, secret, 8, false);
    const value = readCookie(cookieHeaderFrom(set), SESSION_COOKIE)!;
    expect(value).not.toContain("bob");
    expect(Buffer.from(value.split(".")[1] ?? "", "base64url").toString()).not.toContain("bob");
    expect(await readSession(cookieHeaderFrom(set), "t".repeat(40))).toBeUndefined();
    const flipped = value.slice(0, -3) + (value.endsWith("A") ? "BBB" : "AAA");
    expect(await readSession(`${SESSION_COOKIE}=${flipped}`, secret)).toBeUndefined();
  });

  it("expires", async () => {
    const set = await sessionCookie(user, secret, 0.0001, false); // 0.36 s
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readSession(cookieHeaderFrom(set), secret)).toBeUndefined();
  });
});

describe("safeReturnTo", () => {
  it.each([
    ["/configurations/rcfg-1?from=now-6h", "/configurations/rcfg-1?from=now-6h"],
    ["/alarms/cpu%20high", "/alarms/cpu%20high"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/ok\r\nSet-Cookie: x", "/"],
    [null, "/"],
  ])("%s → %s", (input, out) => {
    expect(safeReturnTo(input)).toBe(out);
  });
});
