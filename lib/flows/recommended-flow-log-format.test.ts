import { describe, expect, it } from "vitest";
import { DEFAULT_FLOW_LOG_FORMAT, parseFlowLogFormat } from "./flow-log-format";
import { missingRecommendedFields, RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT } from "./recommended-flow-log-format";

describe("RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT", () => {
  it("is the v2 default fields then pkt-srcaddr pkt-dstaddr tcp-flags flow-direction, in --log-format syntax", () => {
    expect(RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT).toBe(
      "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status} ${pkt-srcaddr} ${pkt-dstaddr} ${tcp-flags} ${flow-direction}",
    );
    expect(parseFlowLogFormat(RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT).missing).toEqual([]);
  });
});

describe("missingRecommendedFields", () => {
  it.each([
    [undefined, ["pkt-srcaddr", "pkt-dstaddr", "tcp-flags", "flow-direction"]],
    ["", ["pkt-srcaddr", "pkt-dstaddr", "tcp-flags", "flow-direction"]],
    [DEFAULT_FLOW_LOG_FORMAT, ["pkt-srcaddr", "pkt-dstaddr", "tcp-flags", "flow-direction"]],
    [RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT, []],
    [`${DEFAULT_FLOW_LOG_FORMAT} \${tcp-flags}`, ["pkt-srcaddr", "pkt-dstaddr", "flow-direction"]],
    [
      "${version} ${interface-id} ${pkt-srcaddr} ${pkt-dstaddr} ${srcport} ${dstport} ${bytes} ${start} ${end} ${action}",
      ["tcp-flags", "flow-direction"],
    ],
    ["not a format", ["pkt-srcaddr", "pkt-dstaddr", "tcp-flags", "flow-direction"]],
  ])("%s → %j", (format, missing) => {
    expect(missingRecommendedFields(format)).toEqual(missing);
  });
});
