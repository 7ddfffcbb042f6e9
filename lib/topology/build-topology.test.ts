import { describe, expect, it } from "vitest";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { buildGraph, buildTopology, type TopologyInput } from "./build-topology";
import type { GraphEdge, GraphNode } from "./graph-parts";
import { A, allPatterns, B, C, cleanInventory, generated, withGroup } from "./test-estate";

const ok = () => "ok" as const;
const graph = (inventory: TopologyInput["inventory"], extra: Partial<TopologyInput> = {}) =>
  buildGraph({ inventory, health: ok, ...extra });
const ids = (nodes: GraphNode[]) => nodes.map((n) => n.id).sort();
const edgeIds = (edges: GraphEdge[]) => edges.map((e) => e.id).sort();

function expectConsistent(g: { nodes: GraphNode[]; edges: GraphEdge[] }) {
  const present = new Set(g.nodes.map((n) => n.id));
  for (const e of g.edges) {
    expect(present.has(e.source), `${e.id}: source`).toBe(true);
    expect(present.has(e.target), `${e.id}: target`).toBe(true);
  }
  for (const n of g.nodes)
    if (n.parent) expect(present.has(n.parent), `${n.id}: parent ${n.parent}`).toBe(true);
  // Frames and groups are boxes, never edge ends.
  const boxes = new Set(g.nodes.filter((n) => n.kind === "account-region").map((n) => n.id));
  for (const e of g.edges) expect(boxes.has(e.source) || boxes.has(e.target)).toBe(false);
}

describe("buildGraph: access patterns", () => {
  it.each([
    {
      pattern: "resource endpoint (1)",
      path: ["vpc:vpc-cons->endpoint:vpce-res", "endpoint:vpce-res->configuration:rcfg-db"],
    },
    {
      pattern: "service-network endpoint (2)",
      path: [
        "vpc:vpc-cons->endpoint:vpce-sn",
        "endpoint:vpce-sn->service-network:sn-main",
        "service-network:sn-main->configuration:rcfg-db",
      ],
    },
    {
      pattern: "service-network VPC association (3)",
      path: [
        "vpc:vpc-c3->association:snva-1",
        "association:snva-1->service-network:sn-main",
        "service-network:sn-main->configuration:rcfg-db",
      ],
    },
    {
      pattern: "provider side",
      path: ["configuration:rcfg-db->gateway:rgw-clean", "gateway:rgw-clean->target:rcfg-db"],
    },
  ])("$pattern", ({ path }) => {
    const g = graph(allPatterns());
    expect(edgeIds(g.edges)).toEqual(expect.arrayContaining(path));
    expectConsistent(g);
  });

  it("entries carry their pattern and the consumer's account (cross-account)", () => {
    const g = graph(allPatterns());
    const by = new Map(g.nodes.map((n) => [n.id, n]));
    expect(by.get("endpoint:vpce-res")).toMatchObject({ pattern: "resource-endpoint", accountId: B });
    expect(by.get("endpoint:vpce-sn")).toMatchObject({ pattern: "sn-endpoint", accountId: B });
    expect(by.get("association:snva-1")).toMatchObject({ pattern: "sn-vpc-association", accountId: C });
    expect(by.get("configuration:rcfg-db")).toMatchObject({ accountId: A, parent: `frame:${A}:us-east-1` });
    expect(by.get("endpoint:vpce-res")?.parent).toBe(`frame:${B}:us-east-1`);
    expect(ids(g.nodes.filter((n) => n.kind === "account-region"))).toEqual([
      `frame:${A}:us-east-1`,
      `frame:${B}:us-east-1`,
      `frame:${C}:us-east-1`,
    ]);
  });

  it("an endpoint known only from the provider's association still gets a node", () => {
    const inv = cleanInventory();
    inv.endpoints = inv.endpoints.filter((e) => e.id !== "vpce-res");
    const g = graph(inv);
    const n = g.nodes.find((x) => x.id === "endpoint:vpce-res");
    expect(n).toMatchObject({ health: "unknown", href: undefined });
    expect(edgeIds(g.edges)).toContain("endpoint:vpce-res->configuration:rcfg-db");
    expectConsistent(g);
  });
});

describe("buildGraph: groups and children", () => {
  it.each(["GROUP", "ARN"] as const)(
    "a %s configuration holds its children; edges reach the group",
    (type) => {
      const g = graph(withGroup(type));
      const by = new Map(g.nodes.map((n) => [n.id, n]));
      expect(by.get("configuration:rcfg-grp")).toMatchObject({ isGroup: true });
      expect(by.get("configuration:rcfg-c1")?.parent).toBe("configuration:rcfg-grp");
      expect(by.get("configuration:rcfg-c2")?.parent).toBe("configuration:rcfg-grp");
      const e = edgeIds(g.edges);
      expect(e).toContain("service-network:sn-main->configuration:rcfg-grp");
      expect(e).toEqual(
        expect.arrayContaining([
          "configuration:rcfg-c1->gateway:rgw-clean",
          "gateway:rgw-clean->target:rcfg-c1",
          "gateway:rgw-clean->target:rcfg-c2",
        ]),
      );
      // The parent's own target is its children's: no separate target node, no edge from the group to the gateway.
      expect(by.has("target:rcfg-grp")).toBe(false);
      expect(e).not.toContain("configuration:rcfg-grp->gateway:rgw-clean");
      expect(by.get("target:rcfg-c1")?.label).toBe("writer.db.internal");
      expect(by.get("target:rcfg-c2")?.label).toBe("10.0.3.20");
      expectConsistent(g);
    },
  );

  it("gateway ENIs appear per AZ when the gateway is expanded", () => {
    const g = graph(cleanInventory(), { expand: ["enis:rgw-clean"] });
    const enis = g.nodes.filter((n) => n.kind === "eni");
    expect(enis.map((n) => n.label)).toEqual(["us-east-1a 10.0.0.10", "us-east-1b 10.0.1.10"]);
    expect(enis.every((n) => n.parent === "gateway:rgw-clean")).toBe(true);
    expect(g.nodes.find((n) => n.id === "gateway:rgw-clean")?.isGroup).toBe(true);
    expect(graph(cleanInventory()).nodes.some((n) => n.kind === "eni")).toBe(false);
  });
});

describe("buildGraph: health, traffic", () => {
  it("health comes from the findings per resource", () => {
    const g = graph(cleanInventory(), { health: (id) => (id === "rgw-clean" ? "critical" : "ok") });
    expect(g.nodes.find((n) => n.id === "gateway:rgw-clean")?.health).toBe("critical");
  });

  it("without traffic every edge is null (no data), never 0", () => {
    const g = graph(allPatterns());
    for (const e of g.edges) expect([e.bytes, e.connections, e.rejects]).toEqual([null, null, null]);
  });

  it("traffic runs along each consumer's path; uncovered edges stay null", () => {
    const t = (bytes: number) => ({
      bytes,
      bytesToResource: bytes,
      bytesFromResource: 0,
      connections: 1,
      rejects: 0,
    });
    const traffic = {
      configurations: [
        {
          id: "rcfg-db",
          totals: t(300),
          sources: [],
          consumers: [
            { key: "vpce-res", pattern: "resource-endpoint", endpointId: "vpce-res", ...t(100) },
            {
              key: "vpce-sn",
              pattern: "sn-endpoint",
              endpointId: "vpce-sn",
              serviceNetworkId: "sn-main",
              ...t(200),
            },
          ],
        },
      ],
    } as unknown as EstateTraffic;
    const g = graph(allPatterns(), { traffic });
    const by = new Map(g.edges.map((e) => [e.id, e]));
    expect(by.get("endpoint:vpce-res->configuration:rcfg-db")?.bytes).toBe(100);
    expect(by.get("vpc:vpc-cons->endpoint:vpce-sn")?.bytes).toBe(200);
    expect(by.get("service-network:sn-main->configuration:rcfg-db")?.bytes).toBe(200);
    expect(by.get("configuration:rcfg-db->gateway:rgw-clean")?.bytes).toBe(300);
    expect(by.get("gateway:rgw-clean->target:rcfg-db")?.bytes).toBe(300);
    expect(by.get("vpc:vpc-c3->association:snva-1")?.bytes).toBeNull();
  });

  it("a GROUP's row does not count its children's consumers twice; unattributed bytes leave entries unknown", () => {
    const t = (bytes: number) => ({
      bytes,
      bytesToResource: bytes,
      bytesFromResource: 0,
      connections: 1,
      rejects: 0,
    });
    const child = {
      key: "vpce-sn",
      pattern: "sn-endpoint",
      endpointId: "vpce-sn",
      serviceNetworkId: "sn-main",
    };
    const traffic = {
      configurations: [
        {
          id: "rcfg-grp",
          totals: t(50),
          sources: [],
          consumers: [{ ...child, resourceConfigurationId: "rcfg-c1", ...t(50) }],
        },
        {
          id: "rcfg-c1",
          totals: t(50),
          sources: [],
          consumers: [{ ...child, resourceConfigurationId: "rcfg-c1", ...t(50) }],
        },
        {
          id: "rcfg-db",
          totals: t(70),
          sources: [],
          consumers: [{ key: "unattributed", pattern: "unknown", ...t(70) }],
        },
      ],
    } as unknown as EstateTraffic;
    const by = new Map(graph(withGroup(), { traffic }).edges.map((e) => [e.id, e]));
    expect(by.get("service-network:sn-main->configuration:rcfg-grp")?.bytes).toBe(50);
    expect(by.get("configuration:rcfg-c1->gateway:rgw-clean")?.bytes).toBe(50);
    expect(by.get("configuration:rcfg-db->gateway:rgw-clean")?.bytes).toBe(70);
    expect(by.get("endpoint:vpce-res->configuration:rcfg-db")?.bytes).toBeNull();
  });
});

describe("buildGraph: aggregation, collapse, expand, filters", () => {
  it("small estates open unaggregated; large ones fold accounts, VPCs and networks", () => {
    expect(graph(cleanInventory()).aggregated).toBe(false);
    const big = graph(generated(400));
    expect(big.aggregated).toBe(true);
    expect(big.nodes.length).toBeLessThan(40);
    expect(big.nodes.filter((n) => n.kind === "account").length).toBe(5);
    const snAgg = big.nodes.find((n) => n.id === `agg:configuration:sn:sn-main:${A}:us-east-1`);
    expect(snAgg).toMatchObject({ count: 200, label: "200 configurations via main-network" });
    expect(
      big.nodes.find((n) => n.id === `agg:configuration:rc:${A}:us-east-1:${A}:us-east-1`),
    ).toMatchObject({
      count: 200,
      label: "200 configurations outside service networks",
    });
    // One gateway: an aggregate of one would hide it for nothing.
    expect(big.nodes.some((n) => n.id === `agg:gateway:${A}:us-east-1`)).toBe(false);
    expect(big.nodes.some((n) => n.id === "gateway:rgw-clean")).toBe(true);
    expectConsistent(big);
  });

  it("expanding an account shows its VPCs (still folded) and keeps the rest aggregated", () => {
    const g = graph(generated(400), { expand: ["account:200000000001"] });
    const vpcs = g.nodes.filter((n) => n.kind === "vpc");
    expect(vpcs.map((n) => n.id).sort()).toEqual([
      "vpc:vpc-200000000001-0",
      "vpc:vpc-200000000001-1",
      "vpc:vpc-200000000001-2",
    ]);
    expect(g.nodes.filter((n) => n.kind === "endpoint")).toEqual([]);
    expect(g.nodes.filter((n) => n.kind === "account").length).toBe(4);
    expectConsistent(g);
    const deeper = graph(generated(400), { expand: ["account:200000000001", "vpc:vpc-200000000001-0"] });
    expect(deeper.nodes.filter((n) => n.kind === "endpoint").length).toBe(27);
    expectConsistent(deeper);
  });

  it("collapsing a service network folds its configurations and targets, merging parallel edges", () => {
    const g = graph(withGroup(), { collapse: ["sn:sn-main"] });
    const agg = `agg:configuration:sn:sn-main:${A}:us-east-1`;
    expect(g.nodes.find((n) => n.id === agg)).toMatchObject({ count: 4, kind: "configuration" });
    expect(g.nodes.some((n) => n.id === "configuration:rcfg-c1")).toBe(false);
    expect(edgeIds(g.edges)).toEqual(
      expect.arrayContaining([
        `service-network:sn-main->${agg}`,
        `endpoint:vpce-res->${agg}`,
        `${agg}->gateway:rgw-clean`,
      ]),
    );
    expect(g.edges.find((e) => e.id === `${agg}->gateway:rgw-clean`)?.multiplicity).toBe(3);
    expectConsistent(g);
  });

  it("collapsing a consumer account folds its VPCs and entries into one node", () => {
    const g = graph(allPatterns(), { collapse: [`account:${B}`] });
    const agg = `agg:account:${B}:us-east-1`;
    expect(
      g.nodes
        .filter((n) => n.accountId === B)
        .map((n) => n.id)
        .sort(),
    ).toEqual([agg, `frame:${B}:us-east-1`]);
    expect(edgeIds(g.edges)).toEqual(
      expect.arrayContaining([`${agg}->configuration:rcfg-db`, `${agg}->service-network:sn-main`]),
    );
    expectConsistent(g);
  });

  it("focus keeps the node and its whole path up and down", () => {
    const g = graph(allPatterns(), { filter: { focus: "vpce-res" } });
    expect(ids(g.nodes)).toEqual([
      "configuration:rcfg-db",
      "endpoint:vpce-res",
      `frame:${A}:us-east-1`,
      `frame:${B}:us-east-1`,
      "gateway:rgw-clean",
      "target:rcfg-db",
      "vpc:vpc-cons",
    ]);
    expect(g.focusId).toBe("endpoint:vpce-res");
    expectConsistent(g);
  });

  it("focus on a configuration follows its own target past a shared gateway, not the gateway's others", () => {
    const g = graph(withGroup(), { filter: { focus: "rcfg-db" } });
    const kept = ids(g.nodes);
    expect(kept).toContain("target:rcfg-db");
    expect(kept).not.toContain("target:rcfg-c1");
    expect(kept).not.toContain("configuration:rcfg-grp");
    // A gateway in focus keeps all of its configurations and targets.
    const gw = ids(graph(withGroup(), { filter: { focus: "rgw-clean" } }).nodes);
    expect(gw).toEqual(
      expect.arrayContaining(["target:rcfg-db", "target:rcfg-c1", "target:rcfg-c2", "configuration:rcfg-c1"]),
    );
    // A target in focus goes back to its own configuration only.
    const t = ids(graph(withGroup(), { filter: { focus: "target:rcfg-c2" } }).nodes);
    expect(t).toEqual(
      expect.arrayContaining(["configuration:rcfg-c2", "configuration:rcfg-grp", "service-network:sn-main"]),
    );
    expect(t).not.toContain("configuration:rcfg-db");
  });

  it("an account filter keeps that account's nodes and their direct neighbours", () => {
    const g = graph(allPatterns(), { filter: { accountId: C } });
    expect(ids(g.nodes.filter((n) => n.kind !== "account-region"))).toEqual([
      "association:snva-1",
      "service-network:sn-main",
      "vpc:vpc-c3",
    ]);
    expectConsistent(g);
  });
});

describe("buildTopology: layout", () => {
  const window = { from: "now-1h", to: "now", start: 0, end: 3_600_000 };
  it("positions every node, left to right by layer, and the same on every run", async () => {
    const a = await buildTopology({ inventory: withGroup(), health: ok, window });
    const b = await buildTopology({ inventory: withGroup(), health: ok, window, aggregate: "off" });
    expect(b.stats.layoutCached).toBe(true);
    expect(a.nodes.map((n) => [n.id, n.x, n.y])).toEqual(b.nodes.map((n) => [n.id, n.x, n.y]));
    const x = new Map(a.nodes.map((n) => [n.id, n.x]));
    const order = [
      "vpc:vpc-cons",
      "endpoint:vpce-sn",
      "service-network:sn-main",
      "configuration:rcfg-db",
      "gateway:rgw-clean",
      "target:rcfg-db",
    ];
    const xs = order.map((id) => x.get(id)!);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    for (const n of a.nodes) expect(n.width).toBeGreaterThan(0);
  });

  it("says whether traffic is missing or still being read", async () => {
    const none = await buildTopology({ inventory: cleanInventory(), health: ok, window });
    const pending = await buildTopology({
      inventory: cleanInventory(),
      health: ok,
      window,
      trafficPending: true,
    });
    expect([none.traffic, pending.traffic]).toEqual(["none", "pending"]);
  });

  it("children sit inside their group and frame", async () => {
    const g = await buildTopology({ inventory: withGroup(), health: ok, window });
    const by = new Map(g.nodes.map((n) => [n.id, n]));
    for (const n of g.nodes) {
      const p = n.parent && by.get(n.parent);
      if (!p) continue;
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(p.x - p.width / 2);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(p.x + p.width / 2);
      expect(n.y - n.height / 2).toBeGreaterThanOrEqual(p.y - p.height / 2);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(p.y + p.height / 2);
    }
  });

  it("leaf nodes do not overlap", async () => {
    const g = await buildTopology({ inventory: allPatterns(), health: ok, window });
    const leaves = g.nodes.filter((n) => !n.isGroup && n.kind !== "account-region");
    for (const [i, a] of leaves.entries()) {
      for (const b of leaves.slice(i + 1)) {
        const apart =
          Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });
});

describe("buildGraph: pattern counts", () => {
  it("counts entries per access pattern before folding, within the filter", () => {
    expect(graph(allPatterns()).patterns).toEqual({
      "resource-endpoint": 1,
      "sn-endpoint": 1,
      "sn-vpc-association": 1,
    });
    expect(graph(generated(400)).patterns).toEqual({
      "resource-endpoint": 400,
      "sn-endpoint": 0,
      "sn-vpc-association": 0,
    });
    expect(graph(allPatterns(), { filter: { accountId: C } }).patterns["resource-endpoint"]).toBe(0);
  });
});
