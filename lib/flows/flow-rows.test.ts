import { describe, expect, it } from "vitest";
import {
  convertRows,
  insightsTimestamp,
  toConnection,
  toEndpointRow,
  toFlowRow,
  toGatewayRow,
} from "./flow-rows";

const flow = {
  startTime: "1764331200",
  endTime: "1764331259",
  srcAddr: "10.0.0.10",
  srcPort: "41000",
  dstAddr: "10.0.5.50",
  dstPort: "5432",
  action: "ACCEPT",
  bytes: "3000",
  packets: "12",
  records: "1",
  tcpFlags: "3",
};

describe("Insights rows → typed rows", () => {
  it("a flow row, numbers parsed, flags kept", () => {
    expect(toFlowRow(flow)).toEqual({
      start: 1764331200,
      end: 1764331259,
      srcAddr: "10.0.0.10",
      srcPort: 41000,
      dstAddr: "10.0.5.50",
      dstPort: 5432,
      action: "ACCEPT",
      bytes: 3000,
      packets: 12,
      records: 1,
      tcpFlags: 3,
    });
  });

  it.each([
    ["no start", { ...flow, startTime: "" }],
    ["a '-' address", { ...flow, srcAddr: "-" }],
    ["a '-' port", { ...flow, dstPort: "-" }],
    ["no action", { ...flow, action: "-" }],
  ])("skips a row with %s", (_, r) => {
    expect(toFlowRow(r)).toBeUndefined();
  });

  it("SKIPDATA rows become markers with their ENI; OK rows flows", () => {
    expect(
      toGatewayRow({
        startTime: "60",
        logStatus: "SKIPDATA",
        records: "2",
        interfaceId: "eni-a",
        srcAddr: "-",
        action: "-",
      }),
    ).toEqual({
      skipData: true,
      start: 60,
      records: 2,
      eniId: "eni-a",
    });
    expect(toGatewayRow({ ...flow, logStatus: "OK" })).toMatchObject({ bytes: 3000 });
  });

  it("endpoint rows keep the destination; access-log rows read back through the tolerant parser", () => {
    expect(
      toEndpointRow({
        startTime: "60",
        interfaceId: "eni-e",
        action: "REJECT",
        dstAddr: "10.1.1.1",
        bytes: "40",
      }),
    ).toMatchObject({ eniId: "eni-e", action: "REJECT", dstAddr: "10.1.1.1", bytes: 40, records: 1 });
    const c = toConnection({
      "@timestamp": "2026-11-28 09:14:03.512",
      eventTimestamp: "2026-11-28T09:14:03.512Z",
      resourceConfigurationArn: "arn:rcfg",
      gatewayIpPort: "10.0.0.10:41002",
      resourceIpPort: "10.0.5.50:5432",
      vpcEndpointId: "vpce-1",
    });
    expect(c).toMatchObject({
      time: Date.parse("2026-11-28T09:14:03.512Z"),
      gateway: { ip: "10.0.0.10", port: 41002 },
      vpcEndpointId: "vpce-1",
    });
    expect(toConnection({ eventTimestamp: "garbage", resourceConfigurationArn: "x" })).toBeUndefined();
  });

  it("insightsTimestamp reads Logs Insights' UTC format", () => {
    expect(insightsTimestamp("2026-11-28 09:14:03.512")).toBe(Date.parse("2026-11-28T09:14:03.512Z"));
    expect(insightsTimestamp("nope")).toBeUndefined();
  });

  it("convertRows counts what it skips", () => {
    expect(convertRows([flow, { ...flow, action: "X" }], toFlowRow)).toMatchObject({
      skipped: 1,
      rows: [{ bytes: 3000 }],
    });
  });
});
