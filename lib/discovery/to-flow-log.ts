import type { FlowLog as RawFlowLog } from "@aws-sdk/client-ec2";
import type { FlowLog } from "@/lib/schemas/inventory";

export function toFlowLog(raw: RawFlowLog, seen: { accountId: string; region: string }): FlowLog {
  return {
    id: raw.FlowLogId ?? "",
    accountId: seen.accountId,
    region: seen.region,
    resourceId: raw.ResourceId ?? "",
    logGroupName: raw.LogGroupName,
    destinationType: raw.LogDestinationType,
    logFormat: raw.LogFormat,
    maxAggregationInterval: raw.MaxAggregationInterval,
    trafficType: raw.TrafficType,
    status: raw.FlowLogStatus,
  };
}
