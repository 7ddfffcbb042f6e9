/**
 * The access-log coverage of a subject (one or more configurations) as a SourceCoverage badge.
 * Pure.
 */
import type { SourceCoverage } from "@/lib/schemas/traffic";
import { type AccessLogCoverage, type LogGroupRef, sameGroup } from "./access-log-coverage";

export function accessLogSource(
  coverages: readonly AccessLogCoverage[],
  failed: readonly LogGroupRef[],
): SourceCoverage {
  const groups = coverages.flatMap((c) => c.groups);
  const names = [...new Set(groups.map((g) => g.name))].sort();
  if (groups.length === 0) {
    const unreadable = coverages.flatMap((c) => c.unreadable);
    return {
      kind: "access-logs",
      status: "missing",
      detail: unreadable.length
        ? `Access logs go to ${unreadable.join(", ")}, which Logs Insights cannot read; connections estimated from flow records`
        : "Resource access logs are not enabled; consumers cannot be told apart and connections are estimated from flow records",
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
      : `Connections from ${names.join(", ")}${via.length ? ` (service network ${via.join(", ")}: Resource-endpoint consumers are not logged there)` : ""}${readable.length < groups.length ? "; some groups could not be read" : ""}`,
    logGroups: names,
  };
}
