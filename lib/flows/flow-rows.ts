/**
 * Logs Insights result rows → typed flow rows and access-log connections. Rows that do not carry
 * what a row needs are skipped and counted, never thrown.
 */
import { ACCESS_LOG_QUERY_FIELDS } from "./build-access-log-query";
import { type AccessLogConnection, parseAccessLog } from "./parse-access-log";

/** One aggregated gateway-ENI flow: a record start and 4-tuple, summed. */
export interface FlowRow {
  /** Unix seconds. */
  start: number;
  end: number;
  srcAddr: string;
  srcPort: number;
  dstAddr: string;
  dstPort: number;
  action: "ACCEPT" | "REJECT";
  bytes: number;
  packets: number;
  /** Flow records summed into this row. */
  records: number;
  /** OR of the TCP flags seen, when the format has them. */
  tcpFlags?: number;
  /** The ENI, when the format has interface-id. */
  eniId?: string;
  /** `pkt-srcaddr`/`pkt-dstaddr`, when the format has them: the addresses really used. */
  pktSrcAddr?: string;
  pktDstAddr?: string;
}

/** Query names of the packet-address fields (build-flow-query's queryFieldName of the format names). */
export const PKT_SRC_FIELD = "pktSrcaddr";
export const PKT_DST_FIELD = "pktDstaddr";

/** SKIPDATA records of one interval: flows in it were not logged. */
export interface SkipRow {
  skipData: true;
  start: number;
  eniId?: string;
  records: number;
}

/** A gateway query row: a flow, or a SKIPDATA marker. */
export function toGatewayRow(r: Record<string, string>): FlowRow | SkipRow | undefined {
  if (r.logStatus === "SKIPDATA") {
    const start = num(r.startTime);
    if (start === undefined) return undefined;
    return {
      skipData: true,
      start,
      records: num(r.records) ?? 1,
      ...(r.interfaceId ? { eniId: r.interfaceId } : {}),
    };
  }
  return toFlowRow(r);
}

/** Endpoint-ENI totals per record start, ENI, action and destination. */
export interface EndpointRow {
  start: number;
  eniId: string;
  dstAddr?: string;
  action: "ACCEPT" | "REJECT";
  bytes: number;
  packets: number;
  records: number;
}

function num(v: string | undefined): number | undefined {
  if (v === undefined || v === "" || v === "-") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function action(v: string | undefined): "ACCEPT" | "REJECT" | undefined {
  return v === "ACCEPT" || v === "REJECT" ? v : undefined;
}

export function toFlowRow(r: Record<string, string>): FlowRow | undefined {
  const start = num(r.startTime);
  const srcPort = num(r.srcPort);
  const dstPort = num(r.dstPort);
  const a = action(r.action);
  if (start === undefined || srcPort === undefined || dstPort === undefined || !a) return undefined;
  if (!r.srcAddr || !r.dstAddr || r.srcAddr === "-" || r.dstAddr === "-") return undefined;
  const tcpFlags = num(r.tcpFlags);
  const address = (v: string | undefined) => (v && v !== "-" ? v : undefined);
  const pktSrcAddr = address(r[PKT_SRC_FIELD]);
  const pktDstAddr = address(r[PKT_DST_FIELD]);
  const eniId = address(r.interfaceId);
  return {
    start,
    end: num(r.endTime) ?? start,
    srcAddr: r.srcAddr,
    srcPort,
    dstAddr: r.dstAddr,
    dstPort,
    action: a,
    bytes: num(r.bytes) ?? 0,
    packets: num(r.packets) ?? 0,
    records: num(r.records) ?? 1,
    ...(tcpFlags !== undefined ? { tcpFlags } : {}),
    ...(eniId ? { eniId } : {}),
    ...(pktSrcAddr ? { pktSrcAddr } : {}),
    ...(pktDstAddr ? { pktDstAddr } : {}),
  };
}

export function toEndpointRow(r: Record<string, string>): EndpointRow | undefined {
  const start = num(r.startTime);
  const a = action(r.action);
  if (start === undefined || !a || !r.interfaceId) return undefined;
  return {
    start,
    eniId: r.interfaceId,
    ...(r.dstAddr && r.dstAddr !== "-" ? { dstAddr: r.dstAddr } : {}),
    action: a,
    bytes: num(r.bytes) ?? 0,
    packets: num(r.packets) ?? 0,
    records: num(r.records) ?? 1,
  };
}

/** A `fields` row of the access-log query, read back through the tolerant record parser. */
export function toConnection(r: Record<string, string>): AccessLogConnection | undefined {
  const record: Record<string, string> = {};
  for (const f of ACCESS_LOG_QUERY_FIELDS) if (r[f] !== undefined) record[f] = r[f];
  const parsed = parseAccessLog(JSON.stringify(record));
  return parsed.ok ? parsed.connection : undefined;
}

/** Logs Insights prints `@timestamp` as `2026-11-28 09:14:03.512` (UTC). */
export function insightsTimestamp(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const t = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v.replace(" ", "T") : `${v.replace(" ", "T")}Z`);
  return Number.isNaN(t) ? undefined : t;
}

/** Converts rows, counting those skipped. */
export function convertRows<T>(
  rows: readonly Record<string, string>[],
  to: (r: Record<string, string>) => T | undefined,
) {
  const out: T[] = [];
  let skipped = 0;
  for (const r of rows) {
    const v = to(r);
    if (v === undefined) skipped += 1;
    else out.push(v);
  }
  return { rows: out, skipped };
}
