import type { Value } from "./types";

/**
 * Field discovery, as Logs Insights does it for the two kinds of events the simulator stores:
 * VPC flow log records in the default version-2 format, and JSON objects (resource access logs).
 * Custom flow-log formats are not discovered: they need `parse`, as in AWS.
 */

/** Default-format field names, in record order (camelCase as Insights names them). */
export const FLOW_FIELDS = [
  "version",
  "accountId",
  "interfaceId",
  "srcAddr",
  "dstAddr",
  "srcPort",
  "dstPort",
  "protocol",
  "packets",
  "bytes",
  "start",
  "end",
  "action",
  "logStatus",
] as const;

/** name → index into the split record; the AWS docs also call start/end startTime/endTime, so both work. */
export const FLOW_FIELD_INDEX: ReadonlyMap<string, number> = new Map([
  ...FLOW_FIELDS.map((name, i) => [name, i] as const),
  ["startTime", 10],
  ["endTime", 11],
]);

/**
 * Where the 14 fields of a default-format (version 2) flow log record start, or null when the
 * message is not one. Checked cheaply but strictly enough that a custom v3/v5 record or a JSON line
 * never passes: exactly 14 single-space-separated tokens, version 2, an eni- id and a known
 * log-status. Offsets rather than `split`: most filters read one or two fields of a record and
 * drop it, so the other twelve strings would be garbage (split was most of a scan's time).
 * `offsets[i]` is where field i starts; `offsets[14]` is one past the end, plus the separator.
 */
export function flowRecordOffsets(message: string): number[] | null {
  if (message.charCodeAt(0) !== 50 /* "2" */ || message.charCodeAt(1) !== 32 /* " " */) return null;
  const offsets = [0, 2];
  let from = 2;
  for (let i = 2; i < 14; i++) {
    const space = message.indexOf(" ", from);
    if (space < 0) return null;
    from = space + 1;
    offsets.push(from);
  }
  if (message.indexOf(" ", from) >= 0) return null;
  offsets.push(message.length + 1);
  // Empty fields (double spaces) are not a flow record.
  for (let i = 1; i < 15; i++) if (offsets[i]! - offsets[i - 1]! < 2) return null;
  const status = message.slice(from);
  if (status !== "OK" && status !== "NODATA" && status !== "SKIPDATA") return null;
  if (!message.startsWith("eni-", offsets[2]!) && !message.startsWith("- ", offsets[2]!)) return null;
  return offsets;
}

/** Field `i` of a record whose offsets came from flowRecordOffsets. */
export function flowField(message: string, offsets: number[], i: number): string {
  return message.slice(offsets[i]!, offsets[i + 1]! - 1);
}

/**
 * Top-level and nested keys of a JSON object message, nested ones joined with dots (`a.b`,
 * arrays by index `a.0`), or null when the message is not a JSON object. Strings and numbers keep
 * their type; booleans print as true/false; nulls are absent.
 */
export function flattenJsonMessage(message: string): Map<string, Value> | null {
  let i = 0;
  while (i < message.length && (message[i] === " " || message[i] === "\t")) i++;
  if (message[i] !== "{") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const out = new Map<string, Value>();
  flatten(parsed as Record<string, unknown>, "", out, 0);
  return out;
}

function flatten(
  obj: Record<string, unknown> | unknown[],
  prefix: string,
  out: Map<string, Value>,
  depth: number,
): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix + k;
    if (v === null || v === undefined) continue;
    if (typeof v === "string" || typeof v === "number") out.set(key, v);
    else if (typeof v === "boolean") out.set(key, v ? "true" : "false");
    else if (typeof v === "object" && depth < 16)
      flatten(v as Record<string, unknown>, `${key}.`, out, depth + 1);
  }
}
