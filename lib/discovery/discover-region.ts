import "server-only";
import type {
  Association,
  Endpoint,
  FlowLog,
  Gateway,
  NetworkAcl,
  ResourceConfiguration,
  RouteTable,
  SecurityGroup,
  ServiceNetwork,
  Subnet,
  Vpc,
} from "@/lib/schemas/inventory";
import { discoverConfigurations } from "./discover-configurations";
import { discoverEndpoints } from "./discover-endpoints";
import { discoverGateways } from "./discover-gateways";
import { discoverNetwork } from "./discover-network";
import { discoverServiceNetworks } from "./discover-service-networks";
import type { RegionContext } from "./region-context";
import type { DiscoveredEni } from "./to-network-interface";

/** Everything one account sees in one region, mapped but not yet linked or deduplicated. */
export interface RegionDiscovery {
  accountId: string;
  region: string;
  gateways: Gateway[];
  resourceConfigurations: ResourceConfiguration[];
  serviceNetworks: ServiceNetwork[];
  endpoints: Endpoint[];
  associations: Association[];
  enis: DiscoveredEni[];
  securityGroups: SecurityGroup[];
  subnets: Subnet[];
  vpcs: Vpc[];
  flowLogs: FlowLog[];
  networkAcls: NetworkAcl[];
  routeTables: RouteTable[];
}

/**
 * One account × region: the Lattice inventory and the VPC endpoints first (independent of each
 * other), then the EC2 objects they reference. Failures are warnings in `ctx.warnings`.
 */
export async function discoverRegion(ctx: RegionContext): Promise<RegionDiscovery> {
  const [gateways, configs, networks, endpoints] = await Promise.all([
    discoverGateways(ctx),
    discoverConfigurations(ctx),
    discoverServiceNetworks(ctx),
    discoverEndpoints(ctx),
  ]);
  const associations = [...configs.endpointAssociations, ...networks.associations];
  const associatedVpcIds = associations.flatMap((a) => (a.kind === "sn-vpc" ? [a.vpcId] : []));
  const associationGroups = associations.flatMap((a) =>
    a.kind === "sn-vpc" && a.accountId === ctx.accountId ? (a.securityGroupIds ?? []) : [],
  );
  const network = await discoverNetwork(
    ctx,
    gateways,
    configs.configurations,
    endpoints,
    associatedVpcIds,
    associationGroups,
  );
  return {
    accountId: ctx.accountId,
    region: ctx.region,
    gateways,
    resourceConfigurations: configs.configurations,
    serviceNetworks: networks.serviceNetworks,
    endpoints,
    associations,
    ...network,
  };
}
