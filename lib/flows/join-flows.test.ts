import { describe, expect, it } from "vitest";
import type { FlowRow } from "./flow-rows";
import { joinFlows } from "./join-flows";
import type { AccessLogConnection } from "./parse-access-log";
import type { ResourceTarget } from "./resource-targets";

const GW = "10.0.0.10";
const RES = "10.0.5.50";
const arn = (id: string) => `arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/${id}`;
const target = (id: string, port: number, addresses: string[] = []): ResourceTarget => ({
  configurationId: id,
  arn: arn(id),
  ports: [{ from: port, to: port }],
  addresses,
});
const out = (
  start: number,
  gwPort: number,
  bytes = 100,
  action: FlowRow["action"] = "ACCEPT",
  res = RES,
  resPort = 5432,
): FlowRow => ({
  start,
  end: start + 59,
  srcAddr: GW,
  srcPort: gwPort,
  dstAddr: res,
  dstPort: resPort,
  action,
  bytes,
  packets: 1,
  records: 1,
});
const back = (start: number, gwPort: number, bytes = 1000, res = RES, resPort = 5432): FlowRow => ({
  ...out(start, gwPort, bytes, "ACCEPT", res, resPort),
  srcAddr: res,
  srcPort: resPort,
  dstAddr: GW,
  dstPort: gwPort,
});
const conn = (
  timeSeconds: number,
  gwPort: number,
  cfg: string,
  endpoint = "vpce-1",
  res = RES,
  resPort = 5432,
): AccessLogConnection => ({
  time: timeSeconds * 1000,
  resourceConfigurationArn: arn(cfg),
  vpcEndpointId: endpoint,
  gateway: { ip: GW, port: gwPort },
  resource: { ip: res, port: resPort },
});
const gatewayAddresses = new Set([GW]);

function join(
  rows: FlowRow[],
  connections: AccessLogConnection[],
  targets: ResourceTarget[],
  addresses = gatewayAddresses,
) {
  return joinFlows({ rows, connections, targets, gatewayAddresses: addresses }).map((j) => ({
    start: j.row.start,
    direction: j.direction,
    cfg: j.configurationId,
    endpoint: j.connection?.vpcEndpointId,
  }));
}

describe("joinFlows", () => {
  it("matches both directions of a connection on the 4-tuple", () => {
    expect(
      join([out(60, 41000), back(60, 41000)], [conn(60, 41000, "rcfg-a")], [target("rcfg-a", 5432)]),
    ).toEqual([
      { start: 60, direction: "toResource", cfg: "rcfg-a", endpoint: "vpce-1" },
      { start: 60, direction: "fromResource", cfg: "rcfg-a", endpoint: "vpce-1" },
    ]);
  });

  it("a reused gateway port belongs to the latest connection opened before the record ended", () => {
    const rows = [out(60, 41000), back(660, 41000), out(1200, 41000), back(1260, 41000)];
    const conns = [conn(1200, 41000, "rcfg-a", "vpce-late"), conn(60, 41000, "rcfg-a", "vpce-early")];
    expect(join(rows, conns, [target("rcfg-a", 5432)]).map((j) => j.endpoint)).toEqual([
      "vpce-early",
      "vpce-early",
      "vpce-late",
      "vpce-late",
    ]);
  });

  it("a record that ends before any connection on its tuple is unmatched, but still its configuration's by address", () => {
    expect(join([out(60, 41000)], [conn(600, 41000, "rcfg-a")], [target("rcfg-a", 5432, [RES])])).toEqual([
      { start: 60, direction: "toResource", cfg: "rcfg-a", endpoint: undefined },
    ]);
  });

  it("tolerates a connection stamped up to a second after its record ended (clock skew)", () => {
    expect(join([out(60, 41000)], [conn(120, 41000, "rcfg-a")], [target("rcfg-a", 5432)])[0]?.endpoint).toBe(
      "vpce-1",
    );
    expect(
      join([out(60, 41000)], [conn(121, 41000, "rcfg-a")], [target("rcfg-a", 5432)])[0]?.endpoint,
    ).toBeUndefined();
  });

  it("a sibling configuration's connection keeps its flow (same resource address and port)", () => {
    const rows = [out(60, 41000), out(60, 41001)];
    const conns = [conn(60, 41000, "rcfg-a"), conn(60, 41001, "rcfg-b", "vpce-2")];
    expect(join(rows, conns, [target("rcfg-a", 5432), target("rcfg-b", 5432)]).map((j) => j.cfg)).toEqual([
      "rcfg-a",
      "rcfg-b",
    ]);
  });

  it("an unmatched flow to an address two configurations share belongs to neither", () => {
    const conns = [conn(60, 41000, "rcfg-a"), conn(60, 41001, "rcfg-b", "vpce-2")];
    expect(
      join([out(600, 42000)], conns, [target("rcfg-a", 5432), target("rcfg-b", 5432)])[0]?.cfg,
    ).toBeUndefined();
  });

  it("with no address known anywhere, the only configuration with the port takes it; two with it, neither", () => {
    expect(
      join(
        [out(60, 41000, 100, "ACCEPT", "192.168.0.9", 23)],
        [],
        [target("rcfg-a", 5432), target("rcfg-m", 23)],
      )[0]?.cfg,
    ).toBe("rcfg-m");
    expect(
      join([out(60, 41000)], [], [target("rcfg-a", 5432), target("rcfg-b", 5432)])[0]?.cfg,
    ).toBeUndefined();
  });

  it("without gateway addresses, a record whose destination port is a resource port goes to the resource", () => {
    expect(
      join([out(60, 41000), back(60, 41000)], [], [target("rcfg-a", 5432)], new Set()).map(
        (j) => j.direction,
      ),
    ).toEqual(["toResource", "fromResource"]);
  });

  it("never drops a row", () => {
    const rows = [
      out(60, 1),
      back(60, 2),
      out(60, 3, 5, "REJECT"),
      out(60, 4, 1, "ACCEPT", "10.9.9.9", 9999),
    ];
    expect(join(rows, [], [target("rcfg-a", 5432)])).toHaveLength(rows.length);
  });
});
