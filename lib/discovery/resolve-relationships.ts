import type {
  Endpoint,
  Gateway,
  NetworkInterface,
  ResourceConfiguration,
  Subnet,
} from "@/lib/schemas/inventory";
import type { MergedDiscovery } from "./merge-discoveries";
import { idFromArn } from "./parse-arn";
import { type DiscoveredEni, publicEni } from "./to-network-interface";

export type Linked = Omit<MergedDiscovery, "enis">;

const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();

/**
 * Links the merged inventory by id (ids are unique across accounts, so a consumer's endpoint
 * finds the provider's configuration from the ARN it carries):
 * - configurations: parent → childIds; a CHILD inherits its parent's gateway;
 * - gateways: their configurations, their ENIs (VpcLatticeManaged ENIs in their VPC and
 *   subnets), and AZs from their subnets (ENI AZs when a subnet was not described);
 * - configurations with an IP target: the ENIs holding that address in the gateway's VPC;
 * - endpoints: configuration and network ids from ARNs, ENIs by id, AZs from subnets.
 * Pure: no I/O, the same input gives the same output.
 */
export function resolveRelationships(merged: MergedDiscovery): Linked {
  const subnetById = new Map(merged.subnets.map((s) => [s.id, s]));
  const configurations = linkConfigurations(merged.resourceConfigurations).map((c) =>
    linkResourceEnis(c, merged.gateways, merged.enis),
  );
  const gateways = merged.gateways.map((g) => linkGateway(g, configurations, merged.enis, subnetById));
  const eniById = new Map(merged.enis.map((e) => [e.id, e]));
  const endpoints = merged.endpoints.map((e) => linkEndpoint(e, eniById, subnetById));
  const { enis: _enis, ...rest } = merged;
  return { ...rest, gateways, resourceConfigurations: configurations, endpoints };
}

function linkConfigurations(configs: ResourceConfiguration[]): ResourceConfiguration[] {
  const byId = new Map(configs.map((c) => [c.id, c]));
  const children = new Map<string, string[]>();
  for (const c of configs) {
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  }
  return configs.map((c) => ({
    ...c,
    gatewayId: c.gatewayId ?? (c.parentId ? byId.get(c.parentId)?.gatewayId : undefined),
    childIds: sorted(children.get(c.id) ?? []),
  }));
}

function linkResourceEnis(
  config: ResourceConfiguration,
  gateways: Gateway[],
  enis: DiscoveredEni[],
): ResourceConfiguration {
  if (config.definition?.kind !== "ip") return config;
  const ip = config.definition.ipAddress;
  const vpcId = gateways.find((g) => g.id === config.gatewayId)?.vpcId;
  const found = enis.filter(
    (e) => e.vpcId === vpcId && e.tags.VpcLatticeManaged !== "true" && e.privateIpAddresses.includes(ip),
  );
  return found.length > 0 ? { ...config, resourceEnis: found.map(publicEni) } : config;
}

function linkGateway(
  gateway: Gateway,
  configs: ResourceConfiguration[],
  enis: DiscoveredEni[],
  subnetById: Map<string, Subnet>,
): Gateway {
  const own = enis.filter((e) => isGatewayEni(e, gateway)).map(publicEni);
  const zones = gateway.subnetIds.map((id) => subnetById.get(id)?.availabilityZone);
  const fromEnis = own.map((e) => e.availabilityZone);
  return {
    ...gateway,
    enis: own.sort((a, b) => a.id.localeCompare(b.id)),
    availabilityZones: sorted([...zones.filter((z): z is string => !!z), ...fromEnis]),
    configurationIds: sorted(configs.filter((c) => c.gatewayId === gateway.id).map((c) => c.id)),
  };
}

/**
 * An ENI belongs to a gateway when it is Lattice-managed, in the gateway's VPC and one of its
 * subnets, and either names the gateway in its description or carries exactly its security
 * groups (two gateways may share a subnet; their SGs usually differ).
 */
export function isGatewayEni(eni: DiscoveredEni, gateway: Gateway): boolean {
  if (eni.tags.VpcLatticeManaged !== "true") return false;
  if (eni.accountId !== gateway.accountId || eni.vpcId !== gateway.vpcId) return false;
  if (!gateway.subnetIds.includes(eni.subnetId)) return false;
  const named = eni.description?.match(/rgw-[0-9a-z]{17}/)?.[0];
  if (named) return named === gateway.id;
  return sorted(eni.securityGroupIds).join() === sorted(gateway.securityGroupIds).join();
}

function linkEndpoint(
  endpoint: Endpoint,
  eniById: Map<string, DiscoveredEni>,
  subnetById: Map<string, Subnet>,
): Endpoint {
  const enis: NetworkInterface[] = endpoint.eniIds.flatMap((id) => {
    const eni = eniById.get(id);
    return eni ? [publicEni(eni)] : [];
  });
  const zones = endpoint.subnetIds.map((id) => subnetById.get(id)?.availabilityZone);
  return {
    ...endpoint,
    resourceConfigurationId: endpoint.resourceConfigurationId ?? idFromArn(endpoint.resourceConfigurationArn),
    serviceNetworkId: endpoint.serviceNetworkId ?? idFromArn(endpoint.serviceNetworkArn),
    enis,
    availabilityZones: sorted([
      ...zones.filter((z): z is string => !!z),
      ...enis.map((e) => e.availabilityZone),
    ]),
  };
}
