/**
 * Logs Insights queries over VPC flow logs. The default format's fields are discovered by Logs
 * Insights; a custom format is split with `parse @message` in the flow log's own field order.
 * Either way the query names the fields alike (`srcAddr`, `startTime`, …), so one reader parses
 * both. Every value goes through insights-literal: no id or address can change the query.
 * Aggregation happens server-side, by flow record start and 4-tuple, which is what the join with
 * access logs needs (gateway source ports are reused over time) and still one row per flow
 * rather than per event.
 */
import type { FlowLogFormat } from "./flow-log-format";
import { fieldName, listLiteral, numberLiteral, stringLiteral } from "./insights-literal";
import type { PortRange } from "./resource-targets";

/** Query field names, as Logs Insights discovers them for the default format. */
const DISCOVERED: Record<string, string> = {
  version: "version",
  "account-id": "accountId",
  "interface-id": "interfaceId",
  srcaddr: "srcAddr",
  dstaddr: "dstAddr",
  srcport: "srcPort",
  dstport: "dstPort",
  protocol: "protocol",
  packets: "packets",
  bytes: "bytes",
  start: "startTime",
  end: "endTime",
  action: "action",
  "log-status": "logStatus",
};

/** `tcp-flags` → `tcpFlags`; the default names for the default fields. */
export function queryFieldName(formatField: string): string {
  return fieldName(
    DISCOVERED[formatField] ?? formatField.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
  );
}

/** `parse @message "* * …" as …` for a custom format; nothing for the default one. */
export function parseClause(format: FlowLogFormat): string[] {
  if (format.isDefault) return [];
  const glob = format.fields.map(() => "*").join(" ");
  return [`parse @message ${stringLiteral(glob)} as ${format.fields.map(queryFieldName).join(", ")}`];
}

function portCondition(field: string, ranges: readonly PortRange[]): string {
  return ranges
    .map((r) =>
      r.from === r.to
        ? `${field} = ${numberLiteral(r.from)}`
        : `(${field} >= ${numberLiteral(r.from)} and ${field} <= ${numberLiteral(r.to)})`,
    )
    .join(" or ");
}

/** NODATA and SKIPDATA records carry no addresses or bytes; a format without the status has none. */
function statusFilter(format: FlowLogFormat): string[] {
  return format.fields.includes("log-status") ? [`logStatus = ${stringLiteral("OK")}`] : [];
}

function filterClause(filters: readonly string[]): string[] {
  return filters.length ? [`filter ${filters.join(" and ")}`] : [];
}

export interface GatewayFlowQuery {
  format: FlowLogFormat;
  eniIds: readonly string[];
  /** Resource ports: a record belongs to the resource side when its dstPort (or srcPort, on return) is one. */
  ports: readonly PortRange[];
  limit?: number;
}

/**
 * Gateway-ENI records to or from the resource ports, summed per record start and 4-tuple.
 * With `tcp-flags` in the format the flags are kept (connections counted by SYN when there are
 * no access logs).
 */
export function buildGatewayFlowQuery(q: GatewayFlowQuery): string {
  const has = (f: string) => q.format.fields.includes(f);
  const filters: string[] = [];
  if (has("interface-id")) filters.push(`interfaceId in ${listLiteral(q.eniIds)}`);
  const ports = q.ports.length
    ? `(${portCondition("dstPort", q.ports)} or ${portCondition("srcPort", q.ports)})`
    : undefined;
  // SKIPDATA records come along (one row per interval, every other field "-"): they say some
  // flows of that interval were never logged, which the coverage badge must tell.
  if (has("log-status"))
    filters.push(
      `(logStatus = ${stringLiteral("SKIPDATA")} or (logStatus = ${stringLiteral("OK")}${ports ? ` and ${ports}` : ""}))`,
    );
  else if (ports) filters.push(ports);
  // A 4-tuple is seen on one gateway ENI, so grouping by the ENI adds no rows — and tells whose
  // SKIPDATA it is.
  const by = ["startTime", "endTime", "srcAddr", "srcPort", "dstAddr", "dstPort", "action"];
  if (has("interface-id")) by.push("interfaceId");
  if (has("log-status")) by.push("logStatus");
  if (has("tcp-flags")) by.push("tcpFlags");
  // The addresses really used: the default srcaddr/dstaddr name the ENI's primary (join-flows.ts).
  if (has("pkt-srcaddr")) by.push(queryFieldName("pkt-srcaddr"));
  if (has("pkt-dstaddr")) by.push(queryFieldName("pkt-dstaddr"));
  return [
    ...parseClause(q.format),
    ...filterClause(filters),
    `stats sum(bytes) as bytes, sum(packets) as packets, count(*) as records by ${by.join(", ")}`,
    `limit ${numberLiteral(q.limit ?? 10_000)}`,
  ].join("\n| ");
}

export interface EndpointFlowQuery {
  format: FlowLogFormat;
  eniIds: readonly string[];
  limit?: number;
}

/**
 * Consumer-side totals on endpoint ENIs: bytes and records per ENI, record start, action and
 * destination address (the endpoint's own address means "towards the resource").
 */
export function buildEndpointFlowQuery(q: EndpointFlowQuery): string {
  const filters = statusFilter(q.format);
  if (q.format.fields.includes("interface-id")) filters.push(`interfaceId in ${listLiteral(q.eniIds)}`);
  return [
    ...parseClause(q.format),
    ...filterClause(filters),
    "stats sum(bytes) as bytes, sum(packets) as packets, count(*) as records by startTime, interfaceId, action, dstAddr",
    `limit ${numberLiteral(q.limit ?? 10_000)}`,
  ].join("\n| ");
}

/** StartQuery takes at most this many characters (aws-facts §3.3). */
export const MAX_QUERY_STRING_CHARS = 10_000;

/**
 * Splits an ENI list into consecutive chunks whose queries each fit in StartQuery's 10,000
 * characters (about 400 ENIs overflow one). Deterministic for a given list, so every view asking
 * for the same log group asks the same chunks and shares their cached buckets.
 */
export function splitEniQueries(
  eniIds: readonly string[],
  build: (eniIds: readonly string[]) => string,
  maxChars = MAX_QUERY_STRING_CHARS,
): Array<{ eniIds: string[]; queryString: string }> {
  const out: Array<{ eniIds: string[]; queryString: string }> = [];
  let chunk: string[] = [];
  let query = "";
  for (const id of eniIds) {
    const next = build([...chunk, id]);
    if (next.length <= maxChars || chunk.length === 0) {
      chunk.push(id);
      query = next;
      continue;
    }
    out.push({ eniIds: chunk, queryString: query });
    chunk = [id];
    query = build(chunk);
  }
  if (chunk.length > 0 || out.length === 0) out.push({ eniIds: chunk, queryString: query || build(chunk) });
  return out;
}
