import { describe, expect, it } from "vitest";
import { evaluateAll } from "./evaluate-all";
import type { Rule } from "./rule";
import { inventoryWith, sgOf, sgRule } from "./test-builders";

describe("evaluateAll", () => {
  it("reports nothing on a clean estate, and says which rules lacked data", () => {
    const { findings, rules } = evaluateAll({ inventory: inventoryWith() });
    expect(findings).toEqual([]);
    expect(rules.filter((r) => r.status === "unknown").map((r) => [r.id, r.reason])).toEqual([
      ["traffic-rejects", "No traffic data yet (flow-log REJECT aggregates)."],
      ["source-port-headroom", "No traffic data yet (concurrent connections per gateway IP)."],
    ]);
    expect(rules.every((r) => r.failing === 0 && r.unknown === 0)).toBe(true);
  });

  it("orders critical → warning → info, failing before unknown, and counts per rule", () => {
    const inventory = inventoryWith((inv) => {
      sgOf(inv, "sg-gw").egress = [sgRule({ protocol: "-1", cidrs: ["0.0.0.0/0"] })];
      sgOf(inv, "sg-gw").ingress = [sgRule({ fromPort: 22, toPort: 22, cidrs: ["10.0.0.0/8"] })];
      inv.resourceConfigurations[0]!.status = "CREATE_FAILED";
      inv.resourceConfigurations[0]!.resourceEnis = undefined;
    });
    const { findings, rules } = evaluateAll({ inventory });
    expect(findings.map((f) => `${f.severity}/${f.status}/${f.rule}`)).toEqual([
      "critical/failing/failed-states",
      "critical/unknown/resource-sg-admits-gateway",
      "warning/failing/gateway-egress-wide-open",
      "info/failing/gateway-sg-inbound",
    ]);
    expect(rules.find((r) => r.id === "resource-sg-admits-gateway")).toMatchObject({
      status: "evaluated",
      unknown: 1,
    });
  });

  it("a rule that throws becomes an unknown rule, the others still run", () => {
    const broken: Rule = {
      id: "broken",
      title: "Broken",
      description: "",
      severity: "info",
      evaluate: () => {
        throw new Error("boom");
      },
    };
    const { rules } = evaluateAll({ inventory: inventoryWith() }, [broken]);
    expect(rules[0]).toMatchObject({ id: "broken", status: "unknown", reason: "Rule failed: boom" });
  });
});
