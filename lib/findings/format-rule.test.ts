import { describe, expect, it } from "vitest";
import { formatRule } from "./format-rule";
import { sgRule } from "./test-builders";

describe("formatRule", () => {
  it.each([
    [sgRule({ protocol: "-1", cidrs: ["0.0.0.0/0"] }), "all traffic 0.0.0.0/0"],
    [sgRule({ fromPort: 5432, toPort: 5432, securityGroupIds: ["sg-1"] }), "tcp 5432 sg-1"],
    [
      sgRule({ fromPort: 0, toPort: 65535, cidrs: ["10.0.0.0/8"], ipv6Cidrs: ["::/0"] }),
      "tcp 0-65535 10.0.0.0/8, ::/0",
    ],
    [sgRule({ protocol: "udp" }), "udp all ports (no peer)"],
  ])("%j → %s", (rule, text) => expect(formatRule(rule)).toBe(text));
});
