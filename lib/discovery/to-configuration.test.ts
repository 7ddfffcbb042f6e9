import { describe, expect, it } from "vitest";
import { toConfiguration, toDefinition } from "./to-configuration";

const ARN = "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0a27e0f02a6ca6b0c";
const seen = { accountId: "222222222222", region: "us-east-1" };

describe("toDefinition", () => {
  it.each([
    [{ ipResource: { ipAddress: "10.0.0.5" } }, { kind: "ip", ipAddress: "10.0.0.5" }],
    [
      { dnsResource: { domainName: "db.example.com", ipAddressType: "IPV4" as const } },
      { kind: "dns", domainName: "db.example.com", ipAddressType: "IPV4" },
    ],
    [
      { arnResource: { arn: "arn:aws:rds:us-east-1:1:cluster:c" } },
      { kind: "arn", arn: "arn:aws:rds:us-east-1:1:cluster:c" },
    ],
    [undefined, undefined],
    [{}, undefined],
  ])("%j → %j", (raw, expected) => {
    expect(toDefinition(raw as never)).toEqual(expected);
  });
});

describe("toConfiguration", () => {
  const summary = {
    id: "rcfg-0a27e0f02a6ca6b0c",
    arn: ARN,
    name: "orders-postgres",
    type: "SINGLE" as const,
    status: "ACTIVE" as const,
    resourceGatewayId: "rgw-1",
    createdAt: new Date("2026-03-02T09:15:00Z"),
  };

  it("takes ports, definition and failure from the Get response", () => {
    const c = toConfiguration(
      {
        summary,
        detail: {
          ...summary,
          status: "CREATE_FAILED",
          portRanges: ["5432"],
          protocol: "TCP",
          failureReason: "boom",
          resourceConfigurationDefinition: { ipResource: { ipAddress: "10.10.1.50" } },
        },
        accessLogDestinations: ["arn:aws:logs:us-east-1:111111111111:log-group:/x"],
        tags: { app: "orders" },
      },
      seen,
    );
    expect(c).toEqual({
      id: summary.id,
      arn: ARN,
      accountId: "111111111111",
      region: "us-east-1",
      name: "orders-postgres",
      type: "SINGLE",
      status: "CREATE_FAILED",
      gatewayId: "rgw-1",
      parentId: undefined,
      childIds: [],
      portRanges: ["5432"],
      protocol: "TCP",
      definition: { kind: "ip", ipAddress: "10.10.1.50" },
      customDomainName: undefined,
      amazonManaged: false,
      failureReason: "boom",
      createdAt: "2026-03-02T09:15:00.000Z",
      accessLogDestinations: ["arn:aws:logs:us-east-1:111111111111:log-group:/x"],
      tags: { app: "orders" },
    });
  });

  it("works from the summary alone (a configuration shared with this account)", () => {
    const c = toConfiguration(
      {
        summary: {
          ...summary,
          type: "CHILD",
          resourceGatewayId: undefined,
          resourceConfigurationGroupId: "rcfg-p",
        },
        accessLogDestinations: [],
        tags: {},
      },
      seen,
    );
    expect(c).toMatchObject({ accountId: "111111111111", type: "CHILD", parentId: "rcfg-p", portRanges: [] });
    expect(c.gatewayId).toBeUndefined();
    expect(c.definition).toBeUndefined();
  });
});
