/**
 * The health findings over the default demo scenario, discovered from the in-process simulator
 * exactly as the app discovers AWS: every seeded fault (test/fixtures/default-scenario-facts.ts)
 * is found, and a clean path reports nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import { evaluateAll, type FindingsResult } from "@/lib/findings/evaluate-all";
import type { Finding } from "@/lib/findings/finding";
import { type SimHarness, startHarness } from "./contract/sim-harness";
import { ids, seededFaults } from "./fixtures/default-scenario-facts";

let h: SimHarness;
let result: FindingsResult;

beforeAll(async () => {
  h = await startHarness();
  result = evaluateAll({ inventory: await discoverInventory(h.config) });
});
afterAll(() => h?.sim.close());

const failing = (rule: string) => result.findings.filter((f) => f.rule === rule && f.status === "failing");
const naming = (findings: Finding[], ...resourceIds: string[]) =>
  findings.filter((f) => resourceIds.every((id) => f.resources.some((r) => r.id === id)));

/** Seeded fault kind → the rule that must report it, failing, naming all the fault's ids. */
const ruleForFault: Record<(typeof seededFaults)[number]["kind"], string> = {
  "endpoint-az-mismatch": "endpoint-az-overlap",
  "gateway-single-az": "gateway-single-az",
  "gateway-egress-misses-port": "gateway-egress-blocked",
  "gateway-egress-wide-open": "gateway-egress-wide-open",
  "gateway-sg-inbound-rules": "gateway-sg-inbound",
  "configuration-failed": "failed-states",
};

describe("findings on the default scenario", () => {
  it.each(seededFaults.filter((f) => f.kind !== "gateway-egress-misses-port"))(
    "finds $kind ($detail)",
    (fault) => {
      const found = naming(failing(ruleForFault[fault.kind]), ...fault.ids);
      expect(found, JSON.stringify(failing(ruleForFault[fault.kind]), null, 1)).toHaveLength(1);
    },
  );

  it("finds the egress that misses each configuration's port, naming the port", () => {
    const blocked = failing("gateway-egress-blocked");
    const ports = (configId: string) =>
      naming(blocked, configId, ids.gateways.dataGw).flatMap((f) => f.evidence.details.blockedPorts);
    expect(ports(ids.configurations.sessionsRedis)).toEqual(["6379"]);
    expect(ports(ids.configurations.inventorySearch)).toEqual(["9200"]);
    for (const f of blocked)
      expect(f.evidence.details.securityGroups).toContain(ids.securityGroups.dataGwEgress);
  });

  it("severities match the design: AZ, egress and failed critical; single-AZ and wide-open warning; inbound info", () => {
    const severityOf = (rule: string) => [...new Set(failing(rule).map((f) => f.severity))];
    expect(severityOf("endpoint-az-overlap")).toEqual(["critical"]);
    expect(severityOf("gateway-egress-blocked")).toEqual(["critical"]);
    expect(severityOf("failed-states")).toEqual(["critical"]);
    expect(severityOf("gateway-single-az")).toEqual(["warning"]);
    expect(severityOf("gateway-egress-wide-open")).toEqual(["warning"]);
    expect(severityOf("gateway-sg-inbound")).toEqual(["info"]);
  });

  it("reports nothing on the clean path: orders-postgres via core-gw to payments' Resource endpoint", () => {
    const clean: string[] = [ids.configurations.ordersPostgres, ids.endpoints.paymentsOrdersDb];
    expect(result.findings.filter((f) => f.resources.some((r) => clean.includes(r.id)))).toEqual([]);
    expect(
      failing("gateway-single-az")
        .concat(failing("gateway-egress-wide-open"), failing("gateway-sg-inbound"))
        .filter((f) => f.resources[0]?.id === ids.gateways.coreGw),
    ).toEqual([]);
  });

  it("flags nothing else as a failing critical", () => {
    const critical = result.findings.filter((f) => f.severity === "critical" && f.status === "failing");
    expect(critical.map((f) => `${f.rule} ${f.resources[0]?.id}`).sort()).toEqual(
      [
        `endpoint-az-overlap ${ids.endpoints.paymentsSessions}`,
        `failed-states ${ids.configurations.inventorySearch}`,
        `gateway-egress-blocked ${ids.configurations.inventorySearch}`,
        `gateway-egress-blocked ${ids.configurations.sessionsRedis}`,
      ].sort(),
    );
  });

  it("says the traffic checks have no data yet instead of passing them", () => {
    const notRun = result.rules.filter((r) => r.status === "unknown").map((r) => r.id);
    expect(notRun).toEqual(["traffic-rejects", "source-port-headroom"]);
  });
});
