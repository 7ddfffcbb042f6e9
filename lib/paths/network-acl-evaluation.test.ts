import { describe, expect, it } from "vitest";
import type { NetworkAcl } from "@/lib/schemas/inventory";
import { aclOfSubnet, EPHEMERAL_PORTS, evaluateAcl, freeRuleNumber } from "./network-acl-evaluation";

const deny = (egress: boolean) => ({
  ruleNumber: 32767,
  egress,
  protocol: "-1",
  ruleAction: "deny" as const,
  cidrBlock: "0.0.0.0/0",
});
const acl = (entries: NetworkAcl["entries"]): NetworkAcl => ({
  id: "acl-1",
  accountId: "1",
  region: "r",
  vpcId: "vpc-1",
  isDefault: false,
  subnetIds: ["subnet-a"],
  entries: [...entries, deny(false), deny(true)],
});
// The seeded mistake: return traffic from the db subnet allowed only on 5432.
const mirrored = acl([
  {
    ruleNumber: 100,
    egress: true,
    protocol: "6",
    ruleAction: "allow",
    cidrBlock: "10.80.3.0/24",
    portRange: { from: 5432, to: 5432 },
  },
  {
    ruleNumber: 100,
    egress: false,
    protocol: "6",
    ruleAction: "allow",
    cidrBlock: "10.80.3.0/24",
    portRange: { from: 5432, to: 5432 },
  },
]);

describe("evaluateAcl", () => {
  it.each([
    ["request allowed by a matching rule", mirrored, true, "10.80.3.10", [[5432, 5432]], [[5432, 5432]], []],
    [
      "return ephemeral ports fall to the * rule except the one allowed port",
      mirrored,
      false,
      "10.80.3.10",
      [EPHEMERAL_PORTS],
      [[5432, 5432]],
      [
        [1024, 5431],
        [5433, 65535],
      ],
    ],
    ["another address matches no rule", mirrored, true, "10.80.4.1", [[5432, 5432]], [], [[5432, 5432]]],
    [
      "first match wins: a lower deny beats a later allow",
      acl([
        {
          ruleNumber: 90,
          egress: false,
          protocol: "6",
          ruleAction: "deny",
          cidrBlock: "10.0.0.0/8",
          portRange: { from: 2000, to: 3000 },
        },
        { ruleNumber: 100, egress: false, protocol: "-1", ruleAction: "allow", cidrBlock: "0.0.0.0/0" },
      ]),
      false,
      "10.1.1.1",
      [EPHEMERAL_PORTS],
      [
        [1024, 1999],
        [3001, 65535],
      ],
      [[2000, 3000]],
    ],
    [
      "UDP rules do not decide TCP",
      acl([{ ruleNumber: 100, egress: true, protocol: "17", ruleAction: "allow", cidrBlock: "0.0.0.0/0" }]),
      true,
      "1.2.3.4",
      [[53, 53]],
      [],
      [[53, 53]],
    ],
  ] as const)("%s", (_name, a, egress, peer, ports, allowed, denied) => {
    const d = evaluateAcl(
      a,
      egress,
      peer,
      ports.map((p) => [...p] as [number, number]),
    );
    expect(d.allowed).toEqual(allowed);
    expect(d.denied.flatMap((x) => x.ports)).toEqual(denied);
  });

  it("calls a rule whose CIDR holds only part of the peer range uncertain", () => {
    const a = acl([
      { ruleNumber: 100, egress: false, protocol: "-1", ruleAction: "allow", cidrBlock: "10.0.1.0/25" },
    ]);
    expect(evaluateAcl(a, false, "10.0.1.0/24", [[443, 443]]).uncertain).toEqual([[443, 443]]);
  });
});

describe("aclOfSubnet and freeRuleNumber", () => {
  it("finds the subnet's explicit ACL and a free number before the denying rule", () => {
    expect(aclOfSubnet([mirrored], "subnet-a", "vpc-1")?.id).toBe("acl-1");
    expect(aclOfSubnet([mirrored], "subnet-b", "vpc-1")).toBeUndefined();
    // Only the * rule denies: the next number after the highest in use.
    expect(freeRuleNumber(mirrored, false, 32767)).toBe(110);
    expect(freeRuleNumber(mirrored, false, 100)).toBe(99);
  });
});
