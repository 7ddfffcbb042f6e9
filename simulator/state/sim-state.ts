/**
 * The in-memory estate built once from a scenario: indexes by id plus everything derived
 * (ENIs, resource-endpoint associations, service-network endpoint associations).
 */
import type { Scenario } from "../scenario/schema";
import { latticeArn } from "./arns";
import { derivedEniId, deriveEnis } from "./derive-enis";
import {
  deriveNetworkAcls,
  deriveRouteTables,
  type SimNetworkAcl,
  type SimRouteTable,
} from "./derive-network";
import { hashHex } from "./hash-hex";
import type { SimEni } from "./sim-eni";

type Of<K extends keyof Scenario> = Scenario[K] extends Array<infer T> ? T : never;
export type Vpc = Of<"vpcs">;
export type Subnet = Vpc["subnets"][number];
export type SecurityGroup = Of<"securityGroups">;
export type ResourceGateway = Of<"resourceGateways">;
export type ResourceConfiguration = Of<"resourceConfigurations">;
export type ServiceNetwork = Of<"serviceNetworks">;
export type LatticeService = Of<"services">;
export type VpcEndpoint = Of<"vpcEndpoints">;
export type Alarm = Of<"alarms">;
export type CompositeAlarm = Of<"compositeAlarms">;
export type LogGroup = Of<"logGroups">;

export interface ResourceEndpointAssociation {
  id: string;
  arn: string;
  resourceConfigurationId: string;
  vpcEndpointId: string;
  vpcEndpointOwner: string;
  createdAt: string;
}

export interface ServiceNetworkEndpointAssociation {
  id: string;
  serviceNetworkId: string;
  vpcEndpointId: string;
  vpcId: string;
  vpcEndpointOwnerId: string;
  state: string;
  createdAt: string;
}

export interface SimState {
  scenario: Scenario;
  vpcs: Map<string, Vpc>;
  subnets: Map<string, { subnet: Subnet; vpc: Vpc }>;
  securityGroups: Map<string, SecurityGroup>;
  gateways: Map<string, ResourceGateway>;
  configurations: Map<string, ResourceConfiguration>;
  serviceNetworks: Map<string, ServiceNetwork>;
  services: Map<string, LatticeService>;
  endpoints: Map<string, VpcEndpoint>;
  enis: SimEni[];
  enisById: Map<string, SimEni>;
  resourceEndpointAssociations: ResourceEndpointAssociation[];
  serviceNetworkEndpointAssociations: ServiceNetworkEndpointAssociation[];
  /** Scenario ACLs plus every VPC's default ACL. */
  networkAcls: SimNetworkAcl[];
  /** Scenario route tables (with their local route) plus a derived main table where none is given. */
  routeTables: SimRouteTable[];
}

function indexBy<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

export function endpointEniIds(endpoint: VpcEndpoint, state: SimState): string[] {
  return endpoint.subnetIds.map((s) => derivedEniId(endpoint.id, s)).filter((id) => state.enisById.has(id));
}

export function buildState(scenario: Scenario): SimState {
  const subnets = new Map<string, { subnet: Subnet; vpc: Vpc }>();
  for (const vpc of scenario.vpcs) for (const subnet of vpc.subnets) subnets.set(subnet.id, { subnet, vpc });
  const configurations = indexBy(scenario.resourceConfigurations);
  const enis = deriveEnis(scenario);

  const resourceEndpointAssociations: ResourceEndpointAssociation[] = [];
  const serviceNetworkEndpointAssociations: ServiceNetworkEndpointAssociation[] = [];
  for (const ep of scenario.vpcEndpoints) {
    if (ep.type === "Resource" && ep.resourceConfigurationId) {
      const cfg = configurations.get(ep.resourceConfigurationId);
      const id = `rea-${hashHex(`${ep.id}/${ep.resourceConfigurationId}`, 17)}`;
      resourceEndpointAssociations.push({
        id,
        arn: latticeArn(
          cfg?.region ?? ep.region,
          cfg?.account ?? ep.account,
          "resourceendpointassociation",
          id,
        ),
        resourceConfigurationId: ep.resourceConfigurationId,
        vpcEndpointId: ep.id,
        vpcEndpointOwner: ep.account,
        createdAt: ep.createdAt,
      });
    }
    if (ep.type === "ServiceNetwork" && ep.serviceNetworkId) {
      serviceNetworkEndpointAssociations.push({
        id: `snea-${hashHex(`${ep.id}/${ep.serviceNetworkId}`, 17)}`,
        serviceNetworkId: ep.serviceNetworkId,
        vpcEndpointId: ep.id,
        vpcId: ep.vpcId,
        vpcEndpointOwnerId: ep.account,
        state: ep.state === "available" ? "ACTIVE" : ep.state.toUpperCase(),
        createdAt: ep.createdAt,
      });
    }
  }

  return {
    scenario,
    vpcs: indexBy(scenario.vpcs),
    subnets,
    securityGroups: indexBy(scenario.securityGroups),
    gateways: indexBy(scenario.resourceGateways),
    configurations,
    serviceNetworks: indexBy(scenario.serviceNetworks),
    services: indexBy(scenario.services),
    endpoints: indexBy(scenario.vpcEndpoints),
    enis,
    enisById: indexBy(enis),
    resourceEndpointAssociations,
    serviceNetworkEndpointAssociations,
    networkAcls: deriveNetworkAcls(scenario),
    routeTables: deriveRouteTables(scenario),
  };
}
