/**
 * The product reads AWS/VpcLattice endpoint metrics generically (ListMetrics by dimension value,
 * GetMetricData Sum per period) and its sums equal the simulator's ground truth for the same
 * window, whatever the metric names are. The simulator's names are assumed (its README).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import { getEndpointTraffic } from "@/lib/flows/get-endpoint-traffic";
import { START, startTrafficHarness, type TrafficHarness } from "./traffic-harness";

let h: TrafficHarness;
beforeAll(async () => {
  h = await startTrafficHarness();
  clearTrafficCache();
});
afterAll(() => h?.sim.close());

const H = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const SN_ENDPOINT = "vpce-adc11f9cea8d9d9c2";

describe("endpoint metrics in traffic reports", () => {
  it("an endpoint report lists every discovered series, with sums equal to the truth", async () => {
    const from = START - 6 * H;
    const r = await getEndpointTraffic(SN_ENDPOINT, { from: iso(from), to: iso(START) }, h.deps());
    const m = r.endpointMetrics?.find((x) => x.endpointId === SN_ENDPOINT);
    expect(m?.namespace).toBe("AWS/VpcLattice");
    expect(m?.series.length).toBeGreaterThan(0);
    expect(r.sources.find((s) => s.kind === "endpoint-metrics")?.status).toBe("available");
    const truth = await h.truth({ endpointId: SN_ENDPOINT }, from, START);
    // Endpoint-wide series (no other dimension): one of them carries the truth's bytes, one its attempts.
    const wide = m!.series.filter((s) => s.dimensions.length === 1);
    const sums = wide.map((s) => s.sum);
    expect(sums).toContain(truth.bytes);
    expect(sums).toContain(truth.connections);
    for (const s of m!.series) {
      expect(s.points.reduce((a, p) => a + p.v, 0)).toBe(s.sum);
      expect(s.peak).not.toBeNull();
    }
    expect(r.cost.metricsRequested).toBeGreaterThanOrEqual(m!.series.length);
  });

  it("a configuration report carries its consumer endpoints' metrics", async () => {
    const cfg = "rcfg-0a27e0f02a6ca6b0c";
    const r = await getConfigurationTraffic(cfg, { from: iso(START - H), to: iso(START) }, h.deps());
    const ids = (r.endpointMetrics ?? []).map((m) => m.endpointId);
    expect(ids).toContain("vpce-edecea98e31ccc5a3");
    expect(ids).toContain("vpce-7014cca2fd4cd7a8e");
  });

  it("before the metrics existed, a listed series has no sum (unknown), never 0", async () => {
    const to = Date.parse("2026-11-18T00:00:00.000Z");
    const r = await getEndpointTraffic(SN_ENDPOINT, { from: iso(to - 6 * H), to: iso(to) }, h.deps());
    const m = r.endpointMetrics?.find((x) => x.endpointId === SN_ENDPOINT);
    expect(m?.series.length).toBeGreaterThan(0);
    for (const s of m!.series) {
      expect(s.sum).toBeNull();
      expect(s.peak).toBeNull();
      expect(s.points).toEqual([]);
    }
  });
});
