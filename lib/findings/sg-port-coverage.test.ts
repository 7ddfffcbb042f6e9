import { describe, expect, it } from "vitest";
import { type Peer, tcpPortCoverage } from "./sg-port-coverage";
import { sgRule } from "./test-builders";

describe("tcpPortCoverage", () => {
  const ip: Peer = { address: "10.0.3.10", securityGroupIds: ["sg-db"] };
  it.each<[string, ReturnType<typeof sgRule>[], Peer, string]>([
    ["cidr contains ip", [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.0.0/16"] })], ip, "allowed"],
    ["/32 exact", [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.3.10/32"] })], ip, "allowed"],
    ["cidr misses", [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.4.0/24"] })], ip, "blocked"],
    ["protocol -1 without ports", [sgRule({ protocol: "-1", cidrs: ["0.0.0.0/0"] })], ip, "allowed"],
    ["icmp ignored", [sgRule({ protocol: "icmp", cidrs: ["0.0.0.0/0"] })], ip, "blocked"],
    [
      "sg reference held by the peer",
      [sgRule({ fromPort: 5432, toPort: 5432, securityGroupIds: ["sg-db"] })],
      ip,
      "allowed",
    ],
    [
      "sg reference, peer groups unknown",
      [sgRule({ fromPort: 5432, toPort: 5432, securityGroupIds: ["sg-db"] })],
      { address: "10.0.3.10" },
      "unknown",
    ],
    ["prefix list", [sgRule({ fromPort: 5432, toPort: 5432, prefixListIds: ["pl-1"] })], ip, "unknown"],
    [
      "ports only",
      [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["192.168.0.0/16"] })],
      { any: true },
      "allowed",
    ],
    [
      "source cidr inside rule cidr",
      [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.0.0/16"] })],
      { address: "10.0.1.0/24" },
      "allowed",
    ],
    [
      "source cidr wider than rule cidr",
      [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.1.0/25"] })],
      { address: "10.0.1.0/24" },
      "blocked",
    ],
    [
      "ipv6 ::/0",
      [sgRule({ fromPort: 5432, toPort: 5432, ipv6Cidrs: ["::/0"] })],
      { address: "fd00::5" },
      "allowed",
    ],
  ])("%s", (_name, rules, peer, verdict) => {
    expect(tcpPortCoverage(rules, peer, [[5432, 5432]]).verdict).toBe(verdict);
  });
});
