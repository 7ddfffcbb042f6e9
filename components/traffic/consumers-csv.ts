import { toCsv } from "@/lib/export/to-csv";
import type { ConsumerTraffic } from "@/lib/schemas/traffic";
import { patternLabels } from "./pattern-label";

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
