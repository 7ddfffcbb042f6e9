/**
 * VPC Flow Log formats: the default version-2 field list and the parsing of a custom
 * `LogFormat` string (`${version} ${srcaddr} …`) into its ordered field names.
 */

export const DEFAULT_FLOW_LOG_FIELDS = [
  "version",
  "account-id",
  "interface-id",
  "srcaddr",
  "dstaddr",
  "srcport",
  "dstport",
  "protocol",
  "packets",
  "bytes",
  "start",
  "end",
  "action",
  "log-status",
] as const;

export const DEFAULT_FLOW_LOG_FORMAT = DEFAULT_FLOW_LOG_FIELDS.map((f) => `\${${f}}`).join(" ");

/** The fields a flow record needs for traffic accounting; a format lacking one cannot be used. */
export const REQUIRED_FLOW_FIELDS = [
  "srcaddr",
  "dstaddr",
  "srcport",
  "dstport",
  "bytes",
  "start",
  "end",
  "action",
] as const;

export type FlowLogFormat = { fields: string[]; isDefault: boolean; missing: string[] };

/** Parses a DescribeFlowLogs `logFormat`; undefined or empty means the default format. */
export function parseFlowLogFormat(logFormat: string | undefined): FlowLogFormat {
  const text = logFormat?.trim();
  if (!text) return { fields: [...DEFAULT_FLOW_LOG_FIELDS], isDefault: true, missing: [] };
  const fields = text.split(/\s+/).map((token) => {
    const m = /^\$\{([a-z0-9-]+)\}$/.exec(token);
    if (!m) throw new Error(`flow log format token "${token}" is not of the form \${field}`);
    return m[1]!;
  });
  const isDefault =
    fields.length === DEFAULT_FLOW_LOG_FIELDS.length &&
    fields.every((f, i) => f === DEFAULT_FLOW_LOG_FIELDS[i]);
  const missing = REQUIRED_FLOW_FIELDS.filter((f) => !fields.includes(f));
  return { fields, isDefault, missing };
}
