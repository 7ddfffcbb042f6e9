import path from "node:path";
import { describe, expect, it } from "vitest";
import { traffic as facts } from "../../test/fixtures/default-scenario-facts";
import { loadScenario } from "../scenario/load-scenario";
import { buildState } from "../state/sim-state";
import { trafficTruth } from "./ground-truth";
import type { LogEvent } from "./log-event";
import { TrafficModel } from "./traffic-model";

const NOW = Date.parse("2026-11-28T12:00:00Z");
const scenario = loadScenario(path.join(__dirname, "..", "scenario", "default.scenario.json"));
const model = new TrafficModel(buildState(scenario), NOW);
const ORDERS = "rcfg-0a27e0f02a6ca6b0c";
const REDIS = "rcfg-0383869624127f90a";

function groupEvents(
  m: TrafficModel,
  account: string,
  region: string,
  name: string,
  fromMs: number,
  toMs: number,
): LogEvent[] {
  const g = m.group(account, region, name);
  if (!g) throw new Error(`no group ${name}`);
  return [...m.events(g, { fromMs, toMs, nowMs: NOW })];
}

/** Sum ACCEPT bytes and count REJECTs on records to/from `ipPort`, v2 or custom with the v2 prefix. */
function flowTotals(events: LogEvent[], ipPort: string, eniIds?: Set<string>) {
  const [ip, port] = ipPort.split(":");
  let toResource = 0;
  let fromResource = 0;
  let rejects = 0;
  for (const e of events) {
    const f = e.message.split(" ");
    if (f[13] !== "OK" || (eniIds && !eniIds.has(f[2] ?? ""))) continue;
    const bytes = Number(f[9]);
    if (f[4] === ip && f[6] === port) {
      if (f[12] === "REJECT") rejects += 1;
      else toResource += bytes;
    } else if (f[3] === ip && f[5] === port && f[12] === "ACCEPT") fromResource += bytes;
  }
  return { toResource, fromResource, rejects };
}

describe("traffic model", () => {
  it("is deterministic: the same scenario and clock give the same events; background traffic ignores the anchor", () => {
    const from = NOW - 26 * 3_600_000;
    const to = from + 3_600_000;
    const a = groupEvents(model, "111111111111", "us-east-1", "/vpc/flow-logs/provider-core", from, to);
    const again = new TrafficModel(buildState(scenario), NOW);
    expect(groupEvents(again, "111111111111", "us-east-1", "/vpc/flow-logs/provider-core", from, to)).toEqual(
      a,
    );
    // An anchor one day later moves the incidents but not a quiet hour's traffic.
    const later = new TrafficModel(buildState(scenario), NOW + 86_400_000);
    const g = later.group("111111111111", "us-east-1", "/vpc/flow-logs/provider-core");
    expect([...later.events(g!, { fromMs: from, toMs: to, nowMs: NOW })]).toEqual(a);
    expect(a.length).toBeGreaterThan(100);
  });

  it("gateway-ENI flow-log bytes and rejects equal the truth, across odd window edges (600 s and 60 s flow logs)", () => {
    const from = NOW - 2 * 3_600_000 - 17_000 - 400;
    const to = NOW - 3_600_000 + 29_500;
    const truth = trafficTruth(model, { resourceConfigurationId: ORDERS }, from, to, NOW);
    const core = groupEvents(model, "111111111111", "us-east-1", "/vpc/flow-logs/provider-core", from, to);
    const flows = flowTotals(core, "10.10.1.50:5432");
    expect(truth.connections).toBeGreaterThan(100); // the spike is in this window
    expect(flows).toEqual({
      toResource: truth.bytesToResource,
      fromResource: truth.bytesFromResource,
      rejects: 0,
    });
    expect(truth.bytes).toBe(truth.bytesToResource + truth.bytesFromResource);

    const redisFrom = NOW - 100 * 60_000 + 1;
    const redisTruth = trafficTruth(model, { resourceConfigurationId: REDIS }, redisFrom, NOW, NOW);
    const data = groupEvents(
      model,
      "111111111111",
      "us-east-1",
      "/vpc/flow-logs/provider-data",
      redisFrom,
      NOW,
    );
    expect(redisTruth.rejects).toBeGreaterThan(10);
    expect(flowTotals(data, "10.20.1.30:6379")).toEqual({
      toResource: redisTruth.bytesToResource,
      fromResource: redisTruth.bytesFromResource,
      rejects: redisTruth.rejects,
    });
  });

  it("access-log records count equals truth connections; endpoint-ENI flow logs equal the consumer's truth", () => {
    const from = NOW - 6 * 3_600_000 + 123;
    const to = NOW - 5_000;
    const truth = trafficTruth(model, { resourceConfigurationId: ORDERS }, from, to, NOW);
    const access = groupEvents(
      model,
      "111111111111",
      "us-east-1",
      "/lattice/access/orders-postgres",
      from,
      to,
    );
    expect(access).toHaveLength(truth.connections);
    const records = access.map((e) => JSON.parse(e.message) as Record<string, string>);
    expect(new Set(records.map((r) => r.resourceIpPort))).toEqual(new Set(["10.10.1.50:5432"]));
    const payments = truth.consumers.find((c) => c.key === "vpce-edecea98e31ccc5a3");
    expect(records.filter((r) => r.vpcEndpointId === "vpce-edecea98e31ccc5a3")).toHaveLength(
      payments?.connections ?? -1,
    );
    // Consumer side: the payments VPC's own flow log (default format, 600 s) sees client → endpoint.
    const endpointEnis = new Set(
      model.state.enis.filter((e) => e.derivedFrom?.id === "vpce-edecea98e31ccc5a3").map((e) => e.id),
    );
    const consumerSide = groupEvents(
      model,
      "222222222222",
      "us-east-1",
      "/vpc/flow-logs/payments-app",
      from,
      to,
    );
    let bytes = 0;
    for (const e of consumerSide) {
      const f = e.message.split(" ");
      if (endpointEnis.has(f[2] ?? "") && f[13] === "OK") bytes += Number(f[9]);
    }
    expect(bytes).toBe(payments?.bytes);
  });

  it("writes NODATA for idle intervals of the 600 s flow log and renders the custom v5 format", () => {
    const core = groupEvents(
      model,
      "111111111111",
      "us-east-1",
      "/vpc/flow-logs/provider-core",
      NOW - 86_400_000,
      NOW,
    );
    const nodata = core.filter((e) => e.message.endsWith("NODATA"));
    expect(nodata.length).toBeGreaterThan(0);
    for (const e of nodata) {
      expect(e.message).toMatch(/^2 111111111111 eni-[0-9a-f]{17} - - - - - - - \d+ \d+ - NODATA$/);
      const start = Number(e.message.split(" ")[10]);
      expect(start % 600).toBe(0);
      expect(e.timestamp).toBe(start * 1000);
    }
    const data = groupEvents(
      model,
      "111111111111",
      "us-east-1",
      "/vpc/flow-logs/provider-data",
      NOW - 3_600_000,
      NOW,
    );
    const ok = data.find((e) => e.message.includes(" ACCEPT OK "));
    const f = ok?.message.split(" ") ?? [];
    expect(f).toHaveLength(29);
    expect(f[0]).toBe("5");
    expect(f.slice(14, 17)).toEqual(["vpc-1a87bacd6e2f6ee30", "subnet-224f82895672a2cba", "-"]);
    expect(f[18]).toBe("IPv4");
    expect(f[21]).toBe("us-east-1");
    expect(["ingress", "egress"]).toContain(f[27]);
    expect(ok?.timestamp).toBe(Number(f[10]) * 1000);
  });

  it("keeps event volume moderate: a day of the demo is tens of thousands of events", () => {
    let total = 0;
    for (const g of model.groups.values()) {
      for (const _ of model.events(g, { fromMs: NOW - 86_400_000, toMs: NOW, nowMs: NOW })) total += 1;
    }
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThan(200_000);
  });

  it("matches what test/fixtures/default-scenario-facts.ts says was seeded", () => {
    expect(
      model.paths.map((p) => ({
        consumer: p.consumerKey,
        configuration: p.configuration.id,
        pattern: p.pattern,
      })),
    ).toEqual(facts.paths);
    const streams = (name: string) =>
      (
        model.group("111111111111", "us-east-1", name) ?? model.group("111111111111", "eu-west-1", name)
      )?.streams.map((s) => s.name.replace("resource-access-log/", "")) ?? [];
    for (const [group, cfgs] of Object.entries(facts.accessLogGroups))
      expect(streams(group).sort()).toEqual([...cfgs].sort());
    const accessLogged = new Set(Object.values(facts.accessLogGroups).flat());
    const unlogged = [...new Set(model.paths.map((p) => p.configuration.id))].filter(
      (c) => !accessLogged.has(c as never),
    );
    expect(unlogged.sort()).toEqual([...facts.configurationsWithoutAccessLogs].sort());
    const flowLogged = new Set(
      [...model.groups.values()].flatMap((g) =>
        g.streams.flatMap((s) => (s.kind === "flow" ? [s.eni.eni.derivedFrom?.id] : [])),
      ),
    );
    for (const ep of facts.flowLogs.endpointsWithFlowLogs) expect(flowLogged.has(ep)).toBe(true);
    for (const ep of facts.flowLogs.endpointsWithoutFlowLogs) expect(flowLogged.has(ep)).toBe(false);
    for (const gw of Object.keys(facts.flowLogs.gatewayGroups)) expect(flowLogged.has(gw)).toBe(true);
  });
});
