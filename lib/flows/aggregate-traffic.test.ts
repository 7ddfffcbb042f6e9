import { describe, expect, it } from "vitest";
import { aggregateTraffic } from "./aggregate-traffic";
import type { FlowRow } from "./flow-rows";
import type { JoinedRow } from "./join-flows";
import type { AccessLogConnection } from "./parse-access-log";
import { type ConsumerRef, UNATTRIBUTED } from "./resolve-consumer";

const gw = { ip: "10.0.0.10", port: 41000 };
const res = { ip: "10.0.5.50", port: 5432 };
const c = (t: number, endpoint: string): AccessLogConnection => ({
  time: t * 1000,
  resourceConfigurationArn: "arn",
  vpcEndpointId: endpoint,
});
const row = (start: number, action: FlowRow["action"], bytes: number, tcpFlags?: number): FlowRow => ({
  start,
  end: start + 59,
  srcAddr: gw.ip,
  srcPort: gw.port,
  dstAddr: res.ip,
  dstPort: res.port,
  action,
  bytes,
  packets: 2,
  records: 1,
  ...(tcpFlags !== undefined ? { tcpFlags } : {}),
});
const j = (
  r: FlowRow,
  direction: JoinedRow["direction"],
  connection?: AccessLogConnection,
  configurationId: string | null = "rcfg-a",
): JoinedRow => ({
  row: r,
  direction,
  gateway: gw,
  resource: res,
  ...(configurationId ? { configurationId } : {}),
  ...(connection ? { connection } : {}),
});
const resolve = (conn: AccessLogConnection): ConsumerRef =>
  conn.vpcEndpointId
    ? { key: conn.vpcEndpointId, pattern: "resource-endpoint", endpointId: conn.vpcEndpointId }
    : UNATTRIBUTED;

function run(joined: JoinedRow[], connections: AccessLogConnection[], fromAccessLogs = true) {
  return aggregateTraffic({
    joined,
    connections: connections.map((connection) => ({ connection, configurationId: "rcfg-a" })),
    start: 0,
    end: 600_000,
    step: 300,
    configurationIds: new Set(["rcfg-a"]),
    includeUnassigned: false,
    connectionsFromAccessLogs: () => fromAccessLogs,
    resolve,
    perConfiguration: false,
  });
}
const brief = (x: {
  key: string;
  bytes: number;
  bytesToResource: number;
  bytesFromResource: number;
  connections: number;
  rejects: number;
}) => [x.key, x.bytes, x.bytesToResource, x.bytesFromResource, x.connections, x.rejects];

describe("aggregateTraffic", () => {
  const a = c(10, "vpce-a");
  const b = c(400, "vpce-b");

  it("splits bytes by consumer and direction; unmatched bytes are 'unattributed', never dropped", () => {
    const r = run(
      [
        j(row(10, "ACCEPT", 100), "toResource", a),
        j(row(10, "ACCEPT", 900), "fromResource", a),
        j(row(400, "ACCEPT", 50), "toResource", b),
        j(row(420, "ACCEPT", 7), "toResource"),
      ],
      [a, b],
    );
    expect(r.consumers.map(brief)).toEqual([
      ["vpce-a", 1000, 100, 900, 1, 0],
      ["vpce-b", 50, 50, 0, 1, 0],
      ["unattributed", 7, 7, 0, 0, 0],
    ]);
    expect(brief({ key: "total", ...r.totals })).toEqual(["total", 1057, 157, 900, 2, 0]);
    expect(r.consumers.find((x) => x.key === "unattributed")?.pattern).toBe("unknown");
  });

  it("REJECTs towards the resource: the connection's consumer when logged, else unattributed; their bytes are not traffic", () => {
    const r = run([j(row(10, "REJECT", 60), "toResource", a), j(row(20, "REJECT", 60), "toResource")], [a]);
    expect(r.consumers.map(brief)).toEqual([
      ["unattributed", 0, 0, 0, 0, 1],
      ["vpce-a", 0, 0, 0, 1, 1],
    ]);
  });

  it("series: dense buckets of `step`, each with its bytes, connections and rejects", () => {
    const r = run(
      [j(row(10, "ACCEPT", 100), "toResource", a), j(row(400, "REJECT", 1), "toResource", b)],
      [a, b],
    );
    expect(r.series.map((p) => [p.t, p.bytes, p.connections, p.rejects])).toEqual([
      [0, 100, 1, 0],
      [300_000, 0, 1, 1],
    ]);
  });

  it("the window is [start, end): records and connections outside it do not count", () => {
    const late = c(600, "vpce-a");
    const r = run([j(row(600, "ACCEPT", 100), "toResource", late)], [late]);
    expect(r.totals.bytes).toBe(0);
    expect(r.totals.connections).toBe(0);
  });

  it("without access logs: connections are SYN records (tcp-flags) plus rejected attempts; without flags every record towards the resource", () => {
    const withFlags = run(
      [
        j(row(10, "ACCEPT", 1, 2), "toResource"),
        j(row(70, "ACCEPT", 1, 16), "toResource"),
        j(row(80, "REJECT", 1, 2), "toResource"),
        j(row(10, "ACCEPT", 1, 18), "fromResource"),
      ],
      [],
      false,
    );
    expect(withFlags.totals.connections).toBe(2);
    const noFlags = run(
      [
        j(row(10, "ACCEPT", 1), "toResource"),
        j(row(70, "ACCEPT", 1), "toResource"),
        j(row(10, "ACCEPT", 1), "fromResource"),
      ],
      [],
      false,
    );
    expect(noFlags.totals.connections).toBe(2);
  });

  it("rows of other configurations, or of none, stay out of a configuration's report", () => {
    const r = run(
      [
        j(row(10, "ACCEPT", 100), "toResource", a, "rcfg-b"),
        j(row(10, "ACCEPT", 5), "toResource", undefined, null),
      ],
      [],
    );
    expect(r.totals.bytes).toBe(0);
  });
});

describe("aggregateTraffic with ambiguous records", () => {
  it("counts them in totals and series as ambiguousBytes, in no consumer: attributed + ambiguous + unattributed = bytes", () => {
    const a = c(60, "vpce-1");
    const b = c(61, "vpce-2");
    const joined: JoinedRow[] = [
      j(row(60, "ACCEPT", 100), "toResource", a),
      { ...j(row(60, "ACCEPT", 40), "toResource"), ambiguous: [a, b] },
      { ...j(row(60, "ACCEPT", 400), "fromResource"), ambiguous: [a, b] },
      j(row(400, "ACCEPT", 7), "toResource"),
    ];
    const out = run(joined, [a, b]);
    expect(out.totals).toMatchObject({
      bytes: 547,
      ambiguousBytes: 440,
      bytesToResource: 147,
      bytesFromResource: 400,
    });
    const attributed = out.consumers.filter((x) => x.key !== "unattributed").reduce((s, x) => s + x.bytes, 0);
    const unattributed = out.consumers.find((x) => x.key === "unattributed")?.bytes ?? 0;
    expect([attributed, unattributed]).toEqual([100, 7]);
    expect(attributed + (out.totals.ambiguousBytes ?? 0) + unattributed).toBe(out.totals.bytes);
    expect(out.series.map((p) => p.ambiguousBytes)).toEqual([440, 0]);
    // vpce-2's connection is counted (access logs), its bytes are not known.
    expect(out.consumers.map((x) => [x.key, x.bytes, x.connections])).toEqual([
      ["vpce-1", 100, 1],
      ["unattributed", 7, 0],
      ["vpce-2", 0, 1],
    ]);
  });

  it("an endpoint subject counts an ambiguous record only if one of its candidates is that endpoint's", () => {
    const joined: JoinedRow[] = [
      { ...j(row(60, "ACCEPT", 40), "toResource"), ambiguous: [c(60, "vpce-1"), c(61, "vpce-2")] },
    ];
    const only = (key: string) =>
      aggregateTraffic({
        joined,
        connections: [],
        start: 0,
        end: 600_000,
        step: 300,
        configurationIds: new Set(["rcfg-a"]),
        includeUnassigned: false,
        connectionsFromAccessLogs: () => true,
        resolve,
        perConfiguration: false,
        consumerFilter: (ref) => ref.key === key,
      }).totals.ambiguousBytes;
    expect([only("vpce-1"), only("vpce-3")]).toEqual([40, 0]);
  });
});
