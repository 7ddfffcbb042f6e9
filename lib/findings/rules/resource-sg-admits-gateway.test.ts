import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { inventoryWith, sgOf, sgRule, summarize } from "../test-builders";
import { resourceSgAdmitsGateway } from "./resource-sg-admits-gateway";

const ingress = (inv: Inventory, ...rules: ReturnType<typeof sgRule>[]) => {
  sgOf(inv, "sg-db").ingress = rules;
};

describe("resource-sg-admits-gateway", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: admits the gateway SG", () => {}, []],
    [
      "admits the gateway subnets' CIDRs",
      (inv) => ingress(inv, sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.0.0/23"] })),
      [],
    ],
    [
      "admits only one gateway subnet",
      (inv) => ingress(inv, sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.0.0/24"] })),
      ["failing:rcfg-db"],
    ],
    [
      "admits a different SG",
      (inv) => ingress(inv, sgRule({ fromPort: 5432, toPort: 5432, securityGroupIds: ["sg-app"] })),
      ["failing:rcfg-db"],
    ],
    [
      "admits the gateway SG on the wrong port",
      (inv) => ingress(inv, sgRule({ fromPort: 3306, toPort: 3306, securityGroupIds: ["sg-gw"] })),
      ["failing:rcfg-db"],
    ],
    [
      "gateway ENIs unknown: subnet CIDRs used",
      (inv) => {
        inv.gateways[0]!.enis = [];
        ingress(inv, sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.0.0/16"] }));
      },
      [],
    ],
    [
      "unknown: prefix list",
      (inv) => ingress(inv, sgRule({ fromPort: 5432, toPort: 5432, prefixListIds: ["pl-1"] })),
      ["unknown:rcfg-db"],
    ],
    [
      "unknown: the target's ENI was not discovered",
      (inv) => {
        inv.resourceConfigurations[0]!.resourceEnis = undefined;
      },
      ["unknown:rcfg-db"],
    ],
    [
      "the linked ENI's own security groups are the ones checked",
      (inv) => {
        const cfg = inv.resourceConfigurations[0]!;
        cfg.resourceEnis = [{ ...cfg.resourceEnis![0]!, id: "eni-linked", securityGroupIds: ["sg-other"] }];
        inv.securityGroups.push({ ...sgOf(inv, "sg-db"), id: "sg-other", ingress: [] });
      },
      ["failing:rcfg-db"],
    ],
    [
      "unknown: DNS target with no linked ENI",
      (inv) => {
        inv.resourceConfigurations[0]!.definition = { kind: "dns", domainName: "db.example.com" };
        inv.resourceConfigurations[0]!.resourceEnis = undefined;
      },
      ["unknown:rcfg-db"],
    ],
    [
      "ARN target whose ENI discovery linked is checked",
      (inv) => {
        inv.resourceConfigurations[0]!.definition = {
          kind: "arn",
          arn: "arn:aws:rds:us-east-1:111111111111:cluster:orders-cluster",
        };
        ingress(inv);
      },
      ["failing:rcfg-db"],
    ],
    [
      "unknown: resource SG not visible",
      (inv) => {
        inv.securityGroups = inv.securityGroups.filter((s) => s.id !== "sg-db");
      },
      ["unknown:rcfg-db"],
    ],
  ])("%s", (_name, mutate, expected) => {
    expect(summarize(resourceSgAdmitsGateway.evaluate({ inventory: inventoryWith(mutate) }))).toEqual(
      expected,
    );
  });

  it("names the blocked gateway addresses", () => {
    const inv = inventoryWith((i) =>
      ingress(i, sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.0.0/24"] })),
    );
    const [f] = resourceSgAdmitsGateway.evaluate({ inventory: inv });
    expect(f?.evidence.details.blockedSources).toEqual(["10.0.1.10"]);
    expect(f?.fix).toContain("sg-gw");
  });
});
