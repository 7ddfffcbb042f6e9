import { describe, expect, it } from "vitest";
import { configuration, emptyInventory, endpoint, eni } from "@/lib/discovery/test-builders";
import { indexInventory } from "@/lib/findings/inventory-index";
import { PathInputError } from "./resolve-consumer";
import { canonicalAddress, resolveTarget } from "./resolve-target";

const inventory = emptyInventory({
  resourceConfigurations: [
    configuration("rcfg-ip4", { definition: { kind: "ip", ipAddress: "10.0.1.50" } }),
    configuration("rcfg-ip6", { definition: { kind: "ip", ipAddress: "2001:db8:0:0::50" } }),
    configuration("rcfg-dns", {
      definition: { kind: "dns", domainName: "db.internal.example.com", ipAddressType: "IPV4" },
      customDomainName: "orders.example.com",
    }),
    configuration("rcfg-arn", {
      type: "ARN",
      resourceEnis: [eni("eni-rds", { privateIpAddresses: ["10.0.2.9"], ipv6Addresses: ["2001:db8:1::9"] })],
    }),
    configuration("rcfg-twin-a", { definition: { kind: "ip", ipAddress: "10.9.9.9" } }),
    configuration("rcfg-twin-b", { definition: { kind: "ip", ipAddress: "10.9.9.9" } }),
  ],
  endpoints: [
    endpoint("vpce-r", {
      resourceConfigurationId: "rcfg-dns",
      dnsNames: ["vpce-r-snra-0.rcfg-dns.4232ccc.vpc-lattice-rsc.us-east-1.on.aws"],
    }),
    endpoint("vpce-sn", {
      type: "ServiceNetwork",
      dnsNames: ["vpce-sn.sn-1.vpc-lattice-svcs.us-east-1.on.aws"],
    }),
  ],
});
const index = indexInventory(inventory);

describe("resolveTarget", () => {
  it.each([
    ["rcfg-ip4", "rcfg-ip4", "configuration id"],
    [
      "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-dns",
      "rcfg-dns",
      "configuration id",
    ],
    ["10.0.1.50", "rcfg-ip4", "IP definition"],
    ["2001:DB8::50", "rcfg-ip6", "IP definition"],
    ["[2001:db8:0::50]", "rcfg-ip6", "IP definition"],
    ["10.0.2.9", "rcfg-arn", "the target ENI's address"],
    ["2001:db8:1:0:0:0:0:9", "rcfg-arn", "the target ENI's address"],
    ["DB.internal.example.com.", "rcfg-dns", "DNS definition"],
    ["orders.example.com", "rcfg-dns", "custom domain name"],
    [
      "vpce-r-snra-0.rcfg-dns.4232ccc.vpc-lattice-rsc.us-east-1.on.aws",
      "rcfg-dns",
      "DNS name of endpoint vpce-r",
    ],
  ])("%s → %s by %s", (input, id, how) => {
    const t = resolveTarget(index, input);
    expect([t.config.id, t.resolvedBy]).toEqual([id, how]);
  });

  it.each([
    ["", /target is required/],
    ["rcfg-absent", /No resource configuration rcfg-absent/],
    ["10.0.0.1", /No configuration in the inventory uses 10.0.0.1/],
    // A service-network endpoint's own name is not one configuration's name.
    ["vpce-sn.sn-1.vpc-lattice-svcs.us-east-1.on.aws", /No configuration/],
    ["10.9.9.9", /matches several configurations \(rcfg-twin-a, rcfg-twin-b\)/],
  ])("%j is refused: %s", (input, message) => {
    expect(() => resolveTarget(index, input)).toThrow(PathInputError);
    expect(() => resolveTarget(index, input)).toThrow(message);
  });

  it.each([
    ["2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["::ffff:10.0.0.1", "::ffff:a00:1"],
    ["10.0.0.1", "10.0.0.1"],
    ["Db.Example.com", "db.example.com"],
  ])("canonicalAddress(%s) = %s", (input, out) => {
    expect(canonicalAddress(input)).toBe(out);
  });
});
