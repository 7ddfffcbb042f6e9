/**
 * Field names of a VPC Lattice resource access log record (`VpcLatticeResourceAccessLogs`).
 * AWS's field table could not be retrieved when this was written (see
 * ../shared/reference/lattice-resource-access-logs.md): these names are our best understanding,
 * kept in this one place so a correction is one edit.
 */
export const ACCESS_LOG_FIELDS = {
  timestamp: "eventTimestamp",
  serviceNetworkArn: "serviceNetworkArn",
  serviceNetworkResourceAssociationId: "serviceNetworkResourceAssociationId",
  vpcEndpointId: "vpcEndpointId",
  sourceVpcArn: "sourceVpcArn",
  resourceConfigurationArn: "resourceConfigurationArn",
  protocol: "protocol",
  sourceIpPort: "sourceIpPort",
  destinationIpPort: "destinationIpPort",
  gatewayIpPort: "gatewayIpPort",
  resourceIpPort: "resourceIpPort",
} as const;
