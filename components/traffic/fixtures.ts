/**
 * Traffic DTOs for unit tests (and only tests): a configuration with a reject burst, consumers on
 * each access pattern, every coverage state and one degraded NFM monitor.
 */
import type { EstateTraffic, TrafficPoint, TrafficReport } from "@/lib/schemas/traffic";

export const T0 = Date.parse("2026-11-28T00:00:00Z");
const STEP = 300;

export function fixtureSeries(n = 12, rejectsAt: number[] = [5, 6]): TrafficPoint[] {
  return Array.from({ length: n }, (_, i) => {
    const to = 1_000_000 + i * 10_000;
    const from = 4_000_000 + i * 20_000;
    return {
      t: T0 + i * STEP * 1000,
      bytes: to + from,
      bytesToResource: to,
      bytesFromResource: from,
      connections: 100 + i,
      rejects: rejectsAt.includes(i) ? 7 : 0,
    };
  });
}

export const fixtureReport: TrafficReport = {
  subject: { kind: "configuration", id: "rcfg-0383869624127f90a", name: "sessions-redis" },
  window: {
    from: "now-1h",
    to: "now",
    start: T0,
    end: T0 + 12 * STEP * 1000,
    step: STEP,
    live: true,
  },
  totals: {
    bytes: 70_000_000,
    bytesToResource: 13_000_000,
    bytesFromResource: 57_000_000,
    connections: 1266,
    rejects: 14,
  },
  series: fixtureSeries(),
  consumers: [
    {
      key: "vpce-68644f520c9a05e13",
      pattern: "resource-endpoint",
      accountId: "222222222222",
      vpcId: "vpc-0payments",
      endpointId: "vpce-68644f520c9a05e13",
      bytes: 50_000_000,
      bytesToResource: 9_000_000,
      bytesFromResource: 41_000_000,
      connections: 900,
      rejects: 14,
      endpointEstimate: { bytes: 49_500_000, rejects: 14 },
    },
    {
      key: "vpc-0analytics",
      pattern: "sn-vpc-association",
      accountId: "333333333333",
      vpcId: "vpc-0analytics",
      associationId: "snva-0123",
      serviceNetworkId: "sn-088483bc1175bf1ea",
      bytes: 20_000_000,
      bytesToResource: 4_000_000,
      bytesFromResource: 16_000_000,
      connections: 366,
      rejects: 0,
    },
  ],
  sources: [
    {
      kind: "gateway-flow-logs",
      status: "partial",
      detail: "2 of 3 gateway ENIs have flow logs (v5, 60 s).",
      logGroups: ["/vpc/provider-data"],
      enis: [
        { eniId: "eni-0aaa", flowLogId: "fl-1", format: "custom", version: 5, intervalSeconds: 60 },
        { eniId: "eni-0bbb", flowLogId: "fl-1", format: "custom", version: 5, intervalSeconds: 60 },
        { eniId: "eni-0ccc" },
      ],
    },
    { kind: "endpoint-flow-logs", status: "available", detail: "payments-app VPC flow log (v2, 600 s)." },
    { kind: "access-logs", status: "missing", detail: "No access-log subscription on this configuration." },
    {
      kind: "network-flow-monitor",
      status: "error",
      detail: "AccessDenied on ListMonitors in 333333333333.",
    },
  ],
  health: [
    {
      monitorName: "payments-app-monitor",
      accountId: "222222222222",
      region: "us-east-1",
      watches: ["vpc-0payments"],
      status: "ACTIVE",
      degraded: true,
      series: Array.from({ length: 12 }, (_, i) => ({
        t: T0 + i * STEP * 1000,
        roundTripTime: 800 + i * 10,
        retransmissions: i === 6 ? 40 : 2,
        timeouts: i === 6 ? 3 : 0,
        healthIndicator: i === 6 || i === 7 ? 1 : 0,
      })),
    },
  ],
  warnings: [],
  scannedBytes: 3_500_000,
  cost: { scannedBytes: 3_500_000, queries: 3, cachedBuckets: 8, queriedBuckets: 4, metricsRequested: 5 },
  generatedAt: "2026-11-28T01:00:00Z",
};

/** The same subject with no source at all: totals null, "No data source". */
export const fixtureNoSource: TrafficReport = {
  ...fixtureReport,
  totals: null,
  series: [],
  consumers: [],
  health: [],
  sources: fixtureReport.sources.map((s) => ({ ...s, status: "missing", enis: undefined })),
};

export const fixtureEstate: EstateTraffic = {
  window: { ...fixtureReport.window, from: "now-24h" },
  configurations: [
    { id: "rcfg-a", totals: { ...fixtureReport.totals!, bytes: 10, rejects: 0 }, consumers: [], sources: [] },
    {
      id: "rcfg-b",
      totals: { ...fixtureReport.totals!, bytes: 300, rejects: 5 },
      consumers: [],
      sources: [],
    },
    { id: "rcfg-c", totals: null, consumers: [], sources: [] },
    {
      id: "rcfg-d",
      totals: { ...fixtureReport.totals!, bytes: 200, rejects: 50 },
      consumers: [],
      sources: [],
    },
  ],
  warnings: [],
  scannedBytes: 0,
  cost: { scannedBytes: 0, queries: 0, cachedBuckets: 0, queriedBuckets: 0, metricsRequested: 0 },
  generatedAt: "2026-11-28T01:00:00Z",
};
