/**
 * The flow-log format Lattice Lens recommends for resource-gateway ENIs: the version-2 default
 * fields plus the four that make the gateway side of a flow exact.
 *
 * - `pkt-srcaddr` / `pkt-dstaddr`: on an ENI with several addresses the default `srcaddr`
 *   (egress) and `dstaddr` (ingress) always name the ENI's *primary* address, while a resource
 *   gateway sources connections from any of its `ipv4AddressesPerEni` addresses; only the
 *   `pkt-*` fields name the address the connection used, which is what the resource access
 *   log's `gatewayIpPort` names (aws-facts §0.1.1, VPC UG "Flow log records").
 * - `tcp-flags`: SYN marks a connection's first record, so connections are counted, not
 *   estimated from records (aws-facts §3.1, v3 field).
 * - `flow-direction`: ingress/egress of the record on the ENI, so orientation never depends on
 *   guessing which side is the gateway (aws-facts §3.1, v5 field).
 *
 * The string is exactly what `aws ec2 create-flow-logs --log-format` takes.
 */
import { DEFAULT_FLOW_LOG_FIELDS, parseFlowLogFormat } from "./flow-log-format";

export const RECOMMENDED_EXTRA_FIELDS = [
  "pkt-srcaddr",
  "pkt-dstaddr",
  "tcp-flags",
  "flow-direction",
] as const;

export type RecommendedField = (typeof RECOMMENDED_EXTRA_FIELDS)[number];

export const RECOMMENDED_GATEWAY_FLOW_LOG_FIELDS = [
  ...DEFAULT_FLOW_LOG_FIELDS,
  ...RECOMMENDED_EXTRA_FIELDS,
] as const;

export const RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT = RECOMMENDED_GATEWAY_FLOW_LOG_FIELDS.map(
  (f) => `\${${f}}`,
).join(" ");

/** What each recommended field gives; shown beside a format that lacks it. */
export const LOST_WITHOUT: Record<RecommendedField, string> = {
  "pkt-srcaddr":
    "the gateway address really used (srcaddr shows the ENI's primary address): bytes of concurrent connections on one gateway ENI cannot be told apart and stay ambiguous",
  "pkt-dstaddr":
    "the gateway address really used (dstaddr shows the ENI's primary address): bytes of concurrent connections on one gateway ENI cannot be told apart and stay ambiguous",
  "tcp-flags": "connection starts (SYN): without access logs, connections are estimated from flow records",
  "flow-direction": "the record's direction on the ENI: orientation is inferred from addresses",
};

/**
 * The recommended fields a flow log's format lacks, in recommended order. `undefined` or an
 * empty string is the default format (DescribeFlowLogs always returns a string, but a scenario
 * or older API answer may not). A format that cannot be parsed lacks all of them.
 */
export function missingRecommendedFields(format: string | undefined): RecommendedField[] {
  let fields: string[];
  try {
    fields = parseFlowLogFormat(format).fields;
  } catch {
    return [...RECOMMENDED_EXTRA_FIELDS];
  }
  return RECOMMENDED_EXTRA_FIELDS.filter((f) => !fields.includes(f));
}
