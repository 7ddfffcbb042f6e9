import { describe, expect, it } from "vitest";
import type { FlowRow } from "./flow-rows";
import { CANDIDATE_HORIZON_MS, joinFlows } from "./join-flows";
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

describe("joinFlows on a gateway ENI with several addresses", () => {
  // One ENI, primary .10 and secondaries .11 and .12: the default format names .10 for all.
  const PRIMARY = "10.0.0.10";
  const ENI = { id: "eni-gw", privateIpAddresses: [PRIMARY, "10.0.0.11", "10.0.0.12"] };
  const OTHER = { id: "eni-gw2", privateIpAddresses: ["10.0.1.10", "10.0.1.11"] };
  const addresses = new Set([...ENI.privateIpAddresses, ...OTHER.privateIpAddresses]);
  const at = (c: AccessLogConnection, ip: string): AccessLogConnection => ({
    ...c,
    gateway: { ip, port: c.gateway!.port },
  });
  const targets = [target("rcfg-a", 5432), target("rcfg-b", 5432)];
  function joinEni(rows: FlowRow[], connections: AccessLogConnection[]) {
    return joinFlows({
      rows,
      connections,
      targets,
      gatewayAddresses: addresses,
      gatewayEnis: [ENI, OTHER],
    }).map((j) => ({
      direction: j.direction,
      cfg: j.configurationId,
      endpoint: j.connection?.vpcEndpointId,
      ambiguous: j.ambiguous?.map((c) => c.vpcEndpointId),
    }));
  }

  it("joins a default-format record (primary address) to the connection a secondary address made", () => {
    const rows = [out(60, 41000), back(60, 41000)];
    expect(joinEni(rows, [at(conn(60, 41000, "rcfg-a", "vpce-1"), "10.0.0.12")])).toEqual([
      { direction: "toResource", cfg: "rcfg-a", endpoint: "vpce-1", ambiguous: undefined },
      { direction: "fromResource", cfg: "rcfg-a", endpoint: "vpce-1", ambiguous: undefined },
    ]);
  });

  it("two addresses on one port and resource, different consumers: ambiguous, allocated to no one", () => {
    const conns = [
      at(conn(60, 41000, "rcfg-a", "vpce-1"), "10.0.0.11"),
      at(conn(62, 41000, "rcfg-a", "vpce-2"), "10.0.0.12"),
    ];
    expect(joinEni([out(60, 41000)], conns)).toEqual([
      { direction: "toResource", cfg: "rcfg-a", endpoint: undefined, ambiguous: ["vpce-1", "vpce-2"] },
    ]);
  });

  it("candidates of two configurations: ambiguous and of no configuration", () => {
    const conns = [
      at(conn(60, 41000, "rcfg-a", "vpce-1"), "10.0.0.11"),
      at(conn(60, 41000, "rcfg-b", "vpce-1"), "10.0.0.12"),
    ];
    expect(joinEni([out(60, 41000)], conns)[0]).toMatchObject({
      cfg: undefined,
      ambiguous: ["vpce-1", "vpce-1"],
    });
  });

  it("two addresses, the same consumer and configuration: not ambiguous, it is that consumer's", () => {
    const conns = [
      at(conn(60, 41000, "rcfg-a", "vpce-1"), "10.0.0.11"),
      at(conn(61, 41000, "rcfg-a", "vpce-1"), PRIMARY),
    ];
    expect(joinEni([out(60, 41000)], conns)[0]).toMatchObject({ endpoint: "vpce-1", ambiguous: undefined });
  });

  it("another ENI's address on the same port is no candidate", () => {
    const conns = [
      at(conn(60, 41000, "rcfg-a", "vpce-1"), "10.0.0.11"),
      at(conn(60, 41000, "rcfg-a", "vpce-2"), "10.0.1.11"),
    ];
    expect(joinEni([out(60, 41000)], conns)[0]).toMatchObject({ endpoint: "vpce-1", ambiguous: undefined });
  });

  it("per address only the latest connection counts, and only one begun within the horizon before the record", () => {
    const conns = [
      // Superseded on .11 by its later reuse of the port.
      at(conn(30, 41000, "rcfg-a", "vpce-old"), "10.0.0.11"),
      at(conn(50, 41000, "rcfg-a", "vpce-1"), "10.0.0.11"),
      // On .12, but over ten minutes before the record began: not a candidate.
      at(conn(2000 - CANDIDATE_HORIZON_MS / 1000 - 1, 41000, "rcfg-a", "vpce-2"), "10.0.0.12"),
    ];
    expect(joinEni([out(60, 41000)], conns.slice(0, 2))[0]).toMatchObject({ endpoint: "vpce-1" });
    // Unmatched: its configuration by the resource address learned from the log, no consumer.
    expect(joinEni([out(2000, 41000)], [conns[2]!])[0]).toEqual({
      direction: "toResource",
      cfg: "rcfg-a",
      endpoint: undefined,
      ambiguous: undefined,
    });
  });

  it("pkt-srcaddr/pkt-dstaddr join on the exact address: no ambiguity where the default format has it", () => {
    const conns = [
      at(conn(60, 41000, "rcfg-a", "vpce-1"), "10.0.0.11"),
      at(conn(62, 41000, "rcfg-a", "vpce-2"), "10.0.0.12"),
    ];
    const rows = [
      { ...out(60, 41000), pktSrcAddr: "10.0.0.12", pktDstAddr: RES },
      { ...back(60, 41000), pktSrcAddr: RES, pktDstAddr: "10.0.0.11" },
    ];
    expect(joinEni(rows, conns)).toEqual([
      { direction: "toResource", cfg: "rcfg-a", endpoint: "vpce-2", ambiguous: undefined },
      { direction: "fromResource", cfg: "rcfg-a", endpoint: "vpce-1", ambiguous: undefined },
    ]);
  });

  it("uses the record's interface id when the format carries it", () => {
    const row = { ...out(60, 41000), eniId: "eni-gw" };
    expect(joinEni([row], [at(conn(60, 41000, "rcfg-a", "vpce-1"), "10.0.0.11")])[0]).toMatchObject({
      endpoint: "vpce-1",
    });
  });
});
