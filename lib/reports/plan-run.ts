/**
 * What a run at a given time covers: its period (start, end, zone) and the view's URL with that
 * period written in absolutely, so the run renders, and its links open, the same moment later. Pure.
 */
import type { ReportInput } from "./report-definition";
import { parseViewUrl, type ReportView, viewHref } from "./report-views";
import { billingMonthPeriod, type Period, reportPeriod } from "./report-window";
import { formatWall } from "./time-zone";
import { defaultWindow } from "./validate-report";

export interface RunPlan {
  /** Unique per report and trigger: a period is run (and delivered) once. */
  periodKey: string;
  period: Period;
  view: ReportView;
  viewUrl: string;
}

const iso = (t: number) => new Date(t).toISOString();

export function planRun(report: Pick<ReportInput, "url" | "window" | "timeZone">, at: number): RunPlan {
  const parsed = parseViewUrl(report.url);
  if (!parsed.ok) throw new Error(`report url: ${parsed.message}`);
  const view = parsed.view;
  const spec = report.window ?? defaultWindow(view);
  const zone = report.timeZone;
  let period: Period;
  let viewUrl: string;
  if (view.window === "traffic" && spec) {
    period = reportPeriod(spec, at, zone);
    viewUrl = viewHref(view, { from: iso(period.start), to: iso(period.end) });
  } else if (view.window === "month" && spec) {
    const m = billingMonthPeriod(spec, at, zone);
    // Month to date as of the run: each day's run of a month-to-date report is its own period.
    period = { start: m.start, end: Math.min(at, m.end), zone: m.zone, label: m.label };
    viewUrl = viewHref(view, { month: m.month });
  } else {
    period = { start: at, end: at, zone, label: `as of ${formatWall(at, zone)} ${zone}` };
    viewUrl = viewHref(view);
  }
  return { periodKey: `${iso(period.start)}/${iso(period.end)}`, period, view, viewUrl };
}
