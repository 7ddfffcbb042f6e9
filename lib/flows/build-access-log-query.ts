/**
 * Logs Insights query over resource access logs: one row per connection (the 4-tuple and the
 * consumer fields), for the given configuration ARNs. Field names come from access-log-fields.ts
 * and every ARN goes through insights-literal, so no value can change the query.
 */
import { ACCESS_LOG_FIELDS as F } from "./access-log-fields";
import { fieldName, listLiteral, numberLiteral } from "./insights-literal";

export const ACCESS_LOG_QUERY_FIELDS = [
  F.timestamp,
  F.resourceConfigurationArn,
  F.serviceNetworkArn,
  F.serviceNetworkResourceAssociationId,
  F.vpcEndpointId,
  F.sourceVpcArn,
  F.sourceIpPort,
  F.gatewayIpPort,
  F.resourceIpPort,
] as const;

export function buildAccessLogQuery(q: { configurationArns: readonly string[]; limit?: number }): string {
  return [
    `fields @timestamp, ${ACCESS_LOG_QUERY_FIELDS.map(fieldName).join(", ")}`,
    `filter ${fieldName(F.resourceConfigurationArn)} in ${listLiteral(q.configurationArns)}`,
    `limit ${numberLiteral(q.limit ?? 10_000)}`,
  ].join("\n| ");
}
