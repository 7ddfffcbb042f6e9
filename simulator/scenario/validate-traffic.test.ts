import { describe, expect, it } from "vitest";
import { ids, PROVIDER, smallScenario } from "../test-fixtures/small-scenario";
import { parseScenario, ScenarioError } from "./load-scenario";
import type { ScenarioInput } from "./schema";

const withTraffic = (traffic: unknown[], monitors: unknown[] = []): string[] => {
  const copy = structuredClone(smallScenario) as ScenarioInput & Record<string, unknown>;
  copy.traffic = traffic as ScenarioInput["traffic"];
  copy.networkFlowMonitors = monitors as ScenarioInput["networkFlowMonitors"];
  try {
    parseScenario(copy);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  return [];
};

const path = (over: Record<string, unknown>) => ({
  resourceConfigurationId: ids.single,
  consumer: { endpointId: ids.resourceEndpoint },
  connectionsPerMinute: 1,
  bytesPerConnection: { toResource: 100, fromResource: 1000 },
  ...over,
});

describe("traffic section validation", () => {
  it("accepts a path a Resource endpoint really reaches, with defaults filled", () => {
    expect(withTraffic([path({})])).toEqual([]);
    const s = parseScenario({ ...structuredClone(smallScenario), traffic: [path({})] });
    expect(s.traffic[0]).toMatchObject({ diurnalAmplitude: 0.5, noise: 0.3, incidents: [] });
  });

  it("names the field: unknown configuration, parent without address, unreachable consumer, bad incident", () => {
    expect(withTraffic([path({ resourceConfigurationId: "rcfg-nope" })])).toEqual([
      "traffic[0].resourceConfigurationId: unknown resource configuration rcfg-nope",
    ]);
    expect(withTraffic([path({ resourceConfigurationId: ids.group })])[0]).toMatch(
      /^traffic\[0\]\.resourceConfigurationId: .* is a GROUP: name one of its CHILD configurations$/,
    );
    expect(withTraffic([path({ consumer: { endpointId: ids.interfaceEndpoint } })])[0]).toMatch(
      /^traffic\[0\]\.consumer\.endpointId: .* Interface endpoint/,
    );
    expect(withTraffic([path({ consumer: { endpointId: "vpce-00000000000000000" } })])[0]).toMatch(
      /^traffic\[0\]\.consumer\.endpointId: unknown VPC endpoint/,
    );
    expect(withTraffic([path({ consumer: { vpcId: "vpc-nope", serviceNetworkId: "sn-x" } })])[0]).toMatch(
      /^traffic\[0\]\.consumer\.vpcId: unknown VPC vpc-nope/,
    );
    expect(
      withTraffic([path({ incidents: [{ kind: "spike", startMinutesAgo: 10, durationMinutes: 5 }] })])[0],
    ).toMatch(/^traffic\.0\.incidents\.0\.multiplier|^traffic\[0\]\.incidents\[0\]\.multiplier/);
  });

  it("checks monitors' local resources and accounts", () => {
    const monitor = {
      name: "m",
      account: PROVIDER,
      region: "us-east-1",
      localResources: [{ type: "AWS::EC2::VPC", identifier: "vpc-nope" }],
      createdAt: "2026-01-01T00:00:00Z",
    };
    expect(withTraffic([], [monitor])).toEqual([
      "networkFlowMonitors[0].localResources[0].identifier: unknown AWS::EC2::VPC vpc-nope",
    ]);
  });
});
