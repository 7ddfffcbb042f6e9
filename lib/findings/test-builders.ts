/**
 * Small inventory builders for the rule tables. `cleanInventory()` is one healthy path in every pattern:
 * provider account A (gateway in two AZs, tight egress, RDS-like ENI admitting the gateway SG),
 * consumer account B (a Resource endpoint and a ServiceNetwork endpoint in the same two AZ ids),
 * flow logs on both VPCs, access logs on the configuration. Tests mutate a fresh copy.
 */
import type {
  Endpoint,
  Gateway,
  Inventory,
  NetworkInterface,
  ResourceConfiguration,
  SecurityGroup,
  SecurityGroupRule,
} from "@/lib/schemas/inventory";
import type { Finding } from "./finding";

export const A = "111111111111";
export const B = "222222222222";
export const region = "us-east-1";

export function sgRule(partial: Partial<SecurityGroupRule> = {}): SecurityGroupRule {
  return { protocol: "tcp", cidrs: [], ipv6Cidrs: [], securityGroupIds: [], prefixListIds: [], ...partial };
}

export function securityGroup(id: string, partial: Partial<SecurityGroup> = {}): SecurityGroup {
  return { id, accountId: A, region, vpcId: "vpc-prov", name: id, ingress: [], egress: [], ...partial };
}

export function eni(id: string, partial: Partial<NetworkInterface> = {}): NetworkInterface {
  return {
    id,
    subnetId: "subnet-pa",
    vpcId: "vpc-prov",
    availabilityZone: "us-east-1a",
    availabilityZoneId: "use1-az1",
    privateIpAddresses: [],
    securityGroupIds: [],
    ...partial,
  };
}

export function gateway(partial: Partial<Gateway> = {}): Gateway {
  return {
    id: "rgw-clean",
    arn: "arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-clean",
    accountId: A,
    region,
    name: "db-gateway",
    status: "ACTIVE",
    vpcId: "vpc-prov",
    subnetIds: ["subnet-pa", "subnet-pb"],
    securityGroupIds: ["sg-gw"],
    availabilityZones: ["us-east-1a", "us-east-1b"],
    enis: [
      eni("eni-gw-a", { privateIpAddresses: ["10.0.0.10"], securityGroupIds: ["sg-gw"] }),
      eni("eni-gw-b", {
        subnetId: "subnet-pb",
        availabilityZone: "us-east-1b",
        availabilityZoneId: "use1-az2",
        privateIpAddresses: ["10.0.1.10"],
        securityGroupIds: ["sg-gw"],
      }),
    ],
    configurationIds: ["rcfg-db"],
    tags: {},
    ...partial,
  };
}

export function configuration(partial: Partial<ResourceConfiguration> = {}): ResourceConfiguration {
  return {
    id: "rcfg-db",
    arn: "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-db",
    accountId: A,
    region,
    name: "orders-db",
    type: "SINGLE",
    status: "ACTIVE",
    gatewayId: "rgw-clean",
    childIds: [],
    portRanges: ["5432"],
    protocol: "TCP",
    definition: { kind: "ip", ipAddress: "10.0.3.10" },
    amazonManaged: false,
    accessLogDestinations: ["arn:aws:logs:us-east-1:111111111111:log-group:access"],
    tags: {},
    ...partial,
  };
}

export function endpoint(partial: Partial<Endpoint> = {}): Endpoint {
  return {
    id: "vpce-res",
    arn: "arn:aws:ec2:us-east-1:222222222222:vpc-endpoint/vpce-res",
    accountId: B,
    region,
    type: "Resource",
    state: "available",
    vpcId: "vpc-cons",
    subnetIds: ["subnet-ca", "subnet-cb"],
    // Consumer account's names differ from the provider's for the same zones: compare by id.
    availabilityZones: ["us-east-1c", "us-east-1d"],
    securityGroupIds: ["sg-ep"],
    eniIds: ["eni-ep-a", "eni-ep-b"],
    enis: [
      eni("eni-ep-a", {
        subnetId: "subnet-ca",
        vpcId: "vpc-cons",
        availabilityZone: "us-east-1c",
        availabilityZoneId: "use1-az1",
        privateIpAddresses: ["10.1.0.5"],
      }),
      eni("eni-ep-b", {
        subnetId: "subnet-cb",
        vpcId: "vpc-cons",
        availabilityZone: "us-east-1d",
        availabilityZoneId: "use1-az2",
        privateIpAddresses: ["10.1.1.5"],
      }),
    ],
    resourceConfigurationId: "rcfg-db",
    ...partial,
  };
}

export function cleanInventory(): Inventory {
  return {
    generatedAt: "2026-11-28T12:00:00.000Z",
    accounts: [{ accountId: A }, { accountId: B }],
    regions: [region],
    gateways: [gateway()],
    resourceConfigurations: [
      configuration({
        // Discovery links the ENI holding an IP target to its configuration.
        resourceEnis: [
          eni("eni-db", {
            subnetId: "subnet-pa",
            privateIpAddresses: ["10.0.3.10"],
            securityGroupIds: ["sg-db"],
            description: "RDSNetworkInterface",
          }),
        ],
      }),
    ],
    serviceNetworks: [
      {
        id: "sn-main",
        arn: "arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-main",
        accountId: A,
        region,
        name: "main-network",
        accessLogDestinations: [],
        tags: {},
      },
    ],
    endpoints: [
      endpoint(),
      endpoint({
        id: "vpce-sn",
        arn: "arn:aws:ec2:us-east-1:222222222222:vpc-endpoint/vpce-sn",
        type: "ServiceNetwork",
        resourceConfigurationId: undefined,
        serviceNetworkId: "sn-main",
      }),
    ],
    associations: [
      {
        kind: "resource-endpoint",
        id: "rea-1",
        arn: "arn:rea-1",
        accountId: A,
        region,
        status: "ACTIVE",
        resourceConfigurationId: "rcfg-db",
        vpcEndpointId: "vpce-res",
      },
      {
        kind: "sn-resource",
        id: "snra-1",
        arn: "arn:snra-1",
        accountId: A,
        region,
        status: "ACTIVE",
        serviceNetworkId: "sn-main",
        resourceConfigurationId: "rcfg-db",
      },
    ],
    securityGroups: [
      securityGroup("sg-gw", { egress: [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.0.3.0/24"] })] }),
      securityGroup("sg-db", {
        ingress: [sgRule({ fromPort: 5432, toPort: 5432, securityGroupIds: ["sg-gw"] })],
      }),
      securityGroup("sg-ep", {
        accountId: B,
        vpcId: "vpc-cons",
        ingress: [sgRule({ fromPort: 5432, toPort: 5432, cidrs: ["10.1.0.0/16"] })],
      }),
    ],
    subnets: [
      {
        id: "subnet-pa",
        accountId: A,
        region,
        vpcId: "vpc-prov",
        availabilityZone: "us-east-1a",
        availabilityZoneId: "use1-az1",
        cidrBlock: "10.0.0.0/24",
      },
      {
        id: "subnet-pb",
        accountId: A,
        region,
        vpcId: "vpc-prov",
        availabilityZone: "us-east-1b",
        availabilityZoneId: "use1-az2",
        cidrBlock: "10.0.1.0/24",
      },
      {
        id: "subnet-ca",
        accountId: B,
        region,
        vpcId: "vpc-cons",
        availabilityZone: "us-east-1c",
        availabilityZoneId: "use1-az1",
        cidrBlock: "10.1.0.0/24",
      },
      {
        id: "subnet-cb",
        accountId: B,
        region,
        vpcId: "vpc-cons",
        availabilityZone: "us-east-1d",
        availabilityZoneId: "use1-az2",
        cidrBlock: "10.1.1.0/24",
      },
    ],
    vpcs: [
      { id: "vpc-prov", accountId: A, region, cidrBlock: "10.0.0.0/16" },
      { id: "vpc-cons", accountId: B, region, cidrBlock: "10.1.0.0/16" },
    ],
    flowLogs: [
      { id: "fl-prov", accountId: A, region, resourceId: "vpc-prov", status: "ACTIVE" },
      { id: "fl-cons", accountId: B, region, resourceId: "vpc-cons", status: "ACTIVE" },
    ],
    networkAcls: [],
    routeTables: [],
    warnings: [],
    stats: { awsCalls: 0, durationMs: 0, cached: false },
  };
}

/** A fresh clean inventory changed by `mutate`. */
export function inventoryWith(mutate: (inv: Inventory) => void = () => {}): Inventory {
  const inv = cleanInventory();
  mutate(inv);
  return inv;
}

export function sgOf(inv: Inventory, id: string): SecurityGroup {
  const sg = inv.securityGroups.find((s) => s.id === id);
  if (!sg) throw new Error(`no ${id} in test inventory`);
  return sg;
}

/** What a table row asserts: status and primary resource of each finding, order-independent. */
export function summarize(findings: Finding[]): string[] {
  return findings.map((f) => `${f.status}:${f.resources[0]?.id ?? "-"}`).sort();
}
