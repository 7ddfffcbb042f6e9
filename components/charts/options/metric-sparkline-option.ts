import { formatUtc } from "../../traffic/format-traffic";
import type { ChartPalette } from "./chart-palette";
import { escapeHtml } from "./escape-html";

/**
 * A sparkline for any CloudWatch series (per-period values): no axes, a tooltip with the time and
 * the formatted value. Periods without a datapoint stay gaps: CloudWatch publishes nothing for
 * them, which is not the same as 0.
 */
export function metricSparklineOption(input: {
  points: ReadonlyArray<{ t: number; v: number }>;
  period: number;
  window: { start: number; end: number };
  format: (v: number) => string;
  palette: ChartPalette;
}) {
  const { points, period, window, format, palette: p } = input;
  const data: Array<[number, number | null]> = [];
  let prev: number | undefined;
  for (const pt of points) {
    if (prev !== undefined && pt.t - prev > period * 1000) data.push([prev + period * 1000, null]);
    data.push([pt.t, pt.v]);
    prev = pt.t;
  }
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
        return v && v[1] !== null
          ? `${escapeHtml(formatUtc(v[0]))}<br/><b>${escapeHtml(format(v[1]))}</b>`
          : "";
      },
    },
    xAxis: { type: "time" as const, min: window.start, max: window.end, show: false },
    yAxis: { type: "value" as const, min: 0, show: false },
    series: [
      {
        type: "line" as const,
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 1.25, color: p.accent },
        areaStyle: { opacity: 0.12, color: p.accent },
        data,
      },
    ],
  };
}
