/**
 * The CloudFormation template for the member role stays in step with the read-only policy: the
 * same statements minus the two only the base identity needs, a trust on the principal the config
 * assumes from, and the role name the base identity's sts:AssumeRole resource expects.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const read = (f: string) => JSON.parse(readFileSync(path.join(root, f), "utf8"));
const policy = read("iam/lattice-lens-readonly-policy.json") as {
  Statement: Array<{ Sid: string; Action: string[]; Resource: string }>;
};
const template = read("iam/lattice-lens-readonly-role.cfn.json");
const role = template.Resources.LatticeLensReadOnlyRole;

describe("iam/lattice-lens-readonly-role.cfn.json", () => {
  it("grants exactly the policy's statements except AssumeRole and Organizations", () => {
    const base = new Set(["LatticeLensAssumeReadOnlyRoles", "LatticeLensListOrganizationAccounts"]);
    expect(role.Properties.Policies[0].PolicyDocument.Statement).toEqual(
      policy.Statement.filter((s) => !base.has(s.Sid)),
    );
  });

  it("trusts the configured principal, with the external id when one is given", () => {
    const trust = role.Properties.AssumeRolePolicyDocument.Statement[0];
    expect(trust.Principal.AWS).toEqual({ Ref: "TrustedPrincipalArn" });
    expect(trust.Action).toBe("sts:AssumeRole");
    expect(JSON.stringify(trust.Condition)).toContain("sts:ExternalId");
  });

  it("names the role the base identity may assume by default", () => {
    const assume = policy.Statement.find((s) => s.Sid === "LatticeLensAssumeReadOnlyRoles")!;
    expect(assume.Resource).toBe(`arn:aws:iam::*:role/${template.Parameters.RoleName.Default}`);
    expect(role.Properties.RoleName).toEqual({ Ref: "RoleName" });
  });
});
