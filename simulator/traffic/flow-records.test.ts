import { describe, expect, it } from "vitest";
import type { SimEni } from "../state/sim-eni";
import type { Connection } from "./connections";
import { parseFlowLogFormat, renderFlowRecord } from "./flow-log-format";
import { connectionRecords } from "./flow-records";
import type { ResolvedPath } from "./resolve-paths";

const eni: SimEni = {
  id: "eni-0a1b2c3d4e5f60718",
  account: "111111111111",
  region: "us-east-1",
  vpcId: "vpc-1",
  subnetId: "subnet-1",
  availabilityZone: "us-east-1a",
  availabilityZoneId: "use1-az1",
  privateIpAddresses: ["10.0.1.4", "10.0.1.5", "10.0.1.6"],
  securityGroupIds: [],
  description: "VPC Lattice resource gateway rgw-1",
  interfaceType: "interface",
  requesterManaged: true,
  tags: {},
};
const connection = (gatewayIp: string, rejected = false): Connection => ({
  path: {} as ResolvedPath,
  startMs: 1_764_331_200_000,
  durationSeconds: 5,
  clientIp: "10.9.0.200",
  clientPort: 40000,
  endpointIp: "10.9.0.5",
  gatewayEni: eni,
  gatewayIp,
  gatewayPort: 33002,
  resourceIp: "10.0.5.50",
  resourcePort: 5432,
  bytesToResource: rejected ? 0 : 3000,
  bytesFromResource: rejected ? 0 : 48000,
  rejected,
  unroutable: false,
});
const V3 = parseFlowLogFormat(
  "${interface-id} ${srcaddr} ${dstaddr} ${pkt-srcaddr} ${pkt-dstaddr} ${srcport} ${dstport} ${action} ${flow-direction}",
);
const DEFAULT = parseFlowLogFormat(undefined);

describe("gateway-ENI flow records (aws-facts §0.1.1)", () => {
  it("name the primary address in srcaddr (egress) and dstaddr (ingress); pkt-* carry the address used", () => {
    const lines = connectionRecords(connection("10.0.1.6"), eni, () => true).map((r) =>
      renderFlowRecord(r, V3),
    );
    expect(lines).toEqual([
      "eni-0a1b2c3d4e5f60718 10.0.1.4 10.0.5.50 10.0.1.6 10.0.5.50 33002 5432 ACCEPT egress",
      "eni-0a1b2c3d4e5f60718 10.0.5.50 10.0.1.4 10.0.5.50 10.0.1.6 5432 33002 ACCEPT ingress",
    ]);
  });

  it("the default format shows only the primary, also for a rejected SYN", () => {
    const [reject] = connectionRecords(connection("10.0.1.5", true), eni, () => true);
    expect(renderFlowRecord(reject!, DEFAULT).split(" ").slice(3, 5)).toEqual(["10.0.1.4", "10.0.5.50"]);
    expect(renderFlowRecord(reject!, V3).split(" ")[3]).toBe("10.0.1.5");
  });

  it("a connection on the primary address prints the same address in both", () => {
    const [out] = connectionRecords(connection("10.0.1.4"), eni, () => true);
    expect(renderFlowRecord(out!, V3).split(" ").slice(1, 4)).toEqual(["10.0.1.4", "10.0.5.50", "10.0.1.4"]);
  });
});
