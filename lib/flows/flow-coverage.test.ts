import { describe, expect, it } from "vitest";
import type { FlowLog, NetworkInterface } from "@/lib/schemas/inventory";
import { coverEnis, flowLogFor, versionOf } from "./flow-coverage";
import { DEFAULT_FLOW_LOG_FORMAT } from "./flow-log-format";

const P = "111111111111";
const eni: NetworkInterface = {
  id: "eni-a",
  subnetId: "subnet-a",
  vpcId: "vpc-a",
  availabilityZone: "us-east-1a",
  privateIpAddresses: ["10.0.0.5"],
  securityGroupIds: [],
};
const log = (id: string, resourceId: string, over: Partial<FlowLog> = {}): FlowLog => ({
  id,
  accountId: P,
  region: "us-east-1",
  resourceId,
  logGroupName: `/flow/${id}`,
  destinationType: "cloud-watch-logs",
  trafficType: "ALL",
  ...over,
});
const V5 =
  "${version} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${start} ${end} ${packets} ${bytes} ${action} ${tcp-flags} ${flow-direction} ${log-status} ${interface-id}";

describe("flowLogFor: the most specific flow log wins", () => {
  it.each([
    [
      "ENI over subnet and VPC",
      [log("fl-vpc", "vpc-a"), log("fl-sub", "subnet-a"), log("fl-eni", "eni-a")],
      "fl-eni",
    ],
    ["subnet over VPC", [log("fl-vpc", "vpc-a"), log("fl-sub", "subnet-a")], "fl-sub"],
    ["the VPC's when nothing closer", [log("fl-vpc", "vpc-a"), log("fl-other", "subnet-b")], "fl-vpc"],
    [
      "ALL over REJECT-only at the same level",
      [log("fl-rej", "vpc-a", { trafficType: "REJECT" }), log("fl-all", "vpc-a")],
      "fl-all",
    ],
    ["not one in another account", [log("fl-x", "vpc-a", { accountId: "222222222222" })], undefined],
    ["not one in another region", [log("fl-x", "vpc-a", { region: "eu-west-1" })], undefined],
    [
      "not one delivered to S3",
      [log("fl-s3", "eni-a", { destinationType: "s3", logGroupName: undefined })],
      undefined,
    ],
    ["nothing at all", [], undefined],
  ])("%s", (_, logs, expected) => {
    expect(flowLogFor(eni, P, "us-east-1", logs)?.id).toBe(expected);
  });
});

describe("coverEnis: format, version, interval, missing fields", () => {
  it.each([
    ["default format", undefined, { format: "default", version: 2 }],
    ["the default written out", DEFAULT_FLOW_LOG_FORMAT, { format: "default", version: 2 }],
    ["custom v5", V5, { format: "custom", version: 5 }],
    [
      "custom v3 (tcp-flags)",
      "${srcaddr} ${dstaddr} ${srcport} ${dstport} ${bytes} ${start} ${end} ${action} ${tcp-flags}",
      { format: "custom", version: 3 },
    ],
  ])("%s", (_, logFormat, expected) => {
    const [c] = coverEnis([eni], P, "us-east-1", [
      log("fl-1", "vpc-a", { logFormat, maxAggregationInterval: 60 }),
    ]);
    expect(c?.coverage).toMatchObject({
      eniId: "eni-a",
      flowLogId: "fl-1",
      logGroupName: "/flow/fl-1",
      intervalSeconds: 60,
      ...expected,
    });
    expect(c?.coverage.missingFields).toBeUndefined();
  });

  it("names the fields a format lacks for the join", () => {
    const [c] = coverEnis([eni], P, "us-east-1", [
      log("fl-1", "vpc-a", { logFormat: "${version} ${srcaddr} ${dstaddr} ${bytes}" }),
    ]);
    expect(c?.coverage.missingFields).toEqual(["srcport", "dstport", "start", "end", "action"]);
  });

  it("an uncovered ENI has only its id; the interval defaults to 600 s", () => {
    expect(coverEnis([eni], P, "us-east-1", [])[0]?.coverage).toEqual({ eniId: "eni-a" });
    expect(coverEnis([eni], P, "us-east-1", [log("fl-1", "vpc-a")])[0]?.coverage.intervalSeconds).toBe(600);
  });

  it("versionOf: the highest version among the fields", () => {
    expect(versionOf(["srcaddr", "bytes"])).toBe(2);
    expect(versionOf(["srcaddr", "pkt-srcaddr"])).toBe(3);
    expect(versionOf(["az-id"])).toBe(4);
    expect(versionOf(["flow-direction", "tcp-flags"])).toBe(5);
  });
});
