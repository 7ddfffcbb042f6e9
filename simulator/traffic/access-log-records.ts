/**
 * VPC Lattice resource access log records (`VpcLatticeResourceAccessLogs`): one JSON object per
 * connection, field names as the product reads them (lib/flows/access-log-fields.ts). Rejected
 * connections are logged too: Lattice picked the gateway ip:port before the gateway's security
 * group dropped the SYN, so the join can attribute the REJECT flow record to its consumer.
 */
import type { Connection } from "./connections";
import { configurationArn } from "./resolve-paths";

export function accessLogRecord(c: Connection): string {
  const p = c.path;
  const record: Record<string, string> = { eventTimestamp: new Date(c.startMs).toISOString() };
  if (p.serviceNetworkArn) record.serviceNetworkArn = p.serviceNetworkArn;
  if (p.snraId) record.serviceNetworkResourceAssociationId = p.snraId;
  if (p.endpointId) record.vpcEndpointId = p.endpointId;
  record.sourceVpcArn = `arn:aws:ec2:${p.region}:${p.accountId}:vpc/${p.vpcId}`;
  record.resourceConfigurationArn = configurationArn(p.configuration);
  record.protocol = "tcp";
  record.sourceIpPort = `${c.clientIp}:${c.clientPort}`;
  record.destinationIpPort = `${c.endpointIp}:${c.resourcePort}`;
  record.gatewayIpPort = `${c.gatewayIp}:${c.gatewayPort}`;
  record.resourceIpPort = `${c.resourceIp}:${c.resourcePort}`;
  return JSON.stringify(record);
}
