import "server-only";
import { paginateDescribeAlarmHistory } from "@aws-sdk/client-cloudwatch";
import type { TrafficClients } from "@/lib/aws/make-clients";
import { parseHistoryItem } from "./alarm-intervals";
import type { AlarmChange } from "./alarm-types";

/** DescribeAlarmHistory (state updates, every page) of one alarm between two instants, ascending. */
export async function alarmHistory(
  clients: TrafficClients,
  alarm: { name: string; type: "metric" | "composite" },
  start: number,
  end: number,
): Promise<AlarmChange[]> {
  const out: AlarmChange[] = [];
  for await (const page of paginateDescribeAlarmHistory(
    { client: clients.cloudwatch, pageSize: 100 },
    {
      AlarmName: alarm.name,
      AlarmTypes: [alarm.type === "composite" ? "CompositeAlarm" : "MetricAlarm"],
      HistoryItemType: "StateUpdate",
      StartDate: new Date(start),
      EndDate: new Date(end),
      ScanBy: "TimestampAscending",
    },
  )) {
    for (const item of page.AlarmHistoryItems ?? []) {
      const c = parseHistoryItem(item);
      if (c) out.push(c);
    }
  }
  return out.sort((a, b) => a.t - b.t);
}
