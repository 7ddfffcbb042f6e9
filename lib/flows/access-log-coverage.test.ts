import { describe, expect, it } from "vitest";
import { configuration } from "@/lib/discovery/test-builders";
import type { Association, Inventory, ServiceNetwork } from "@/lib/schemas/inventory";
import { accessLogCoverage, parseLogGroupArn } from "./access-log-coverage";
import { accessLogSource } from "./access-log-source";

const group = (name: string) => `arn:aws:logs:us-east-1:111111111111:log-group:${name}`;
const sn = (id: string, destinations: string[]): ServiceNetwork => ({
  id,
  arn: `arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/${id}`,
  accountId: "111111111111",
  region: "us-east-1",
  name: id,
  accessLogDestinations: destinations,
  tags: {},
});
const base = { accountId: "111111111111", region: "us-east-1", arn: "arn" };
const snra = (snId: string, cfg: string): Association => ({
  ...base,
  id: `snra-${cfg}`,
  kind: "sn-resource",
  serviceNetworkId: snId,
  resourceConfigurationId: cfg,
});
const rea = (cfg: string): Association => ({
  ...base,
  id: `rea-${cfg}`,
  kind: "resource-endpoint",
  resourceConfigurationId: cfg,
  vpcEndpointId: "vpce-1",
});

function inventory(over: Partial<Inventory>): Inventory {
  return {
    generatedAt: "",
    accounts: [],
    regions: [],
    gateways: [],
    resourceConfigurations: [],
    serviceNetworks: [],
    endpoints: [],
    associations: [],
    securityGroups: [],
    subnets: [],
    vpcs: [],
    flowLogs: [],
    networkAcls: [],
    routeTables: [],
    warnings: [],
    stats: { awsCalls: 0, durationMs: 0, cached: false },
    ...over,
  };
}

describe("accessLogCoverage", () => {
  it("its own subscription covers every path", () => {
    const c = configuration("rcfg-a", { accessLogDestinations: [group("/own")] });
    const cov = accessLogCoverage(
      inventory({ resourceConfigurations: [c], associations: [rea("rcfg-a")] }),
      c,
    );
    expect(cov).toMatchObject({
      complete: true,
      viaServiceNetworks: [],
      groups: [{ name: "/own", accountId: "111111111111" }],
    });
  });

  it("a CHILD inherits its GROUP parent's subscription", () => {
    const parent = configuration("rcfg-g", {
      type: "GROUP",
      accessLogDestinations: [group("/group")],
      childIds: ["rcfg-c"],
    });
    const child = configuration("rcfg-c", { type: "CHILD", parentId: "rcfg-g" });
    const cov = accessLogCoverage(inventory({ resourceConfigurations: [parent, child] }), child);
    expect(cov.groups.map((g) => g.name)).toEqual(["/group"]);
    expect(cov.complete).toBe(true);
  });

  it("a service network's subscription covers only paths through it: partial with Resource endpoints", () => {
    const c = configuration("rcfg-a");
    const inv = inventory({
      resourceConfigurations: [c],
      serviceNetworks: [sn("sn-1", [group("/sn")])],
      associations: [snra("sn-1", "rcfg-a"), rea("rcfg-a")],
    });
    expect(accessLogCoverage(inv, c)).toMatchObject({ complete: false, viaServiceNetworks: ["sn-1"] });
    const onlySn = inventory({ ...inv, associations: [snra("sn-1", "rcfg-a")] });
    expect(accessLogCoverage(onlySn, c).complete).toBe(true);
  });

  it("S3 and Firehose destinations are named but cannot be queried; duplicates collapse", () => {
    const c = configuration("rcfg-a", {
      accessLogDestinations: ["arn:aws:s3:::bucket", group("/own"), `${group("/own")}:*`],
    });
    const cov = accessLogCoverage(inventory({ resourceConfigurations: [c] }), c);
    expect(cov.unreadable).toEqual(["arn:aws:s3:::bucket"]);
    expect(cov.groups.map((g) => g.name)).toEqual(["/own"]);
  });

  it("parseLogGroupArn", () => {
    expect(parseLogGroupArn("arn:aws:logs:eu-west-1:222222222222:log-group:/a/b:*")).toEqual({
      region: "eu-west-1",
      accountId: "222222222222",
      name: "/a/b",
    });
    expect(parseLogGroupArn("arn:aws:firehose:us-east-1:1:deliverystream/x")).toBeUndefined();
  });
});

describe("access-log subscription types and destinations (aws-facts §0.1.2)", () => {
  const typed = (id: string, subs: Array<[string, "SERVICE" | "RESOURCE"]>): ServiceNetwork => ({
    ...sn(
      id,
      subs.map(([d]) => d),
    ),
    accessLogSubscriptions: subs.map(([destinationArn, serviceNetworkLogType], i) => ({
      id: `als-${i}`,
      destinationArn,
      serviceNetworkLogType,
    })),
  });

  it("a SERVICE-type network subscription is no resource access-log coverage, and is named as such", () => {
    const c = configuration("rcfg-a");
    const inv = inventory({
      resourceConfigurations: [c],
      serviceNetworks: [typed("sn-1", [[group("/svc"), "SERVICE"]])],
      associations: [snra("sn-1", "rcfg-a")],
    });
    const cov = accessLogCoverage(inv, c);
    expect(cov).toMatchObject({
      groups: [],
      complete: false,
      viaServiceNetworks: [],
      serviceOnlyNetworks: ["sn-1"],
    });
    const source = accessLogSource([cov], []);
    expect(source).toMatchObject({
      status: "missing",
      statusLabel: "service access logs: no resource connections",
    });
    expect(source.detail).toContain("--service-network-log-type RESOURCE");
    expect(source.detail).toContain("--resource-identifier sn-1");
  });

  it("a RESOURCE-type one beside it is coverage; the SERVICE one is still mentioned", () => {
    const c = configuration("rcfg-a");
    const inv = inventory({
      resourceConfigurations: [c],
      serviceNetworks: [
        typed("sn-1", [
          [group("/svc"), "SERVICE"],
          [group("/res"), "RESOURCE"],
        ]),
        typed("sn-2", [[group("/svc2"), "SERVICE"]]),
      ],
      associations: [snra("sn-1", "rcfg-a"), snra("sn-2", "rcfg-a")],
    });
    const cov = accessLogCoverage(inv, c);
    expect(cov.groups.map((g) => g.name)).toEqual(["/res"]);
    expect([cov.complete, cov.viaServiceNetworks, cov.serviceOnlyNetworks]).toEqual([
      true,
      ["sn-1"],
      ["sn-2"],
    ]);
    const source = accessLogSource([cov], []);
    expect(source.status).toBe("available");
  });

  it("S3 and Firehose destinations say where the records went, not 'missing'", () => {
    const c = configuration("rcfg-a", {
      accessLogDestinations: [
        "arn:aws:s3:::bucket/prefix",
        "arn:aws:firehose:us-east-1:111111111111:deliverystream/lattice",
      ],
    });
    const cov = accessLogCoverage(inventory({ resourceConfigurations: [c] }), c);
    expect(cov.delivered.map((d) => d.kind)).toEqual(["s3", "firehose"]);
    const source = accessLogSource([cov], []);
    expect(source.statusLabel).toBe("delivered to S3/Firehose");
    expect(source.detail).toContain("arn:aws:s3:::bucket/prefix");
  });

  it("without types (an older inventory) a network's destinations count as before", () => {
    const c = configuration("rcfg-a");
    const inv = inventory({
      resourceConfigurations: [c],
      serviceNetworks: [sn("sn-1", [group("/sn")])],
      associations: [snra("sn-1", "rcfg-a")],
    });
    expect(accessLogCoverage(inv, c).viaServiceNetworks).toEqual(["sn-1"]);
  });
});
