import { describe, expect, it } from "vitest";
import type { SecurityGroupRule } from "@/lib/schemas/inventory";
import { isWideOpen, rulePeers, rulePorts, ruleProtocol } from "./format-rule";

const rule = (r: Partial<SecurityGroupRule>): SecurityGroupRule => ({
  protocol: "tcp",
  cidrs: [],
  ipv6Cidrs: [],
  securityGroupIds: [],
  prefixListIds: [],
  ...r,
});

describe("format-rule", () => {
  it.each([
    [rule({ fromPort: 5432, toPort: 5432 }), "TCP", "5432", false],
    [rule({ fromPort: 6379, toPort: 6380 }), "TCP", "6379–6380", false],
    [rule({ protocol: "-1", cidrs: ["0.0.0.0/0"] }), "All traffic", "All", true],
    [rule({ fromPort: 0, toPort: 65535, ipv6Cidrs: ["::/0"] }), "TCP", "All", true],
    [rule({ protocol: "icmp", fromPort: -1, toPort: -1, cidrs: ["0.0.0.0/0"] }), "ICMP", "All", true],
    [rule({ protocol: "6", fromPort: 443, toPort: 443, cidrs: ["0.0.0.0/0"] }), "TCP", "443", false],
  ])("%#", (r, protocol, ports, open) => {
    expect([ruleProtocol(r), rulePorts(r), isWideOpen(r)]).toEqual([protocol, ports, open]);
  });

  it("lists every kind of peer", () => {
    expect(
      rulePeers(
        rule({
          cidrs: ["10.0.0.0/8"],
          ipv6Cidrs: ["::/0"],
          securityGroupIds: ["sg-1"],
          prefixListIds: ["pl-1"],
        }),
      ),
    ).toEqual(["10.0.0.0/8", "::/0", "sg-1", "pl-1"]);
  });
});
