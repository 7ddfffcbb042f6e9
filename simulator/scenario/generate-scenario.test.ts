import { describe, expect, it } from "vitest";
import { buildState } from "../state/sim-state";
import { generateScenario } from "./generate-scenario";
import { parseScenario } from "./load-scenario";

describe("generateScenario", () => {
  it.each([1, 45, 2000])("produces a valid estate of exactly %i configurations", (n) => {
    const s = parseScenario(generateScenario(n));
    expect(s.resourceConfigurations).toHaveLength(n);
    expect(s.resourceGateways).toHaveLength(Math.ceil(n / 20));
    expect(buildState(s).enis.length).toBeGreaterThan(0);
  });

  it("scales gateways, networks, accounts and endpoints with N", () => {
    const s = parseScenario(generateScenario(2000));
    expect(s.resourceGateways).toHaveLength(100);
    expect(s.serviceNetworks).toHaveLength(20);
    expect(s.accounts).toHaveLength(30);
    expect(s.vpcEndpoints.length).toBeGreaterThan(400);
    expect(new Set(s.resourceConfigurations.map((c) => c.type))).toEqual(
      new Set(["GROUP", "CHILD", "SINGLE", "ARN"]),
    );
  });

  it("puts every flow log in S3 with a Glue table and workgroup per account and region on --flow-logs s3", () => {
    const s = parseScenario(generateScenario(400, { flowLogs: "s3" }));
    expect(s.flowLogs.length).toBeGreaterThan(0);
    expect(s.flowLogs.every((f) => f.logDestinationType === "s3" && f.logGroupName === undefined)).toBe(true);
    expect(s.flowLogs.every((f) => f.destinationOptions?.fileFormat === "parquet")).toBe(true);
    const owners = new Set(s.flowLogs.map((f) => `${f.account}/${f.region}`));
    expect(new Set(s.glueTables.map((t) => `${t.account}/${t.region}`))).toEqual(owners);
    expect(new Set(s.athenaWorkGroups.map((w) => `${w.account}/${w.region}`))).toEqual(owners);
    for (const f of s.flowLogs) {
      const table = s.glueTables.find((t) => t.account === f.account && t.region === f.region);
      expect(table?.location).toBe(`${(f.logDestination ?? "").replace("arn:aws:s3:::", "s3://")}/AWSLogs/`);
    }
    // The default stays CloudWatch Logs.
    expect(parseScenario(generateScenario(400)).flowLogs.every((f) => f.logGroupName !== undefined)).toBe(
      true,
    );
  });

  it("is deterministic", () => {
    expect(JSON.stringify(generateScenario(300))).toBe(JSON.stringify(generateScenario(300)));
  });
});
