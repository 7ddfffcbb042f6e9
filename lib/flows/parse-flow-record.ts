/**
 * One VPC flow-log line → a typed record. Lines that are not flow records are skipped and
 * counted, never thrown: a dashboard must survive whatever a log group holds.
 */
import type { FlowLogFormat } from "./flow-log-format";

export type LogStatus = "OK" | "NODATA" | "SKIPDATA";

export interface FlowRecord {
  version: number;
  interfaceId?: string;
  accountId?: string;
  srcAddr?: string;
  dstAddr?: string;
  srcPort?: number;
  dstPort?: number;
  protocol?: number;
  packets?: number;
  bytes?: number;
  /** Unix seconds. */
  start: number;
  end: number;
  action?: "ACCEPT" | "REJECT";
  logStatus: LogStatus;
  /** Every field by its format name, `-` kept as undefined; for fields the record type does not name. */
  fields: Record<string, string | undefined>;
}

export type ParseSkipReason = "field-count" | "bad-number" | "bad-action" | "bad-status";

export type ParseResult = { ok: true; record: FlowRecord } | { ok: false; reason: ParseSkipReason };

const LOG_STATUSES = new Set(["OK", "NODATA", "SKIPDATA"]);

function int(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) return null;
  return Number(value);
}

export function parseFlowRecord(line: string, format: FlowLogFormat): ParseResult {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length !== format.fields.length) return { ok: false, reason: "field-count" };
  const fields: Record<string, string | undefined> = {};
  format.fields.forEach((name, i) => {
    const v = tokens[i]!;
    fields[name] = v === "-" ? undefined : v;
  });

  const numbers: Record<string, number | undefined> = {};
  for (const name of ["version", "srcport", "dstport", "protocol", "packets", "bytes", "start", "end"]) {
    const n = int(fields[name]);
    if (n === null) return { ok: false, reason: "bad-number" };
    numbers[name] = n;
  }
  const action = fields.action;
  if (action !== undefined && action !== "ACCEPT" && action !== "REJECT")
    return { ok: false, reason: "bad-action" };
  const status = fields["log-status"] ?? "OK";
  if (!LOG_STATUSES.has(status)) return { ok: false, reason: "bad-status" };
  if (numbers.start === undefined || numbers.end === undefined) return { ok: false, reason: "bad-number" };

  return {
    ok: true,
    record: {
      version: numbers.version ?? 2,
      interfaceId: fields["interface-id"],
      accountId: fields["account-id"],
      srcAddr: fields.srcaddr,
      dstAddr: fields.dstaddr,
      srcPort: numbers.srcport,
      dstPort: numbers.dstport,
      protocol: numbers.protocol,
      packets: numbers.packets,
      bytes: numbers.bytes,
      start: numbers.start,
      end: numbers.end,
      action,
      logStatus: status as LogStatus,
      fields,
    },
  };
}

/** Parses many lines, counting what was skipped and why. */
export function parseFlowRecords(lines: Iterable<string>, format: FlowLogFormat) {
  const records: FlowRecord[] = [];
  const skipped: Partial<Record<ParseSkipReason, number>> = {};
  for (const line of lines) {
    if (!line.trim()) continue;
    const result = parseFlowRecord(line, format);
    if (result.ok) records.push(result.record);
    else skipped[result.reason] = (skipped[result.reason] ?? 0) + 1;
  }
  return { records, skipped };
}
