/**
 * The topology orchestration (lib/topology/get-topology.ts) against the simulator with the real
 * SDK clients: the inventory's graph with findings as health, alarm states as badges and the
 * window's traffic as edge weights equal to the simulator's truth; slow traffic answers "pending"
 * and a later poll picks the weights up from the shared read.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { MAX_TRAFFIC_WINDOW_MS } from "@/lib/flows/traffic-window";
import { resolveRange } from "@/lib/links/time-range";
import { clearTopologyTrafficCache } from "@/lib/topology/cached-estate-traffic";
import { getTopology } from "@/lib/topology/get-topology";
import { parseTopologyQuery } from "@/lib/topology/topology-query";
import type { TopologyGraph } from "@/lib/topology/topology-types";
import { ids } from "../fixtures/default-scenario-facts";
import { START, startTrafficHarness, type TrafficHarness } from "./traffic-harness";

const ORDERS = ids.configurations.ordersPostgres;
const DAY = 86_400_000;

let h: TrafficHarness;
beforeAll(async () => {
  h = await startTrafficHarness();
});
afterAll(() => h?.sim.close());
beforeEach(() => {
  clearTrafficCache();
  clearTopologyTrafficCache();
});

function request(qs = "") {
  const p = parseTopologyQuery(new URLSearchParams(qs));
  if (!p.ok) throw new Error(p.message);
  return {
    query: p.query,
    range: resolveRange(p.query.from, p.query.to, START, { maxMs: MAX_TRAFFIC_WINDOW_MS }),
  };
}

const node = (g: TopologyGraph, id: string) => g.nodes.find((n) => n.id === id);
const edgesInto = (g: TopologyGraph, id: string) => g.edges.filter((e) => e.target === id);

describe("getTopology", () => {
  it("the estate's graph: findings as health, alarms as badges, edge bytes equal to the truth per consumer", async () => {
    const { query, range } = request();
    const g = await getTopology(query, range, { ...h.deps(), trafficWaitMs: 60_000 });
    expect(g.traffic).toBe("available");
    expect(g.warnings).toEqual([]);
    expect(g.window).toEqual({ from: "now-24h", to: "now", start: START - DAY, end: START });
    expect(g.stats.configurations).toBe(h.inventory.resourceConfigurations.length);

    // Seeded faults: inventory-search is CREATE_FAILED; orders-postgres has none.
    expect(node(g, `configuration:${ids.configurations.inventorySearch}`)?.health).toBe("critical");
    expect(node(g, `configuration:${ORDERS}`)?.health).toBe("ok");
    // The scenario's orders alarm is in ALARM and names orders-postgres.
    expect(node(g, `configuration:${ORDERS}`)?.alarm).toBe("ALARM");

    const truth = await h.truth({ resourceConfigurationId: ORDERS }, START - DAY, START);
    const into = edgesInto(g, `configuration:${ORDERS}`);
    expect(into.length).toBe(truth.consumers.length);
    for (const c of truth.consumers) {
      const edge = into.find((e) => e.source === `endpoint:${c.key}`);
      expect(edge, c.key).toBeDefined();
      expect(edge?.bytes).toBe(c.bytes);
      expect(edge?.connections).toBe(c.connections);
    }
  });

  it("passes the view options through: aggregate=on folds the estate", async () => {
    const { query, range } = request("aggregate=on");
    const g = await getTopology(query, range, { ...h.deps(), trafficWaitMs: 60_000 });
    expect(g.aggregated).toBe(true);
    expect(g.nodes.some((n) => n.kind === "account")).toBe(true);
  });

  it("slow traffic: the graph answers 'pending' without weights, and a later poll has them", async () => {
    const { query, range } = request();
    const deps = { ...h.deps(), trafficWaitMs: 0 };
    const first = await getTopology(query, range, deps);
    expect(first.traffic).toBe("pending");
    expect(edgesInto(first, `configuration:${ORDERS}`).every((e) => e.bytes === null)).toBe(true);
    // A poll while the read is in flight answers at once, from the same read.
    expect((await getTopology(query, range, deps)).traffic).toBe("pending");

    let later = first;
    const deadline = Date.now() + 45_000;
    while (later.traffic === "pending" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      later = await getTopology(query, range, deps);
    }
    expect(later.traffic).toBe("available");
    const truth = await h.truth({ resourceConfigurationId: ORDERS }, START - DAY, START);
    const weights = edgesInto(later, `configuration:${ORDERS}`).reduce((n, e) => n + (e.bytes ?? 0), 0);
    expect(weights).toBe(truth.bytes);
  });
});
