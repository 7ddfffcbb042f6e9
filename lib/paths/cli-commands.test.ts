/**
 * Every fix command names a real operation and real input members, checked against the SDK's own
 * request schemas (generated from the same models as botocore's; the reference botocore models
 * agree for every operation used here).
 */
import * as ec2 from "@aws-sdk/client-ec2";
import * as vpcLattice from "@aws-sdk/client-vpc-lattice";
import { describe, expect, it } from "vitest";
import * as cli from "./cli-commands";

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
/** CLI-only flags every command takes, and the CLI's boolean spellings. */
const global = new Set(["region"]);
const booleanAlias: Record<string, string> = { ingress: "egress", egress: "egress" };

/** The SDK's request schema: [kind, namespace, name, traits, memberNames, memberSchemas]. */
function membersOf(service: string, op: string): string[] {
  const sdk = (service === "ec2" ? ec2 : vpcLattice) as unknown as Record<string, unknown[] | undefined>;
  const schema = sdk[`${op}Request$`];
  expect(schema, `${service} ${op}`).toBeDefined();
  return ((schema?.[4] as string[] | undefined) ?? []).map((m) => m.toLowerCase());
}

const samples = [
  cli.authorizeIngressFromCidr("us-east-1", "sg-1", [[5432, 5432]], "10.0.0.0/16"),
  cli.authorizeIngressFromGroup("us-east-1", "sg-1", [[443, 443]], "sg-2"),
  cli.authorizeEgressToCidr("us-east-1", "sg-1", [[8080, 8080]], "10.0.0.5/32"),
  cli.createAclEntry("us-east-1", "acl-1", false, 110, [1024, 65535], "10.0.3.10/32"),
  cli.createAclEntry("us-east-1", "acl-1", true, 120, [5432, 5432], "10.0.3.10/32"),
  cli.createRoute("us-east-1", "rtb-1", "172.16.20.10/32", { kind: "transit-gateway", id: "tgw-1" }),
  cli.createRoute("us-east-1", "rtb-1", "172.16.20.10/32", { kind: "peering", id: "pcx-1" }),
  cli.addEndpointSubnets("us-east-1", "vpce-1", ["subnet-1"]),
  cli.enableEndpointPrivateDns("us-east-1", "vpce-1"),
  cli.createResourceEndpoint(
    "us-east-1",
    "vpc-1",
    "arn:aws:vpc-lattice:us-east-1:1:resourceconfiguration/rcfg-1",
    ["subnet-1"],
  ),
  cli.associateWithServiceNetwork("us-east-1", "rcfg-1", "sn-1"),
  cli.setVpcAssociationGroups("us-east-1", "snva-1", ["sg-1"]),
  cli.updateGatewayGroups("us-east-1", "rgw-1", ["sg-1"]),
];

describe("fix commands", () => {
  it.each(samples)("%s", (command) => {
    const [aws, service, op, ...rest] = command.split(" ");
    expect(aws).toBe("aws");
    const members = membersOf(service!, pascal(op!));
    for (const token of rest.filter((t) => t.startsWith("--"))) {
      const flag = token.slice(2);
      if (global.has(flag)) continue;
      const member = booleanAlias[flag] ?? flag;
      const name = service === "ec2" ? pascal(member) : camel(member);
      expect(members, `${op} --${flag}`).toContain(name.toLowerCase());
    }
    expect(command).not.toMatch(/undefined|\[object/);
  });
});
