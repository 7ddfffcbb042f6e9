import { describe, expect, it } from "vitest";
import { parseAccessLog, parseIpPort } from "./parse-access-log";

const record = {
  eventTimestamp: "2026-11-28T09:14:03.512Z",
  serviceNetworkArn: "arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0a1b2c3d4e5f60718",
  serviceNetworkResourceAssociationId: "snra-0a1b2c3d4e5f60718",
  vpcEndpointId: "vpce-0a1b2c3d4e5f60718",
  sourceVpcArn: "arn:aws:ec2:us-east-1:222222222222:vpc/vpc-0a1b2c3d4e5f60718",
  resourceConfigurationArn:
    "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0a1b2c3d4e5f60718",
  protocol: "tcp",
  sourceIpPort: "10.20.1.15:53244",
  destinationIpPort: "10.20.2.20:5432",
  gatewayIpPort: "10.10.0.45:41002",
  resourceIpPort: "10.10.5.10:5432",
};

describe("parseAccessLog", () => {
  it("reads a full record", () => {
    const r = parseAccessLog(JSON.stringify(record));
    expect(r).toEqual({
      ok: true,
      connection: expect.objectContaining({
        time: Date.parse("2026-11-28T09:14:03.512Z"),
        vpcEndpointId: "vpce-0a1b2c3d4e5f60718",
        gateway: { ip: "10.10.0.45", port: 41002 },
        resource: { ip: "10.10.5.10", port: 5432 },
      }),
    });
  });

  it("allows missing optional fields (pattern 1 has no service network) and ignores unknown ones", () => {
    const { serviceNetworkArn: _a, serviceNetworkResourceAssociationId: _b, ...rest } = record;
    const r = parseAccessLog(JSON.stringify({ ...rest, newField: 42 }));
    expect(r.ok && r.connection.serviceNetworkArn).toBeUndefined();
    expect(r.ok && r.connection.source).toEqual({ ip: "10.20.1.15", port: 53244 });
  });

  const bad = [
    { name: "not JSON", line: "START RequestId", reason: "not-json" },
    { name: "a JSON array", line: "[1,2]", reason: "not-json" },
    {
      name: "no timestamp",
      line: JSON.stringify({ ...record, eventTimestamp: "yesterday" }),
      reason: "no-timestamp",
    },
    {
      name: "no configuration",
      line: JSON.stringify({ ...record, resourceConfigurationArn: "" }),
      reason: "no-configuration",
    },
  ] as const;
  for (const c of bad) {
    it(`skips ${c.name}`, () => expect(parseAccessLog(c.line)).toEqual({ ok: false, reason: c.reason }));
  }
});

describe("parseIpPort", () => {
  const cases: [unknown, ReturnType<typeof parseIpPort>][] = [
    ["10.0.0.1:443", { ip: "10.0.0.1", port: 443 }],
    ["[2001:db8::1]:5432", { ip: "2001:db8::1", port: 5432 }],
    ["10.0.0.1", undefined],
    ["10.0.0.1:70000", undefined],
    [42, undefined],
  ];
  for (const [input, expected] of cases) {
    it(String(input), () => expect(parseIpPort(input)).toEqual(expected));
  }
});
