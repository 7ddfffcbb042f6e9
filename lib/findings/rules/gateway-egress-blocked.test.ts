import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { inventoryWith, sgOf, sgRule, summarize } from "../test-builders";
import { gatewayEgressBlocked } from "./gateway-egress-blocked";

const egress = (inv: Inventory, ...rules: ReturnType<typeof sgRule>[]) => {
  sgOf(inv, "sg-gw").egress = rules;
};

describe("gateway-egress-blocked", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: tcp 5432 to the resource /24", () => {}, []],
    [
      "all traffic to 0.0.0.0/0 allows it (wide-open is another rule)",
      (inv) => egress(inv, sgRule({ protocol: "-1", cidrs: ["0.0.0.0/0"] })),
      [],
    ],
    [
      "wrong port",
      (inv) => egress(inv, sgRule({ fromPort: 3306, toPort: 3306, cidrs: ["10.0.3.0/24"] })),
      ["failing:rcfg-db"],
    ],
    [
      "right port, wrong CIDR",
      (inv) => egress(inv, sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.9.0.0/16"] })),
      ["failing:rcfg-db"],
    ],
    [
      "udp only",
      (inv) => egress(inv, sgRule({ protocol: "udp", fromPort: 5432, toPort: 5432, cidrs: ["10.0.3.0/24"] })),
      ["failing:rcfg-db"],
    ],
    [
      "range 1-65535 needs every port",
      (inv) => {
        inv.resourceConfigurations[0]!.portRanges = ["1-65535"];
      },
      ["failing:rcfg-db"],
    ],
    [
      "egress via the resource's SG id",
      (inv) => egress(inv, sgRule({ fromPort: 5432, toPort: 5432, securityGroupIds: ["sg-db"] })),
      [],
    ],
    [
      "unknown: prefix-list destination",
      (inv) => egress(inv, sgRule({ fromPort: 5432, toPort: 5432, prefixListIds: ["pl-1"] })),
      ["unknown:rcfg-db"],
    ],
    [
      "unknown: gateway SG not visible (other account)",
      (inv) => {
        inv.securityGroups = inv.securityGroups.filter((s) => s.id !== "sg-gw");
      },
      ["unknown:rcfg-db"],
    ],
    [
      "unknown: no readable port ranges",
      (inv) => {
        inv.resourceConfigurations[0]!.portRanges = [];
      },
      ["unknown:rcfg-db"],
    ],
    [
      "DNS target without ENI: ports only, allowed",
      (inv) => {
        inv.resourceConfigurations[0]!.definition = { kind: "dns", domainName: "db.example.com" };
        inv.resourceConfigurations[0]!.resourceEnis = undefined;
      },
      [],
    ],
    [
      "DNS target without ENI: ports only, blocked",
      (inv) => {
        inv.resourceConfigurations[0]!.definition = { kind: "dns", domainName: "db.example.com" };
        inv.resourceConfigurations[0]!.resourceEnis = undefined;
        egress(inv, sgRule({ fromPort: 443, toPort: 443, cidrs: ["10.0.0.0/8"] }));
      },
      ["failing:rcfg-db"],
    ],
  ])("%s", (_name, mutate, expected) => {
    expect(summarize(gatewayEgressBlocked.evaluate({ inventory: inventoryWith(mutate) }))).toEqual(expected);
  });

  it("names the blocked ports and says when only ports were checked", () => {
    const inv = inventoryWith((i) => {
      i.resourceConfigurations[0]!.definition = {
        kind: "arn",
        arn: "arn:aws:rds:us-east-1:111111111111:cluster:orders",
      };
      // No ENI linked to the ARN target: the destination is unknown, so only ports can be checked.
      i.resourceConfigurations[0]!.resourceEnis = undefined;
      i.resourceConfigurations[0]!.portRanges = ["5432", "6432-6433"];
      egress(i, sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.3.0/24"] }));
    });
    const [f] = gatewayEgressBlocked.evaluate({ inventory: inv });
    expect(f?.evidence.details.blockedPorts).toEqual(["6432-6433"]);
    expect(f?.evidence.details.checkedPortsOnly).toBe(true);
    expect(f?.resources.map((r) => r.id)).toEqual(["rcfg-db", "rgw-clean"]);
  });
});
