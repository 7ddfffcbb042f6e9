import { describe, expect, it } from "vitest";
import { batchMetricQueries, type MetricRequest } from "./batch-metric-queries";
import { choosePeriod, minimumPeriod } from "./metric-period";
import { combineSeries, NFM_METRICS, watchedIds } from "./nfm-metrics";

const DAY = 86_400_000;
const NOW = Date.parse("2026-11-28T12:00:00Z");
const req = (i: number): MetricRequest => ({
  namespace: "AWS/NetworkFlowMonitor",
  metricName: "DataTransferred",
  dimensions: [{ name: "MonitorName", value: `m-${i}` }],
  stat: "Sum",
  period: 60,
});

describe("batchMetricQueries", () => {
  it("at most 500 queries a call, ids m0… unique within each call, every request once", () => {
    const batches = batchMetricQueries(Array.from({ length: 1203 }, (_, i) => req(i)));
    expect(batches.map((b) => b.queries.length)).toEqual([500, 500, 203]);
    for (const b of batches) {
      const ids = b.queries.map((q) => q.Id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => /^m\d+$/.test(id))).toBe(true);
    }
    const covered = batches.flatMap((b) => [...b.ids.values()]).sort((a, b) => a - b);
    expect(covered).toEqual(Array.from({ length: 1203 }, (_, i) => i));
    expect(batches[2]?.queries[0]).toMatchObject({
      Id: "m0",
      MetricStat: {
        Stat: "Sum",
        Period: 60,
        Metric: { Dimensions: [{ Name: "MonitorName", Value: "m-1000" }] },
      },
    });
  });
});

describe("choosePeriod", () => {
  it.each([
    ["1 h → 60 s", NOW - 3_600_000, NOW, undefined, 60],
    ["24 h → 300 s", NOW - DAY, NOW, undefined, 300],
    ["7 d → 3600 s", NOW - 7 * DAY, NOW, undefined, 3600],
    ["a step asked for", NOW - DAY, NOW, 600, 600],
    [
      "a 1 h window 20 days ago: 1-min data is gone → 300 s",
      NOW - 20 * DAY,
      NOW - 20 * DAY + 3_600_000,
      undefined,
      300,
    ],
    ["70 days ago → 3600 s", NOW - 70 * DAY, NOW - 70 * DAY + 3_600_000, 60, 3600],
  ])("%s", (_, start, end, step, expected) => {
    const p = choosePeriod(start, end, NOW, step);
    expect(p).toBe(expected);
    expect(p % 60).toBe(0);
  });

  it("minimumPeriod follows CloudWatch retention", () => {
    expect([
      minimumPeriod(NOW - 14 * DAY, NOW),
      minimumPeriod(NOW - 16 * DAY, NOW),
      minimumPeriod(NOW - 64 * DAY, NOW),
    ]).toEqual([60, 300, 3600]);
  });
});

describe("NFM metrics", () => {
  const metric = (name: string) => NFM_METRICS.find((m) => m.metricName === name)!;
  const s = (...pairs: Array<[number, number]>) => new Map(pairs);

  it("combines measurement sources: sums add, round-trip time averages, health takes the worst", () => {
    expect([...combineSeries(metric("DataTransferred"), [s([0, 10], [60, 5]), s([0, 1])])]).toEqual([
      [0, 11],
      [60, 5],
    ]);
    expect([...combineSeries(metric("RoundTripTime"), [s([0, 100]), s([0, 300])])]).toEqual([[0, 200]]);
    expect([...combineSeries(metric("HealthIndicator"), [s([0, 0]), s([0, 1])])]).toEqual([[0, 1]]);
  });

  it("watchedIds: VPCs and subnets by id or ARN", () => {
    const resources = [
      { type: "AWS::EC2::VPC", identifier: "arn:aws:ec2:us-east-1:2:vpc/vpc-a" },
      { type: "AWS::EC2::Subnet", identifier: "subnet-1" },
      { type: "AWS::AvailabilityZone", identifier: "use1-az1" },
    ];
    expect(watchedIds(resources, "vpc-a", [])).toEqual(["vpc-a"]);
    expect(watchedIds(resources, "vpc-b", ["subnet-1", "subnet-2"])).toEqual(["subnet-1"]);
    expect(watchedIds(resources, "vpc-c", ["subnet-3"])).toEqual([]);
  });
});
