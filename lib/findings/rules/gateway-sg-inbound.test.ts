import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { inventoryWith, sgOf, sgRule, summarize } from "../test-builders";
import { gatewaySgInbound } from "./gateway-sg-inbound";

describe("gateway-sg-inbound", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: no inbound rules", () => {}, []],
    [
      "one inbound rule",
      (inv) => sgOf(inv, "sg-gw").ingress.push(sgRule({ fromPort: 22, toPort: 22, cidrs: ["10.0.0.0/8"] })),
      ["failing:rgw-clean"],
    ],
    [
      "unknown: SG not visible",
      (inv) => {
        inv.securityGroups = [];
      },
      ["unknown:rgw-clean"],
    ],
  ])("%s", (_name, mutate, expected) => {
    const findings = gatewaySgInbound.evaluate({ inventory: inventoryWith(mutate) });
    expect(summarize(findings)).toEqual(expected);
    for (const f of findings) expect(f.severity).toBe("info");
  });
});
