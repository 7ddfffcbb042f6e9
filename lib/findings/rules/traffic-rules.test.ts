import { describe, expect, it } from "vitest";
import { inventoryWith, summarize } from "../test-builders";
import type { TrafficInput } from "../traffic-input";
import { sourcePortHeadroom } from "./source-port-headroom";
import { trafficRejects } from "./traffic-rejects";

const window = { from: "2026-11-28T00:00:00Z", to: "2026-11-28T12:00:00Z" };

describe("traffic-rejects", () => {
  it.each<[string, TrafficInput | undefined, string[], string]>([
    ["unknown: no traffic input emits nothing", undefined, [], "unknown"],
    ["traffic without reject data is still unknown", { window }, [], "unknown"],
    ["no rejects", { window, rejects: [] }, [], "evaluated"],
    [
      "rejects on a gateway ENI",
      { window, rejects: [{ eniId: "eni-gw-a", dstAddr: "10.0.3.10", dstPort: 5432, records: 12 }] },
      ["failing:rgw-clean"],
      "evaluated",
    ],
    [
      "rejects on an endpoint ENI",
      { window, rejects: [{ eniId: "eni-ep-b", records: 3 }] },
      ["failing:vpce-res"],
      "evaluated",
    ],
  ])("%s", (_name, traffic, expected, coverage) => {
    const input = { inventory: inventoryWith(), traffic };
    expect(summarize(trafficRejects.evaluate(input))).toEqual(expected);
    expect(trafficRejects.coverage?.(input).status).toBe(coverage);
  });

  it("ranks provider-side rejects critical and consumer-side warning", () => {
    const rejects = [
      { eniId: "eni-gw-a", records: 1 },
      { eniId: "eni-ep-a", records: 1 },
    ];
    const findings = trafficRejects.evaluate({ inventory: inventoryWith(), traffic: { window, rejects } });
    expect(findings.map((f) => f.severity).sort()).toEqual(["critical", "warning"]);
  });
});

describe("source-port-headroom", () => {
  const use = (peak: number) => ({
    gatewayId: "rgw-clean",
    gatewayIp: "10.0.0.10",
    resourceIp: "10.0.3.10",
    resourcePort: 5432,
    peakConcurrentConnections: peak,
  });
  it.each<[string, TrafficInput | undefined, string[], string | undefined]>([
    ["unknown: no traffic input emits nothing", undefined, [], undefined],
    ["plenty of headroom", { window, sourcePorts: [use(10_000)] }, [], undefined],
    ["80% used", { window, sourcePorts: [use(45_000)] }, ["failing:rgw-clean"], "warning"],
    ["95% used", { window, sourcePorts: [use(53_000)] }, ["failing:rgw-clean"], "critical"],
  ])("%s", (_name, traffic, expected, severity) => {
    const input = { inventory: inventoryWith(), traffic };
    const findings = sourcePortHeadroom.evaluate(input);
    expect(summarize(findings)).toEqual(expected);
    expect(findings[0]?.severity).toBe(severity);
    expect(sourcePortHeadroom.coverage?.(input).status).toBe(traffic?.sourcePorts ? "evaluated" : "unknown");
  });
});
