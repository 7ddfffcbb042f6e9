import { describe, expect, it } from "vitest";
import { findingsByResource, findingsForResource, worstSeverity } from "./findings-for-resource";
import { findingsResponse } from "./findings-response";
import { A, B, inventoryWith, region, sgOf, sgRule } from "./test-builders";

const faulty = () =>
  inventoryWith((inv) => {
    inv.endpoints[0]!.state = "rejected";
    sgOf(inv, "sg-gw").ingress.push(sgRule({ fromPort: 22, toPort: 22, cidrs: ["10.0.0.0/8"] }));
    inv.warnings.push({
      accountId: B,
      region: "eu-west-1",
      service: "ec2",
      operation: "DescribeVpcEndpoints",
      code: "aws_throttled",
      message: "slow down",
    });
  });

describe("findingsResponse", () => {
  it("filters findings by any resource's account and keeps all rules", () => {
    const all = findingsResponse(faulty(), {}, { now: new Date("2026-11-28T13:00:00Z") });
    const provider = findingsResponse(faulty(), { account: [A] });
    expect(all.findings.map((f) => f.rule).sort()).toEqual([
      "failed-states",
      "failed-states",
      "gateway-sg-inbound",
    ]);
    expect(provider.findings.map((f) => f.rule)).toEqual(["gateway-sg-inbound"]);
    expect(provider.rules).toHaveLength(all.rules.length);
    expect(provider.rules.find((r) => r.id === "failed-states")?.failing).toBe(0);
    expect(all.rules.find((r) => r.id === "failed-states")).toMatchObject({ failing: 1, unknown: 1 });
    expect(all.generatedAt).toBe("2026-11-28T13:00:00.000Z");
  });

  it("lists the warnings of sources outside the inventory (alarms) beside its own, narrowed alike", () => {
    const alarmsDenied = {
      accountId: A,
      region,
      service: "cloudwatch",
      operation: "DescribeAlarms",
      code: "aws_access_denied",
      message: "CloudWatch alarms in A could not be read",
    };
    const all = findingsResponse(faulty(), {}, { extraWarnings: [alarmsDenied] });
    expect(all.warnings.map((w) => w.operation)).toEqual(["DescribeVpcEndpoints", "DescribeAlarms"]);
    expect(
      findingsResponse(faulty(), { account: [B] }, { extraWarnings: [alarmsDenied] }).warnings,
    ).toHaveLength(1);
  });

  it("filters by severity and region, and narrows warnings", () => {
    const r = findingsResponse(faulty(), { severity: ["info"], region: [region] });
    expect(r.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(r.warnings).toEqual([]);
  });
});

describe("findingsForResource / worstSeverity", () => {
  it("picks a resource's findings and their worst failing severity", () => {
    const { findings } = findingsResponse(faulty(), {});
    expect(worstSeverity(findingsForResource(findings, "rgw-clean"))).toBe("info");
    expect(worstSeverity(findingsForResource(findings, "vpce-res"))).toBe("critical");
    expect(worstSeverity(findingsForResource(findings, "nothing"))).toBeUndefined();
    expect(findingsByResource(findings).get("vpce-res")).toEqual(findingsForResource(findings, "vpce-res"));
  });
});
