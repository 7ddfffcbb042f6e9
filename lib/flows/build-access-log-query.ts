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

/** Past this many characters of ARNs the filter is dropped: StartQuery takes at most 10,000. */
const MAX_FILTER_CHARS = 8_000;

/**
 * Connections of the given configurations. A list too long for one query string is left out:
 * the rows then cover every configuration in the groups, and the caller keeps the ones it knows
 * (Logs Insights bills the bytes scanned, which a filter does not change).
 */
export function buildAccessLogQuery(q: { configurationArns: readonly string[]; limit?: number }): string {
  const list = listLiteral(q.configurationArns);
  return [
    `fields @timestamp, ${ACCESS_LOG_QUERY_FIELDS.map(fieldName).join(", ")}`,
    ...(list.length <= MAX_FILTER_CHARS
      ? [`filter ${fieldName(F.resourceConfigurationArn)} in ${list}`]
      : []),
    `limit ${numberLiteral(q.limit ?? 10_000)}`,
  ].join("\n| ");
}
