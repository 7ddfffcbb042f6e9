import type { ViewAlarm } from "@/lib/alarms/alarm-types";
import { axisTick, formatInZone, UTC } from "@/lib/links/display-zone";
import type { TrafficPoint } from "@/lib/schemas/traffic";
import { formatBytes, formatCount, formatInteger, formatStep } from "../../traffic/format-traffic";
import { alarmSeries, alarmTooltipLines } from "./alarm-marks";
import { binaryInterval } from "./binary-interval";
import type { ChartPalette } from "./chart-palette";
import { escapeHtml } from "./escape-html";
import { rejectAreas } from "./reject-areas";

export const METRICS = ["bytes", "connections", "rejects"] as const;
export type TrafficMetric = (typeof METRICS)[number];

export const metricLabels: Record<TrafficMetric, string> = {
  bytes: "Bytes",
  connections: "Connections",
  rejects: "Rejects",
};

interface TooltipParam {
  seriesName: string;
  marker: string;
  value: [number, number];
}

/**
 * The time-series option for one subject and metric. Bytes are stacked (to + from the resource =
 * total); rejects are red bars; on every metric the buckets with rejects get a red band so a reject
 * burst is never hidden behind the metric being looked at. The x axis spans the whole window (not
 * just the data), so an empty stretch reads as "no traffic then", not as a shorter window.
 */
export function trafficSeriesOption(input: {
  series: TrafficPoint[];
  metric: TrafficMetric;
  window: { start: number; end: number; step: number };
  palette: ChartPalette;
  /** Drawn as ALARM bands and state-change marks. */
  alarms?: readonly ViewAlarm[];
  /** Display time zone of the axis and tooltip (default UTC). */
  zone?: string;
}) {
  const { series, metric, window, palette: p, alarms = [], zone = UTC } = input;
  const stepMs = window.step * 1000;
  const fmt = metric === "bytes" ? (v: number) => formatBytes(v) : (v: number) => formatInteger(v);
  const bands = rejectAreas(series, stepMs).map((a) => [
    {
      xAxis: a.start,
      name: `${formatInteger(a.rejects)} rejected`,
    },
    { xAxis: a.end },
  ]);
  const markArea = {
    silent: true,
    itemStyle: { color: p.badBg },
    label: { show: metric !== "rejects", color: p.bad, fontSize: 10, position: "insideTop" as const },
    data: bands,
  };

  const area = (name: string, key: keyof TrafficPoint, color: string, withBands: boolean) => ({
    name,
    type: "line" as const,
    stack: metric === "bytes" ? "bytes" : undefined,
    showSymbol: false,
    symbolSize: 4,
    lineStyle: { width: 1.25, color },
    itemStyle: { color },
    areaStyle: { opacity: 0.18, color },
    emphasis: { focus: "series" as const },
    data: series.map((pt) => [pt.t, pt[key] ?? 0]),
    ...(withBands ? { markArea } : {}),
  });

  const seriesOptions =
    metric === "bytes"
      ? [
          area("To resource (requests)", "bytesToResource", p.accent, true),
          area("From resource (responses)", "bytesFromResource", p.accent2, false),
        ]
      : metric === "connections"
        ? [area("Connections", "connections", p.accent, true)]
        : [
            {
              name: "Rejects",
              type: "bar" as const,
              barMinWidth: 2,
              barMaxWidth: 12,
              itemStyle: { color: p.bad },
              data: series.map((pt) => [pt.t, pt.rejects]),
              markArea,
            },
          ];

  // Stacked bytes: the axis must reach the sum of both directions.
  const maxBytes = series.reduce(
    (m, pt) => Math.max(m, (pt.bytesToResource ?? 0) + (pt.bytesFromResource ?? 0)),
    0,
  );
  const interval = metric === "bytes" ? binaryInterval(maxBytes) : undefined;

  return {
    animation: false,
    backgroundColor: "transparent",
    textStyle: { color: p.text, fontFamily: "inherit" },
    grid: { left: 64, right: 16, top: 28, bottom: 28 },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { color: p.textMuted, fontSize: 11 },
    },
    tooltip: {
      trigger: "axis" as const,
      axisPointer: { type: "line" as const, lineStyle: { color: p.axis } },
      backgroundColor: p.surface,
      borderColor: p.axis,
      textStyle: { color: p.text, fontSize: 12 },
      formatter: (params: TooltipParam[] | TooltipParam) => {
        const list = Array.isArray(params) ? params : [params];
        const t = list[0]?.value[0];
        if (t === undefined) return "";
        const point = series.find((pt) => pt.t === t);
        const lines = list.map((x) => `${x.marker}${escapeHtml(x.seriesName)}: <b>${fmt(x.value[1])}</b>`);
        if (metric === "bytes" && list.length > 1)
          lines.push(`Total: <b>${formatBytes(list.reduce((n, x) => n + x.value[1], 0))}</b>`);
        if (metric !== "rejects" && point && point.rejects > 0)
          lines.push(`<span style="color:${p.bad}">Rejects: <b>${formatInteger(point.rejects)}</b></span>`);
        lines.push(...alarmTooltipLines(alarms, t, p));
        return [
          `${escapeHtml(formatInZone(t, zone))} <span style="color:${p.textMuted}">+${formatStep(window.step)}</span>`,
          ...lines,
        ].join("<br/>");
      },
    },
    xAxis: {
      type: "time" as const,
      min: window.start,
      max: window.end,
      axisLine: { lineStyle: { color: p.axis } },
      axisLabel: {
        color: p.textMuted,
        fontSize: 11,
        hideOverlap: true,
        formatter: (v: number) => axisTick(v, zone),
      },
      splitLine: { show: false },
    },
    yAxis: {
      type: "value" as const,
      min: 0,
      splitNumber: 4,
      ...(interval ? { interval, max: Math.ceil(maxBytes / interval) * interval } : {}),
      axisLabel: {
        color: p.textMuted,
        fontSize: 11,
        formatter: metric === "bytes" ? (v: number) => formatBytes(v, 0) : (v: number) => formatCount(v),
      },
      splitLine: { lineStyle: { color: p.grid } },
    },
    // Drag across the plot selects a time range; the wrapper turns it into a new URL window.
    brush: {
      xAxisIndex: 0,
      brushType: "lineX" as const,
      brushMode: "single" as const,
      transformable: false,
      throttleType: "debounce" as const,
      brushStyle: { borderWidth: 1, color: "rgba(31, 95, 191, 0.12)", borderColor: p.accent },
      outOfBrush: { colorAlpha: 0.4 },
    },
    toolbox: { show: false, feature: { brush: { type: ["lineX"] } } },
    series: [...seriesOptions, ...alarmSeries(alarms, window, p)],
  };
}
