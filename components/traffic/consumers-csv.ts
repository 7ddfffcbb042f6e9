import type { ConsumerTraffic } from "@/lib/schemas/traffic";
import { patternLabels } from "./pattern-label";

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. A leading = + - @
 * is prefixed with ' so a spreadsheet never evaluates an id or name as a formula.
 */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: Array<Array<string | number | undefined | null>>): string {
  return `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

const header = [
  "account",
  "vpc",
  "endpoint",
  "pattern",
  "association",
  "service_network",
  "resource_configuration",
  "bytes",
  "bytes_to_resource",
  "bytes_from_resource",
  "connections",
  "rejects",
  "endpoint_estimate_bytes",
  "endpoint_estimate_rejects",
];

/** The consumers table as CSV: raw numbers (bytes in bytes), so a spreadsheet can sum them. */
export function consumersCsv(consumers: ConsumerTraffic[]): string {
  return toCsv([
    header,
    ...consumers.map((c) => [
      c.accountId,
      c.vpcId,
      c.endpointId,
      patternLabels[c.pattern],
      c.associationId,
      c.serviceNetworkId,
      c.resourceConfigurationId,
      c.bytes,
      c.bytesToResource,
      c.bytesFromResource,
      c.connections,
      c.rejects,
      c.endpointEstimate?.bytes,
      c.endpointEstimate?.rejects,
    ]),
  ]);
}
