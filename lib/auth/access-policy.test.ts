import { describe, expect, it } from "vitest";
import { decideRole } from "./access-policy";
import { authConfigSchema } from "./auth-config-schema";

const config = authConfigSchema.parse({
  viewers: { domains: ["corp.example"] },
  editors: { emails: ["Alice@corp.example"], groups: ["network-admins"] },
});

describe("decideRole", () => {
  it.each([
    [{ email: "alice@corp.example", groups: [] }, "editor"],
    [{ email: "bob@corp.example", groups: [] }, "viewer"],
    [{ email: "carol@elsewhere.example", groups: ["network-admins"] }, "editor"],
    [{ email: "bob@CORP.example", groups: ["readers"] }, "viewer"],
  ])("%o → %s", (who, role) => {
    expect(decideRole(who, config, false)).toEqual({ ok: true, role });
  });

  it("refuses others, naming who and the lists", () => {
    const d = decideRole({ email: "eve@evil.example", groups: [] }, config, true);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.reason).toContain("eve@evil.example");
    expect(!d.ok && d.reason).toContain("auth.viewers");
  });

  it("a domain must match whole: corp.example.evil.example is not corp.example", () => {
    expect(decideRole({ email: "x@corp.example.evil.example", groups: [] }, config, false).ok).toBe(false);
  });

  it("without a viewers list, everyoneViews decides", () => {
    expect(decideRole({ email: "x@y.example", groups: [] }, {}, true)).toEqual({ ok: true, role: "viewer" });
    expect(decideRole({ email: "x@y.example", groups: [] }, {}, false).ok).toBe(false);
  });
});
