/** One network interface as EC2 describes it: scenario-listed or derived from a gateway/endpoint. */
export interface SimEni {
  id: string;
  account: string;
  region: string;
  vpcId: string;
  subnetId: string;
  availabilityZone: string;
  availabilityZoneId: string;
  /** The first address is the primary one. */
  privateIpAddresses: string[];
  ipv6Addresses?: string[];
  securityGroupIds: string[];
  description: string;
  interfaceType: string;
  requesterManaged: boolean;
  requesterId?: string;
  tags: Record<string, string>;
  /** Set on derived ENIs: the gateway (rgw-) or endpoint (vpce-) they belong to. */
  derivedFrom?: { kind: "resourceGateway" | "vpcEndpoint"; id: string };
}
