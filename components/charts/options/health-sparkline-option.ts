import { formatInZone, UTC } from "@/lib/links/display-zone";
import type { NfmHealthPoint } from "@/lib/schemas/traffic";
import { formatInteger, formatMicros } from "../../traffic/format-traffic";
import type { ChartPalette } from "./chart-palette";

export type HealthMetric = "roundTripTime" | "retransmissions" | "timeouts";

/** Degraded runs (healthIndicator = 1) as [start, end) ranges for the red bands. */
export function degradedAreas(series: ReadonlyArray<NfmHealthPoint>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < series.length; i++) {
    const pt = series[i]!;
    if (pt.healthIndicator !== 1) continue;
    const next = series[i + 1]?.t ?? pt.t + (i > 0 ? pt.t - series[i - 1]!.t : 60_000);
    const last = out[out.length - 1];
    if (last && last.end >= pt.t) last.end = next;
    else out.push({ start: pt.t, end: next });
  }
  return out;
}

/**
 * A sparkline for one Network Flow Monitor metric: no axes, a tooltip with the unit, degraded
 * stretches banded in red. Small enough for one row per monitor.
 */
export function healthSparklineOption(input: {
  series: NfmHealthPoint[];
  metric: HealthMetric;
  window: { start: number; end: number };
  palette: ChartPalette;
  /** Display time zone of the tooltip (default UTC). */
  zone?: string;
}) {
  const { series, metric, window, palette: p, zone = UTC } = input;
  const fmt = metric === "roundTripTime" ? formatMicros : formatInteger;
  const color = metric === "roundTripTime" ? p.accent : metric === "timeouts" ? p.bad : p.pending;
  return {
    animation: false,
    backgroundColor: "transparent",
    grid: { left: 2, right: 2, top: 4, bottom: 2 },
    tooltip: {
      trigger: "axis" as const,
      confine: true,
      backgroundColor: p.surface,
      borderColor: p.axis,
      textStyle: { color: p.text, fontSize: 11 },
      formatter: (params: Array<{ value: [number, number | null] }>) => {
        const v = params[0]?.value;
        return v ? `${formatInZone(v[0], zone)}<br/><b>${fmt(v[1])}</b>` : "";
      },
    },
    xAxis: { type: "time" as const, min: window.start, max: window.end, show: false },
    yAxis: { type: "value" as const, min: 0, show: false },
    series: [
      {
        type: "line" as const,
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 1.25, color },
        areaStyle: { opacity: 0.12, color },
        data: series.map((pt) => [pt.t, pt[metric] ?? null]),
        markArea: {
          silent: true,
          itemStyle: { color: p.badBg },
          data: degradedAreas(series).map((a) => [{ xAxis: a.start }, { xAxis: a.end }]),
        },
      },
    ],
  };
}
