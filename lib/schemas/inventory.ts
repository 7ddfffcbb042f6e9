/**
 * The inventory DTO: what discovery returns and what `/api/inventory` and the pages show.
 * Plain data, no I/O: shared by route handlers, pages and client components.
 * Relationships are ids; every item names its `accountId` and `region`.
 */

export type ResourceConfigurationType = "SINGLE" | "GROUP" | "CHILD" | "ARN";
export type EndpointType = "Resource" | "ServiceNetwork" | "Interface" | "Gateway" | "GatewayLoadBalancer";
/** 1: Resource endpoint → configuration; 2: service-network endpoint; 3: service-network VPC association. */
export type AccessPattern = "resource-endpoint" | "sn-endpoint" | "sn-vpc-association";

export interface Located {
  id: string;
  arn: string;
  accountId: string;
  region: string;
}

export interface NetworkInterface {
  id: string;
  subnetId: string;
  vpcId: string;
  availabilityZone: string;
  availabilityZoneId?: string;
  privateIpAddresses: string[];
  /** Present when the subnet is dual-stack: a consumer may reach the resource on one of these. */
  ipv6Addresses?: string[];
  securityGroupIds: string[];
  status?: string;
  description?: string;
}

export interface Gateway extends Located {
  name: string;
  status: string;
  vpcId: string;
  subnetIds: string[];
  securityGroupIds: string[];
  ipAddressType?: string;
  ipv4AddressesPerEni?: number;
  /** AZs of the gateway's subnets (from DescribeSubnets), sorted. */
  availabilityZones: string[];
  enis: NetworkInterface[];
  configurationIds: string[];
  createdAt?: string;
  tags: Record<string, string>;
}

export type ResourceDefinition =
  | { kind: "ip"; ipAddress: string }
  | { kind: "dns"; domainName: string; ipAddressType?: string }
  | { kind: "arn"; arn: string };

export interface ResourceConfiguration extends Located {
  name: string;
  type: ResourceConfigurationType;
  status: string;
  /** For CHILD configurations, inherited from the parent. */
  gatewayId?: string;
  parentId?: string;
  childIds: string[];
  portRanges: string[];
  protocol?: string;
  definition?: ResourceDefinition;
  customDomainName?: string;
  amazonManaged: boolean;
  failureReason?: string;
  createdAt?: string;
  /** Access-log subscriptions on this configuration (resource access logs): their destination ARNs. */
  accessLogDestinations: string[];
  /** The same subscriptions with their id (absent in inventories from before it was read). */
  accessLogSubscriptions?: AccessLogSubscriptionRef[];
  /**
   * ENIs holding the target address (IP definitions, in the gateway's VPC): the resource side,
   * whose security groups must admit the gateway. Absent when not found or not an IP target.
   */
  resourceEnis?: NetworkInterface[];
  tags: Record<string, string>;
}

/** One ListAccessLogSubscriptions item, as far as coverage needs it. */
export interface AccessLogSubscriptionRef {
  id: string;
  /** A CloudWatch Logs group, an S3 bucket or a Firehose delivery stream. */
  destinationArn: string;
  /** Service networks only: `SERVICE` (service access logs) or `RESOURCE` (resource access logs). */
  serviceNetworkLogType?: "SERVICE" | "RESOURCE";
}

export interface ServiceNetwork extends Located {
  name: string;
  authType?: string;
  sharingEnabled?: boolean;
  numberOfAssociatedVpcs?: number;
  numberOfAssociatedResourceConfigurations?: number;
  numberOfAssociatedServices?: number;
  accessLogDestinations: string[];
  /**
   * The same subscriptions with their type: only `RESOURCE` ones log resource connections
   * (aws-facts §0.1.2). Absent in inventories from before the type was read.
   */
  accessLogSubscriptions?: AccessLogSubscriptionRef[];
  createdAt?: string;
  tags: Record<string, string>;
}

export interface Endpoint extends Located {
  type: EndpointType;
  state: string;
  vpcId: string;
  subnetIds: string[];
  availabilityZones: string[];
  securityGroupIds: string[];
  eniIds: string[];
  enis: NetworkInterface[];
  resourceConfigurationArn?: string;
  resourceConfigurationId?: string;
  serviceNetworkArn?: string;
  serviceNetworkId?: string;
  serviceName?: string;
  privateDnsEnabled?: boolean;
  /** DNS names EC2 lists for the endpoint (`dnsEntrySet`). */
  dnsNames?: string[];
  /** The endpoint policy document (JSON text), when EC2 returns one. */
  policyDocument?: string;
  createdAt?: string;
  failureReason?: string;
}

interface AssociationBase extends Located {
  status?: string;
  createdAt?: string;
}

export type Association =
  | (AssociationBase & {
      kind: "resource-endpoint";
      resourceConfigurationId: string;
      vpcEndpointId: string;
      vpcEndpointOwner?: string;
    })
  | (AssociationBase & {
      kind: "sn-resource";
      serviceNetworkId: string;
      resourceConfigurationId: string;
      failureCode?: string;
      /** The name consumers of the network use for the configuration (`dnsEntry.domainName`). */
      dnsName?: string;
      privateDnsEnabled?: boolean;
    })
  | (AssociationBase & {
      kind: "sn-vpc";
      serviceNetworkId: string;
      vpcId: string;
      /** From GetServiceNetworkVpcAssociation (the List summary has none); undefined when not read. */
      securityGroupIds?: string[];
      privateDnsEnabled?: boolean;
    })
  | (AssociationBase & {
      kind: "sn-endpoint";
      serviceNetworkId: string;
      vpcEndpointId: string;
      vpcId?: string;
    })
  | (AssociationBase & {
      kind: "sn-service";
      serviceNetworkId: string;
      serviceId: string;
      serviceName?: string;
    });

export type AssociationKind = Association["kind"];

export interface SecurityGroupRule {
  protocol: string; // "tcp" | "udp" | "icmp" | "-1"
  fromPort?: number;
  toPort?: number;
  cidrs: string[];
  ipv6Cidrs: string[];
  securityGroupIds: string[];
  prefixListIds: string[];
}

export interface SecurityGroup {
  id: string;
  accountId: string;
  region: string;
  vpcId?: string;
  name: string;
  description?: string;
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}

export interface Subnet {
  id: string;
  accountId: string;
  region: string;
  vpcId: string;
  availabilityZone: string;
  availabilityZoneId?: string;
  cidrBlock?: string;
}

export interface Vpc {
  id: string;
  accountId: string;
  region: string;
  cidrBlock?: string;
  name?: string;
  isDefault?: boolean;
}

export interface FlowLog {
  id: string;
  accountId: string;
  region: string;
  /** vpc-, subnet- or eni- id the flow log is attached to. */
  resourceId: string;
  logGroupName?: string;
  destinationType?: string;
  logFormat?: string;
  maxAggregationInterval?: number;
  trafficType?: string;
  status?: string;
}

/** One numbered, stateless rule of a network ACL (first match in rule-number order wins). */
export interface NetworkAclEntry {
  ruleNumber: number;
  egress: boolean;
  /** IANA protocol number as a string ("6" TCP), or "-1" for all. */
  protocol: string;
  ruleAction: "allow" | "deny";
  cidrBlock?: string;
  ipv6CidrBlock?: string;
  portRange?: { from: number; to: number };
}

export interface NetworkAcl {
  id: string;
  accountId: string;
  region: string;
  vpcId: string;
  isDefault: boolean;
  /** Subnets associated with this ACL. */
  subnetIds: string[];
  entries: NetworkAclEntry[];
}

export type RouteTargetKind =
  | "local"
  | "transit-gateway"
  | "vpn-gateway"
  | "internet-gateway"
  | "peering"
  | "nat-gateway"
  | "network-interface"
  | "other";

export interface Route {
  destinationCidrBlock?: string;
  destinationIpv6CidrBlock?: string;
  destinationPrefixListId?: string;
  /** The target's id (`local` for the VPC's own route). */
  target: string;
  targetKind: RouteTargetKind;
  /** active | blackhole | filtered */
  state?: string;
}

export interface RouteTable {
  id: string;
  accountId: string;
  region: string;
  vpcId: string;
  /** The VPC's main table: it serves every subnet without an explicit association. */
  main: boolean;
  subnetIds: string[];
  routes: Route[];
}

export interface DiscoveryWarning {
  accountId?: string;
  region?: string;
  service: string;
  operation: string;
  /** AppError code: aws_access_denied, aws_throttled, upstream_unavailable, not_found, … */
  code: string;
  message: string;
}

export interface AccountSummary {
  accountId: string;
  name?: string;
}

export interface Inventory {
  generatedAt: string;
  accounts: AccountSummary[];
  regions: string[];
  gateways: Gateway[];
  resourceConfigurations: ResourceConfiguration[];
  serviceNetworks: ServiceNetwork[];
  endpoints: Endpoint[];
  associations: Association[];
  securityGroups: SecurityGroup[];
  subnets: Subnet[];
  vpcs: Vpc[];
  flowLogs: FlowLog[];
  /** Network ACLs and route tables of the gateways' VPCs (path check). */
  networkAcls: NetworkAcl[];
  routeTables: RouteTable[];
  warnings: DiscoveryWarning[];
  /** What the discovery cost: AWS calls made and wall time. */
  stats: { awsCalls: number; durationMs: number; cached: boolean };
}
