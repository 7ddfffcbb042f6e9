import { describe, expect, it } from "vitest";
import { type FlowRecord, parseFlowLogFormat, renderFlowRecord } from "./flow-log-format";

const V5 =
  "${version} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${start} ${end} ${type} ${packets} ${bytes} ${account-id} ${vpc-id} ${subnet-id} ${instance-id} ${interface-id} ${region} ${az-id} ${sublocation-type} ${sublocation-id} ${action} ${tcp-flags} ${pkt-srcaddr} ${pkt-dstaddr} ${pkt-src-aws-service} ${pkt-dst-aws-service} ${traffic-path} ${flow-direction} ${log-status}";

const record: FlowRecord = {
  accountId: "123456789012",
  interfaceId: "eni-1235b8ca123456789",
  vpcId: "vpc-abcdefab012345678",
  subnetId: "subnet-aaaaaaaa012345678",
  region: "us-east-1",
  azId: "use1-az1",
  start: 1616729292,
  end: 1616729349,
  logStatus: "OK",
  srcaddr: "10.0.0.71",
  dstaddr: "10.0.1.5",
  srcport: 34210,
  dstport: 5432,
  packets: 7,
  bytes: 471,
  action: "ACCEPT",
  tcpFlags: 3,
  direction: "egress",
  trafficPath: 1,
};

describe("flow-log formats", () => {
  it("renders the default v2 format", () => {
    const f = parseFlowLogFormat(undefined);
    expect(f.version).toBe(2);
    expect(renderFlowRecord(record, f)).toBe(
      "2 123456789012 eni-1235b8ca123456789 10.0.0.71 10.0.1.5 34210 5432 6 7 471 1616729292 1616729349 ACCEPT OK",
    );
    expect(
      renderFlowRecord(
        {
          ...record,
          logStatus: "NODATA",
          srcaddr: undefined,
          dstaddr: undefined,
          srcport: undefined,
          dstport: undefined,
          packets: undefined,
          bytes: undefined,
          action: undefined,
        },
        f,
      ),
    ).toBe("2 123456789012 eni-1235b8ca123456789 - - - - - - - 1616729292 1616729349 - NODATA");
  });

  it("renders a custom v5 format in the AWS example's field order", () => {
    const f = parseFlowLogFormat(V5);
    expect(f.version).toBe(5);
    expect(renderFlowRecord(record, f)).toBe(
      "5 10.0.0.71 10.0.1.5 34210 5432 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 - eni-1235b8ca123456789 us-east-1 use1-az1 - - ACCEPT 3 10.0.0.71 10.0.1.5 - - 1 egress OK",
    );
    expect(parseFlowLogFormat("${version} ${vpc-id} ${interface-id}").version).toBe(3);
    // traffic-path is egress-only.
    expect(renderFlowRecord({ ...record, direction: "ingress" }, f).split(" ")[26]).toBe("-");
  });
});
