/** Small builders for discovery unit tests: complete objects with overridable fields. */
import type { Endpoint, Gateway, Inventory, ResourceConfiguration, Subnet } from "@/lib/schemas/inventory";
import type { DiscoveredEni } from "./to-network-interface";

export const P = "111111111111";
export const C = "222222222222";
const arn = (account: string, type: string, id: string) =>
  `arn:aws:vpc-lattice:us-east-1:${account}:${type}/${id}`;

export function gateway(id: string, over: Partial<Gateway> = {}): Gateway {
  return {
    id,
    arn: arn(P, "resourcegateway", id),
    accountId: P,
    region: "us-east-1",
    name: id,
    status: "ACTIVE",
    vpcId: "vpc-p",
    subnetIds: ["subnet-a"],
    securityGroupIds: ["sg-gw"],
    availabilityZones: [],
    enis: [],
    configurationIds: [],
    tags: {},
    ...over,
  };
}

export function configuration(id: string, over: Partial<ResourceConfiguration> = {}): ResourceConfiguration {
  return {
    id,
    arn: arn(P, "resourceconfiguration", id),
    accountId: P,
    region: "us-east-1",
    name: id,
    type: "SINGLE",
    status: "ACTIVE",
    childIds: [],
    portRanges: [],
    amazonManaged: false,
    accessLogDestinations: [],
    tags: {},
    ...over,
  };
}

export function endpoint(id: string, over: Partial<Endpoint> = {}): Endpoint {
  return {
    id,
    arn: `arn:aws:ec2:us-east-1:${C}:vpc-endpoint/${id}`,
    accountId: C,
    region: "us-east-1",
    type: "Resource",
    state: "available",
    vpcId: "vpc-c",
    subnetIds: [],
    availabilityZones: [],
    securityGroupIds: [],
    eniIds: [],
    enis: [],
    ...over,
  };
}

export function eni(id: string, over: Partial<DiscoveredEni> = {}): DiscoveredEni {
  return {
    id,
    accountId: P,
    region: "us-east-1",
    subnetId: "subnet-a",
    vpcId: "vpc-p",
    availabilityZone: "us-east-1a",
    privateIpAddresses: ["10.0.0.4"],
    securityGroupIds: ["sg-gw"],
    tags: {},
    ...over,
  };
}

export function subnet(id: string, az: string, over: Partial<Subnet> = {}): Subnet {
  return { id, accountId: P, region: "us-east-1", vpcId: "vpc-p", availabilityZone: az, ...over };
}

export function emptyInventory(over: Partial<Inventory> = {}): Inventory {
  return {
    generatedAt: "2026-11-28T00:00:00.000Z",
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
