/**
 * DescribeAlarmHistory [BC-CW]: `AlarmName` (omitted: every alarm of the requested `AlarmTypes`,
 * metric alarms by default), `HistoryItemType` (only StateUpdate items exist here: the simulator
 * has no configuration changes and runs no actions), `StartDate`/`EndDate` (inclusive, epoch
 * seconds on the wire), `ScanBy` (TimestampDescending by default), `MaxRecords` 1–100 (default
 * 100), `NextToken`. Items are the evaluated state changes; HistoryData is CloudWatch's JSON
 * (`{"version":"1.0","oldState":{…},"newState":{…}}`).
 */
import type { AlarmHistoryItem, DescribeAlarmHistoryOutput } from "@aws-sdk/client-cloudwatch";
import { alarmTimelines } from "../../alarms/alarm-timelines";
import type { CallContext } from "../../protocols/types";
import { cwInvalidParameter } from "./cloudwatch-errors";
import { cloudWatchPage } from "./cloudwatch-paging";

const ITEM_TYPES = [
  "ConfigurationUpdate",
  "StateUpdate",
  "Action",
  "AlarmContributorStateUpdate",
  "AlarmContributorAction",
];

function date(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  const ms = typeof v === "number" ? v * 1000 : typeof v === "string" ? Date.parse(v) : Number.NaN;
  if (!Number.isFinite(ms)) throw cwInvalidParameter(`The parameter ${name} is not a valid timestamp.`);
  return ms;
}

export function describeAlarmHistory(
  ctx: CallContext,
  input: Record<string, unknown>,
): DescribeAlarmHistoryOutput {
  const name = typeof input.AlarmName === "string" ? input.AlarmName : undefined;
  const types = Array.isArray(input.AlarmTypes) ? (input.AlarmTypes as string[]) : ["MetricAlarm"];
  const itemType = typeof input.HistoryItemType === "string" ? input.HistoryItemType : undefined;
  if (itemType !== undefined && !ITEM_TYPES.includes(itemType))
    throw cwInvalidParameter(
      `The value ${itemType} for parameter HistoryItemType is not valid. Valid values: ${ITEM_TYPES.join(", ")}.`,
    );
  const start = date(input.StartDate, "StartDate");
  const end = date(input.EndDate, "EndDate");
  if (start !== undefined && end !== undefined && end < start)
    throw cwInvalidParameter("The parameter StartDate must be before EndDate.");
  const max = input.MaxRecords === undefined ? 100 : Number(input.MaxRecords);
  if (!Number.isInteger(max) || max < 1 || max > 100)
    throw cwInvalidParameter(
      `The value ${String(input.MaxRecords)} for parameter MaxRecords is not valid. Must be 1-100.`,
    );
  const ascending = input.ScanBy === "TimestampAscending";
  const items: AlarmHistoryItem[] = [];
  if (itemType === undefined || itemType === "StateUpdate") {
    for (const t of alarmTimelines(ctx).values()) {
      if (name !== undefined ? t.name !== name : !types.includes(t.type)) continue;
      let oldReason = "Unchecked: Initial alarm creation";
      for (const c of t.changes) {
        const previous = oldReason;
        oldReason = c.reason;
        if ((start !== undefined && c.at < start) || (end !== undefined && c.at > end)) continue;
        items.push({
          AlarmName: t.name,
          AlarmType: t.type,
          Timestamp: new Date(c.at),
          HistoryItemType: "StateUpdate",
          HistorySummary: `Alarm updated from ${c.from} to ${c.to}`,
          HistoryData: JSON.stringify({
            version: "1.0",
            oldState: { stateValue: c.from, stateReason: previous },
            newState: {
              stateValue: c.to,
              stateReason: c.reason,
              ...(c.reasonData ? { stateReasonData: JSON.parse(c.reasonData) } : {}),
            },
          }),
        });
      }
    }
  }
  items.sort((a, b) => {
    const d = (a.Timestamp?.getTime() ?? 0) - (b.Timestamp?.getTime() ?? 0);
    return (ascending ? d : -d) || ((a.AlarmName ?? "") < (b.AlarmName ?? "") ? -1 : 1);
  });
  const page = cloudWatchPage("DescribeAlarmHistory", items, max, input.NextToken);
  return { AlarmHistoryItems: page.items, NextToken: page.nextToken };
}
