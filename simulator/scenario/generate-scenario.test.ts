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

  it("is deterministic", () => {
    expect(JSON.stringify(generateScenario(300))).toBe(JSON.stringify(generateScenario(300)));
  });
});
