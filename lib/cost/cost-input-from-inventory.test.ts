import { describe, expect, it } from "vitest";
import { sampleInventory } from "@/lib/inventory/sample-inventory";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { costInputFromInventory } from "./cost-input-from-inventory";

const totals = (bytes: number) => ({
  bytes,
  bytesToResource: bytes,
  bytesFromResource: 0,
  connections: 1,
  rejects: 0,
});
const estate = (configurations: EstateTraffic["configurations"]): EstateTraffic => ({
  window: { from: "now-24h", to: "now", start: 0, end: 1, step: 60, live: true },
  configurations,
  warnings: [],
  scannedBytes: 0,
  cost: { scannedBytes: 0, queries: 0, cachedBuckets: 0, queriedBuckets: 0, metricsRequested: 0 },
  generatedAt: "2026-11-28T12:00:00Z",
});

describe("costInputFromInventory (sample estate: orders-db by a Resource endpoint, billing GROUP in a network)", () => {
  it("prices configurations where their paths attach; a CHILD rides with its GROUP", () => {
    const input = costInputFromInventory(sampleInventory, null, null);
    expect(input.map((c) => c.name).sort()).toEqual(["internal-apis", "orders-db"]);
  });

  it("builds each path with its pattern, AZs and the configurations sharing its network", () => {
    const input = costInputFromInventory(sampleInventory, null, null);
    const orders = input.find((c) => c.id === "rcfg-single")!;
    expect(orders.paths).toMatchObject([{ pattern: 1, endpointId: "vpce-res1", availabilityZones: 1 }]);
    const group = input.find((c) => c.id === "rcfg-group")!;
    expect(group.serviceNetworkLinks.map((l) => l.id)).toEqual(["snra-1"]);
    expect(group.paths.map((p) => p.pattern).sort()).toEqual([2, 3]);
    expect(group.paths.every((p) => p.sharedBy === 1)).toBe(true);
  });

  it("a CHILD billed on its own is taken out of its parent's entry", () => {
    const inv = {
      ...sampleInventory,
      endpoints: [
        ...sampleInventory.endpoints,
        {
          ...sampleInventory.endpoints[0]!,
          id: "vpce-child",
          resourceConfigurationId: "rcfg-child",
          vpcId: "vpc-x",
        },
      ],
    };
    const t = estate([
      {
        id: "rcfg-group",
        totals: totals(500),
        consumers: [
          {
            key: "vpce-child",
            pattern: "resource-endpoint",
            endpointId: "vpce-child",
            resourceConfigurationId: "rcfg-child",
            ...totals(200),
          },
        ],
        sources: [],
      },
      {
        id: "rcfg-child",
        totals: totals(200),
        consumers: [
          { key: "vpce-child", pattern: "resource-endpoint", endpointId: "vpce-child", ...totals(200) },
        ],
        sources: [],
      },
    ]);
    const input = costInputFromInventory(inv, t, t);
    expect(input.find((c) => c.id === "rcfg-group")!.unattributedSoFar).toBe(300);
    expect(input.find((c) => c.id === "rcfg-child")!.paths[0]!.bytesSoFar).toBe(200);
  });

  it("no traffic: bytes are unknown (null), never zero", () => {
    const orders = costInputFromInventory(sampleInventory, null, null).find((c) => c.id === "rcfg-single")!;
    expect(orders.paths[0]!.bytesSoFar).toBeNull();
    expect(orders.unattributedSoFar).toBeNull();
  });

  it("attributes bytes to paths by endpoint, the rest stays unattributed; a GROUP's entry carries its CHILD", () => {
    const t = estate([
      {
        id: "rcfg-single",
        totals: totals(1000),
        consumers: [
          { key: "vpce-res1", pattern: "resource-endpoint", endpointId: "vpce-res1", ...totals(700) },
        ],
        sources: [],
      },
      // The traffic engine folds descendants into the parent; the child's own row is not added again.
      { id: "rcfg-group", totals: totals(300), consumers: [], sources: [] },
      { id: "rcfg-child", totals: totals(300), consumers: [], sources: [] },
    ]);
    const input = costInputFromInventory(sampleInventory, t, t);
    const orders = input.find((c) => c.id === "rcfg-single")!;
    expect(orders.paths[0]!.bytesSoFar).toBe(700);
    expect(orders.unattributedSoFar).toBe(300);
    const group = input.find((c) => c.id === "rcfg-group")!;
    expect(group.paths.map((p) => p.bytesSoFar)).toEqual([0, 0]);
    expect(group.unattributedSoFar).toBe(300);
  });
});
