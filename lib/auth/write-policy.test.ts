import { describe, expect, it } from "vitest";
import { type Identity, localIdentity } from "./identity";
import { checkApiWrite } from "./write-policy";

const origins = new Set(["http://lens.test"]);
const viewer: Identity = {
  ...localIdentity,
  role: "viewer",
  via: "oidc",
  name: "bob",
  email: "bob@x.example",
};
const machine: Identity = { ...localIdentity, role: "viewer", via: "machine-token", name: "sns" };
const json = { "content-type": "application/json", origin: "http://lens.test" };

const check = (
  method: string,
  pathname: string,
  headers: Record<string, string>,
  who: Identity = localIdentity,
) => checkApiWrite({ method, pathname, headers: new Headers(headers) }, who, origins);

describe("checkApiWrite", () => {
  it("leaves reads and non-API paths alone", () => {
    expect(check("GET", "/api/reports", {})).toEqual({ ok: true });
    expect(check("POST", "/configurations", {})).toEqual({ ok: true });
  });
  it("405 for other methods", () => {
    expect(check("PATCH", "/api/reports", json)).toMatchObject({ ok: false, status: 405 });
    expect(check("TRACE", "/api/reports", json)).toMatchObject({ ok: false, status: 405 });
  });
  it("403 cross-origin or cross-site (an opaque `null` origin too); 415 without JSON", () => {
    const post = (h: Record<string, string>, who?: Identity) => check("POST", "/api/reports", h, who);
    const ct = { "content-type": "application/json" };
    expect(post({ ...json, origin: "http://evil.example" })).toMatchObject({ status: 403 });
    expect(post({ ...json, origin: "null" })).toMatchObject({ status: 403 });
    expect(post({ ...json, origin: "http://lens.test.evil.example" })).toMatchObject({ status: 403 });
    expect(post({ ...ct, "sec-fetch-site": "cross-site" })).toMatchObject({ status: 403 });
    expect(post({ ...ct, "sec-fetch-site": "same-site" })).toMatchObject({ status: 403 });
    expect(post({ ...ct, "sec-fetch-site": "same-origin" })).toEqual({ ok: true });
    // Not a browser (no Origin, no Sec-Fetch-Site): no cookies to abuse; sign-in and role still apply.
    expect(post(ct)).toEqual({ ok: true });
    expect(post(ct, viewer)).toMatchObject({ status: 403 });
    expect(post({ ...json, "content-type": "text/plain" })).toMatchObject({ status: 415 });
    expect(check("PUT", "/api/reports/1", { origin: "http://lens.test" })).toMatchObject({ status: 415 });
    expect(check("DELETE", "/api/reports/1", { origin: "http://lens.test" })).toEqual({ ok: true });
  });
  it("403 for a viewer, naming the role", () => {
    const d = check("POST", "/api/reports", json, viewer);
    expect(d).toMatchObject({ ok: false, status: 403 });
    expect(!d.ok && d.reason).toContain("viewer");
  });
  it("the resolver: any role, any content type, same-origin unless a machine token", () => {
    expect(
      check(
        "POST",
        "/api/alarms/resolve",
        { origin: "http://lens.test", "content-type": "text/plain" },
        viewer,
      ),
    ).toEqual({
      ok: true,
    });
    expect(check("POST", "/api/alarms/resolve", { origin: "http://evil.example" }, viewer)).toMatchObject({
      status: 403,
    });
    expect(check("POST", "/api/alarms/resolve", { "content-type": "text/plain" }, machine)).toEqual({
      ok: true,
    });
  });
});
