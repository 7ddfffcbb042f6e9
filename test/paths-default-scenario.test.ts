/**
 * The path check over the default demo scenario, discovered from the in-process simulator as the
 * app discovers AWS. The scenario declares the expected verdict of each consumer × configuration
 * pair that has a route (`pathChecks`); every other pair has no route and is blocked at hop 1.
 * Each seeded failure is reported at its hop, every clean path is reachable, and no hop passes
 * on data it did not have.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import { checkPath } from "@/lib/paths/check-path";
import { getPathCheck } from "@/lib/paths/get-path-check";
import type { PathAnswer } from "@/lib/paths/path-types";
import type { Inventory } from "@/lib/schemas/inventory";
import { type SimHarness, startHarness } from "./contract/sim-harness";

let h: SimHarness;
let inventory: Inventory;

beforeAll(async () => {
  h = await startHarness();
  inventory = await discoverInventory(h.config);
});
afterAll(() => h?.sim.close());

const consumersOf = (inv: Inventory) =>
  [
    ...new Set([
      ...inv.endpoints.map((e) => e.vpcId),
      ...inv.associations.flatMap((a) => (a.kind === "sn-vpc" ? [a.vpcId] : [])),
    ]),
  ].sort();
/** Configurations with a target of their own (GROUP / ARN parents are checked through their children). */
const leaves = (inv: Inventory) => inv.resourceConfigurations.filter((c) => c.childIds.length === 0);

function assertHonest(answer: PathAnswer) {
  expect(answer.headline, "one sentence, one full stop").not.toMatch(/\.\)\.$/);
  for (const route of answer.routes) {
    for (const hop of route.hops) {
      const commands = hop.fixes.flatMap((f) => (f.command ? [f.command] : []));
      expect(commands, `${route.id} hop ${hop.index}: each fix once`).toEqual([...new Set(commands)]);
      for (const c of hop.checks)
        if (c.missing) expect(c.verdict, `${route.id} hop ${hop.index} ${c.label}`).toBe("unknown");
      if (hop.verdict === "pass")
        expect(
          hop.checks.filter((c) => c.missing),
          `${route.id} hop ${hop.index} passed on missing data`,
        ).toEqual([]);
      if (hop.verdict !== "pass") expect(hop.summary.length).toBeGreaterThan(0);
    }
    if (route.verdict === "blocked")
      expect(route.hops.find((x) => x.index === route.at?.index)?.verdict).toBe("fail");
  }
}

describe("path check on the default scenario (inventory hops)", () => {
  it("answers every consumer × configuration pair as the scenario declares", () => {
    const declared = h.scenario.pathChecks.filter((p) => !p.needsTraffic);
    const seen = new Set<string>();
    const rows: string[] = [];
    for (const consumer of consumersOf(inventory)) {
      for (const config of leaves(inventory)) {
        const answer = checkPath(inventory, { consumer, target: config.id });
        assertHonest(answer);
        const d = declared.find((p) => p.consumer === consumer && p.target === config.id);
        const got = `${consumer} ${config.name}: ${answer.verdict}${answer.at && answer.verdict === "blocked" ? ` @${answer.at.index} ${answer.at.kind}` : ""}`;
        if (d) {
          seen.add(`${d.consumer}/${d.target}`);
          expect(got, d.why).toBe(
            `${consumer} ${config.name}: ${d.verdict}${d.verdict === "blocked" ? ` @${d.hop} ${d.kind}` : ""}`,
          );
        } else {
          expect(got, "no declared route: blocked at hop 1").toBe(
            `${consumer} ${config.name}: blocked @1 route`,
          );
          expect(answer.routes.every((r) => r.pattern === "none")).toBe(true);
        }
        rows.push(got);
      }
    }
    expect([...seen].sort()).toEqual(declared.map((d) => `${d.consumer}/${d.target}`).sort());
    expect(rows.length).toBeGreaterThan(60);
  });

  it("never says reachable while the traffic hop was not read, and says why it is unknown", () => {
    const a = checkPath(inventory, { consumer: "vpc-8f9d5ae518c480c2e", target: "rcfg-0a27e0f02a6ca6b0c" });
    expect(a.verdict).toBe("reachable");
    const traffic = a.routes[0]?.hops.find((x) => x.kind === "traffic");
    expect(traffic?.verdict).toBe("unknown");
    expect(traffic?.checks[0]?.missing?.source).toMatch(/logs:StartQuery/);
  });

  it("turns a hop unknown, not pass, when its data is taken away", () => {
    const without = (mutate: (inv: Inventory) => Inventory) => mutate(structuredClone(inventory));
    const noAcls = without((inv) => ({ ...inv, networkAcls: [] }));
    const a = checkPath(noAcls, { consumer: "vpc-8f9d5ae518c480c2e", target: "rcfg-0a27e0f02a6ca6b0c" });
    expect([a.verdict, a.at?.index, a.at?.kind]).toEqual(["unknown", 5, "network-acl"]);
    expect(a.headline).toMatch(/DescribeNetworkAcls/);
    const noGroups = without((inv) => ({
      ...inv,
      securityGroups: inv.securityGroups.filter((g) => g.accountId !== "222222222222"),
    }));
    const b = checkPath(noGroups, { consumer: "vpc-8f9d5ae518c480c2e", target: "rcfg-0a27e0f02a6ca6b0c" });
    expect([b.verdict, b.at?.index]).toEqual(["unknown", 2]);
    const noRoutes = without((inv) => ({ ...inv, routeTables: [] }));
    const c = checkPath(noRoutes, { consumer: "vpc-e76b081a85ca70d78", target: "rcfg-0a27e0f02a6ca6b0c" });
    // orders-postgres is inside the gateway VPC: the local route needs no route table.
    expect(c.verdict).toBe("reachable");
    for (const x of [a, b, c]) assertHonest(x);
  });

  it("resolves DNS names and IPs the consumer uses to the configuration", () => {
    expect(
      checkPath(inventory, { consumer: "vpc-e76b081a85ca70d78", target: "10.10.1.50" }).target,
    ).toMatchObject({
      configurationId: "rcfg-0a27e0f02a6ca6b0c",
      resolvedBy: "IP definition",
    });
    expect(
      checkPath(inventory, { consumer: "vpc-8f9d5ae518c480c2e", target: "ledger.internal.example.com" })
        .target.configurationId,
    ).toBe("rcfg-3dbfb55434bafcb3c");
  });
});

describe("path check on the default scenario (with traffic)", () => {
  it.each(
    // Declared lazily: the scenario is loaded in beforeAll.
    [0],
  )("answers the pairs that need the traffic hop as declared (%#)", async () => {
    for (const d of h.scenario.pathChecks.filter((p) => p.needsTraffic)) {
      const answer = await getPathCheck(
        { consumer: d.consumer, target: d.target },
        { inventory, traffic: { config: h.config, run: { pollMs: 5, maxPollMs: 20 } } },
      );
      assertHonest(answer);
      expect([answer.verdict, answer.at?.index, answer.at?.kind], d.why).toEqual([d.verdict, d.hop, d.kind]);
      const route = answer.routes[0]!;
      const hop6 = route.hops.find((x) => x.kind === "route-to-target");
      expect(hop6?.evidence.targetAddressFrom).toMatch(/access logs/);
      expect(answer.fixes.some((f) => f.command?.startsWith("aws ec2 create-route "))).toBe(true);
    }
  });
});
