import "server-only";
import type { TrafficReport, TrafficSubjectKind } from "@/lib/schemas/traffic";
import { type AlarmDeps, viewAlarms } from "./get-alarms";

/**
 * A traffic report with the subject's alarms (`alarms[]`, ALARM intervals over its window). An
 * alarm failure is a warning on the report, never a failed traffic view.
 */
export async function withAlarms(
  report: TrafficReport,
  kind: TrafficSubjectKind,
  id: string,
  highlight?: string | null,
  deps?: AlarmDeps,
): Promise<TrafficReport> {
  try {
    const { alarms, warnings } = await viewAlarms(
      kind,
      id,
      { start: report.window.start, end: report.window.end },
      highlight ?? undefined,
      deps,
    );
    return {
      ...report,
      alarms,
      warnings: [
        ...report.warnings,
        ...warnings.map((w) => ({
          source: "inventory" as const,
          accountId: w.accountId,
          region: w.region,
          code: w.code,
          message: w.message,
        })),
      ],
    };
  } catch (e) {
    return {
      ...report,
      alarms: [],
      warnings: [
        ...report.warnings,
        { source: "inventory", code: "alarms", message: `Alarms could not be read: ${(e as Error).message}` },
      ],
    };
  }
}
