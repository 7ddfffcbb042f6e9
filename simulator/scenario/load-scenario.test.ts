import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { smallScenario } from "../test-fixtures/small-scenario";
import { loadScenario, parseScenario, ScenarioError } from "./load-scenario";
import type { ScenarioInput } from "./schema";

const variant = (change: (s: ScenarioInput) => void): ScenarioInput => {
  const copy = structuredClone(smallScenario);
  change(copy);
  return copy;
};

const problemsOf = (input: unknown): string[] => {
  try {
    parseScenario(input);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  return [];
};

describe("parseScenario", () => {
  it("accepts the small fixture and fills defaults", () => {
    const s = parseScenario(smallScenario);
    expect(s.resourceGateways[0]?.status).toBe("ACTIVE");
    expect(s.faults).toEqual([]);
  });

  it("names the schema field that is wrong", () => {
    const problems = problemsOf(
      variant((s) => {
        s.resourceGateways![0]!.subnetIds = [];
      }),
    );
    expect(problems[0]).toMatch(/^resourceGateways\[0\]\.subnetIds: /);
    expect(() => parseScenario({ name: "x", accounts: [], regions: ["us-east-1"] })).toThrow(/accounts: /);
  });

  it("names a duplicate id at its index in its section", () => {
    const problems = problemsOf(
      variant((s) => {
        s.securityGroups!.push(structuredClone(s.securityGroups![0]!));
        s.accounts.push(structuredClone(s.accounts[0]!));
      }),
    );
    const sgAt = smallScenario.securityGroups!.length;
    expect(problems).toEqual(
      expect.arrayContaining([
        `securityGroups[${sgAt}].id: duplicate id ${smallScenario.securityGroups![0]!.id}`,
        `accounts[${smallScenario.accounts.length}].id: duplicate id ${smallScenario.accounts[0]!.id}`,
      ]),
    );
  });

  it("checks cross-references and names the field", () => {
    const problems = problemsOf(
      variant((s) => {
        s.resourceGateways![0]!.subnetIds = ["subnet-0aaa000000000000a", "subnet-missing"];
        s.resourceConfigurations![2]!.parentId = "rcfg-0aaa0000000000001";
        s.vpcEndpoints![0]!.resourceConfigurationId = "rcfg-00000000000000000";
        s.vpcEndpoints![1]!.subnetIds = ["subnet-0aaa000000000000a"];
        s.serviceNetworkVpcAssociations![0]!.serviceNetworkId = "sn-00000000000000000";
        s.securityGroups![0]!.account = "999999999999";
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        "resourceGateways[0].subnetIds[1]: unknown subnet subnet-missing",
        expect.stringMatching(/^resourceConfigurations\[2\]\.parentId: parent .* is not a GROUP or ARN/),
        "vpcEndpoints[0].resourceConfigurationId: unknown resource configuration rcfg-00000000000000000",
        expect.stringMatching(/^vpcEndpoints\[1\]\.subnetIds\[0\]: subnet .* is not in/),
        "serviceNetworkVpcAssociations[0].serviceNetworkId: unknown service network sn-00000000000000000",
        "securityGroups[0].account: unknown account 999999999999",
      ]),
    );
  });

  it("checks flow-log and access-log targets once the topology is sound", () => {
    const problems = problemsOf(
      variant((s) => {
        s.flowLogs![0]!.logGroupName = "/missing";
        s.flowLogs![1]!.resourceId = "eni-00000000000000000";
        s.accessLogSubscriptions![0]!.resourceId = "rcfg-00000000000000000";
      }),
    );
    expect(problems).toEqual([
      "flowLogs[0].logGroupName: no log group /missing in 111111111111/us-east-1",
      "flowLogs[1].resourceId: unknown VPC, subnet or ENI eni-00000000000000000",
      "accessLogSubscriptions[0].resourceId: unknown resource configuration, service network or service rcfg-00000000000000000",
    ]);
  });

  it("reports subnets too small for their derived ENIs", () => {
    const problems = problemsOf(
      variant((s) => {
        s.vpcs![0]!.subnets![0]!.cidr = "10.0.1.0/29";
        s.resourceGateways![0]!.ipv4AddressesPerEni = 16;
      }),
    );
    expect(problems[0]).toMatch(
      /^networkInterfaces: subnet subnet-0aaa000000000000a .* has no free addresses/,
    );
  });
});

describe("loadScenario", () => {
  const defaultFile = path.join(__dirname, "default.scenario.json");
  it.runIf(existsSync(defaultFile))("loads the default scenario", () => {
    expect(loadScenario(defaultFile).name).toBeTruthy();
  });

  it("names the file when it cannot be read", () => {
    expect(() => loadScenario("/nonexistent.json")).toThrow(/nonexistent\.json/);
  });
});
