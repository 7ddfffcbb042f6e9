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
 * The record's 14 fields when the message is a default-format (version 2) flow log record, else
 * null. Checked cheaply but strictly enough that a custom v3/v5 record or a JSON line never passes:
 * exactly 14 single-space-separated tokens, version 2, an eni- id and a known log-status.
 */
export function splitFlowRecord(message: string): string[] | null {
  if (message.charCodeAt(0) !== 50 /* "2" */ || message.charCodeAt(1) !== 32 /* " " */) return null;
  const parts = message.split(" ");
  if (parts.length !== 14) return null;
  const status = parts[13];
  if (status !== "OK" && status !== "NODATA" && status !== "SKIPDATA") return null;
  const eni = parts[2]!;
  if (!eni.startsWith("eni-") && eni !== "-") return null;
  return parts;
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
