import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { inventoryWith, sgOf, sgRule, summarize } from "../test-builders";
import { gatewayEgressWideOpen } from "./gateway-egress-wide-open";

describe("gateway-egress-wide-open", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: resource CIDR and port", () => {}, []],
    [
      "all protocols to 0.0.0.0/0",
      (inv) => sgOf(inv, "sg-gw").egress.push(sgRule({ protocol: "-1", cidrs: ["0.0.0.0/0"] })),
      ["failing:rgw-clean"],
    ],
    [
      "all tcp ports to ::/0",
      (inv) => sgOf(inv, "sg-gw").egress.push(sgRule({ fromPort: 0, toPort: 65535, ipv6Cidrs: ["::/0"] })),
      ["failing:rgw-clean"],
    ],
    [
      "one port to 0.0.0.0/0 is not wide open",
      (inv) => sgOf(inv, "sg-gw").egress.push(sgRule({ fromPort: 443, toPort: 443, cidrs: ["0.0.0.0/0"] })),
      [],
    ],
    [
      "all ports to the VPC CIDR is not wide open",
      (inv) => sgOf(inv, "sg-gw").egress.push(sgRule({ protocol: "-1", cidrs: ["10.0.0.0/16"] })),
      [],
    ],
    [
      "unknown: SG not visible",
      (inv) => {
        inv.securityGroups = [];
      },
      ["unknown:rgw-clean"],
    ],
  ])("%s", (_name, mutate, expected) => {
    expect(summarize(gatewayEgressWideOpen.evaluate({ inventory: inventoryWith(mutate) }))).toEqual(expected);
  });

  it("gives the fix the design asks for", () => {
    const inv = inventoryWith((i) =>
      sgOf(i, "sg-gw").egress.push(sgRule({ protocol: "-1", cidrs: ["0.0.0.0/0"] })),
    );
    expect(gatewayEgressWideOpen.evaluate({ inventory: inv })[0]?.fix).toBe(
      "Tighten the egress to the resource CIDR and ports.",
    );
  });
});
