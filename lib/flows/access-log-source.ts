/**
 * The access-log coverage of a subject (one or more configurations) as a SourceCoverage badge.
 * Pure.
 */
import type { SourceCoverage } from "@/lib/schemas/traffic";
import { type AccessLogCoverage, type LogGroupRef, sameGroup } from "./access-log-coverage";
import { destinationLabel } from "./access-log-destination";

export function accessLogSource(
  coverages: readonly AccessLogCoverage[],
  failed: readonly LogGroupRef[],
): SourceCoverage {
  const groups = coverages.flatMap((c) => c.groups);
  const names = [...new Set(groups.map((g) => g.name))].sort();
  const serviceOnly = [...new Set(coverages.flatMap((c) => c.serviceOnlyNetworks ?? []))].sort();
  const serviceNote = serviceOnly.length
    ? `Service network ${serviceOnly.join(", ")} has service access logs only (serviceNetworkLogType SERVICE): no resource connections. Fix: aws vpc-lattice create-access-log-subscription --resource-identifier ${serviceOnly[0]} --destination-arn <log group ARN> --service-network-log-type RESOURCE`
    : undefined;
  if (groups.length === 0) {
    const delivered = coverages.flatMap((c) => c.delivered ?? []);
    if (delivered.length) {
      const where = [...new Set(delivered.map((d) => destinationLabel[d.kind]))].join("/");
      return {
        kind: "access-logs",
        status: "missing",
        statusLabel: `delivered to ${where}`,
        detail: [
          `Resource access logs are delivered to ${delivered.map((d) => d.arn).join(", ")}, which Logs Insights cannot read; consumers cannot be told apart here and connections are estimated from flow records`,
          ...(serviceNote ? [serviceNote] : []),
        ].join(". "),
      };
    }
    if (serviceNote)
      return {
        kind: "access-logs",
        status: "missing",
        statusLabel: "service access logs: no resource connections",
        detail: `${serviceNote}. Consumers cannot be told apart and connections are estimated from flow records`,
      };
    return {
      kind: "access-logs",
      status: "missing",
      detail:
        "Resource access logs are not enabled; consumers cannot be told apart and connections are estimated from flow records",
    };
  }
  const readable = groups.filter((g) => !failed.some((f) => sameGroup(f, g)));
  if (readable.length === 0)
    return {
      kind: "access-logs",
      status: "error",
      detail: `Could not read ${names.join(", ")}`,
      logGroups: names,
    };
  const complete = coverages.every((c) => c.complete) && readable.length === groups.length;
  const via = [...new Set(coverages.flatMap((c) => c.viaServiceNetworks))];
  return {
    kind: "access-logs",
    status: complete ? "available" : "partial",
    detail: complete
      ? `Connections from ${names.join(", ")}`
      : `Connections from ${names.join(", ")}${via.length ? ` (service network ${via.join(", ")}: Resource-endpoint consumers are not logged there)` : ""}${readable.length < groups.length ? "; some groups could not be read" : ""}${serviceNote ? `; ${serviceNote}` : ""}`,
    logGroups: names,
  };
}
