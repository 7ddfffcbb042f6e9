/**
 * Network Flow Monitor's CloudWatch metrics and how to combine them across measurement sources.
 * Pure.
 */
import type { NfmHealthPoint } from "@/lib/schemas/traffic";

export const NFM_NAMESPACE = "AWS/NetworkFlowMonitor";

export const NFM_METRICS = [
  { metricName: "DataTransferred", stat: "Sum", field: "dataTransferred", combine: "sum" },
  { metricName: "Retransmissions", stat: "Sum", field: "retransmissions", combine: "sum" },
  { metricName: "Timeouts", stat: "Sum", field: "timeouts", combine: "sum" },
  { metricName: "RoundTripTime", stat: "Average", field: "roundTripTime", combine: "avg" },
  { metricName: "HealthIndicator", stat: "Maximum", field: "healthIndicator", combine: "max" },
] as const satisfies ReadonlyArray<{
  metricName: string;
  stat: string;
  field: keyof NfmHealthPoint;
  combine: string;
}>;

export type NfmMetric = (typeof NFM_METRICS)[number];

/** Monitor resources name VPCs and subnets by id or ARN. */
export function watchedIds(
  localResources: ReadonlyArray<{ type: string; identifier: string }>,
  vpcId: string,
  subnetIds: readonly string[],
): string[] {
  const out: string[] = [];
  for (const r of localResources) {
    const id = r.identifier.split("/").pop() ?? r.identifier;
    if (r.type === "AWS::EC2::VPC" && id === vpcId) out.push(vpcId);
    if (r.type === "AWS::EC2::Subnet" && subnetIds.includes(id)) out.push(id);
  }
  return out;
}

/** Several series of one metric (one per measurement source) → one, point by point. */
export function combineSeries(
  metric: NfmMetric,
  series: ReadonlyArray<Map<number, number>>,
): Map<number, number> {
  const out = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const s of series)
    for (const [t, v] of s) {
      const prev = out.get(t);
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (prev === undefined) out.set(t, v);
      else if (metric.combine === "max") out.set(t, Math.max(prev, v));
      else out.set(t, prev + v);
    }
  if (metric.combine === "avg") for (const [t, v] of out) out.set(t, v / (counts.get(t) ?? 1));
  return out;
}
