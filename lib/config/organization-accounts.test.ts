import { describe, expect, it } from "vitest";
import { organizationAccounts, roleNameFor } from "./organization-accounts";
import { organizationConfigSchema } from "./schema";

const org = organizationConfigSchema.parse({ profile: "mgmt", exclude: ["333333333333"] });

describe("organizationAccounts", () => {
  const listed = [
    { id: "222222222222", name: "payments", state: "ACTIVE" },
    { id: "111111111111", name: "network", state: "ACTIVE" },
    { id: "333333333333", name: "excluded", state: "ACTIVE" },
    { id: "444444444444", name: "gone", state: "SUSPENDED" },
    { id: "555555555555", name: "closing", state: "PENDING_CLOSURE" },
  ];
  it("adds active, non-excluded members not listed explicitly, through the templated role", () => {
    const got = organizationAccounts(org, [{ id: "111111111111", profile: "network" }], listed);
    expect(got).toEqual([
      {
        id: "222222222222",
        name: "payments",
        profile: "mgmt",
        roleArn: "arn:aws:iam::222222222222:role/LatticeLensReadOnly",
      },
    ]);
  });
  it.each([
    ["LatticeLensReadOnly", "LatticeLensReadOnly"],
    ["lens-{accountId}", "lens-222222222222"],
    ["lens-{accountName}", "lens-pay-ments-"],
  ])("role template %s → %s", (template, want) => {
    expect(roleNameFor(template, { id: "222222222222", name: "pay ments!" })).toBe(want);
  });
  it("uses memberProfile and externalId for the members", () => {
    const o = organizationConfigSchema.parse({ profile: "mgmt", memberProfile: "hub", externalId: "xyz123" });
    expect(organizationAccounts(o, [], [listed[0]!])[0]).toMatchObject({
      profile: "hub",
      externalId: "xyz123",
    });
  });
});
