import type { ViewAlarm } from "@/lib/alarms/alarm-types";
import type { ChartPalette } from "./chart-palette";
import { escapeHtml } from "./escape-html";

/**
 * Alarms on a time chart: each ALARM interval a hatched-red band (the highlighted alarm darker),
 * each state change a dashed mark, as one extra series with no data of its own. Labels are drawn
 * by ECharts on the canvas (text, not HTML); `alarmTooltipLines` goes into an HTML tooltip and
 * escapes the names (they come from AWS accounts).
 */
export function alarmSeries(
  alarms: readonly ViewAlarm[],
  window: { start: number; end: number },
  p: ChartPalette,
) {
  if (!alarms.length) return [];
  // One label: the highlighted alarm's, else the first alarm's (overlapping labels are unreadable).
  const labelled =
    alarms.find((a) => a.highlighted && a.intervals.length) ?? alarms.find((a) => a.intervals.length);
  const bands = alarms.flatMap((a) =>
    a.intervals.map((i) => [
      {
        xAxis: Math.max(i.start, window.start),
        name: `ALARM ${a.name}`,
        label: { show: a === labelled },
        itemStyle: {
          color: a.highlighted ? "rgba(179, 38, 30, 0.26)" : p.badBg,
          borderColor: p.bad,
          borderWidth: a.highlighted ? 1 : 0,
        },
      },
      { xAxis: Math.min(i.end ?? window.end, window.end) },
    ]),
  );
  const marks = alarms.flatMap((a) =>
    a.changes
      .filter((c) => c.t >= window.start && c.t <= window.end)
      .map((c) => ({
        xAxis: c.t,
        name: `${a.name}: ${c.from} → ${c.to}`,
        lineStyle: { color: c.to === "ALARM" ? p.bad : p.axis },
      })),
  );
  return [
    {
      name: "Alarms",
      type: "line" as const,
      data: [] as Array<[number, number]>,
      silent: true,
      showSymbol: false,
      tooltip: { show: false },
      markArea: {
        silent: true,
        label: { show: true, color: p.bad, fontSize: 10, position: "insideTopLeft" as const },
        data: bands,
      },
      markLine: {
        silent: true,
        symbol: ["none", "none"] as const,
        label: { show: false },
        lineStyle: { type: "dashed" as const, width: 1 },
        data: marks,
      },
    },
  ];
}

/** The alarms in ALARM at `t`, as tooltip lines (escaped). */
export function alarmTooltipLines(
  alarms: readonly ViewAlarm[] | undefined,
  t: number,
  p: ChartPalette,
): string[] {
  return (alarms ?? [])
    .filter((a) => a.intervals.some((i) => i.start <= t && (i.end === null || t < i.end)))
    .map((a) => `<span style="color:${p.bad}">ALARM: <b>${escapeHtml(a.name)}</b></span>`);
}
