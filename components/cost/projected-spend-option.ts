/**
 * ECharts option for projected monthly spend by configuration: horizontal stacked bars (hourly
 * charges, data processing), most expensive on top. Pure, so it is tested without a DOM.
 */
import type { ChartPalette } from "../charts/options/chart-palette";
import { escapeHtml } from "../charts/options/escape-html";

export interface SpendBar {
  name: string;
  hourly: number;
  /** null: data charges unknown (no traffic data); drawn as nothing, labelled in the tooltip. */
  data: number | null;
}

interface AxisParam {
  axisValue?: string | number;
  marker?: string;
  seriesName?: string;
  value?: unknown;
}

export function projectedSpendOption(bars: SpendBar[], palette: ChartPalette): object {
  // ECharts draws category axes bottom-up: reverse so the first (largest) bar is on top.
  const rows = [...bars].reverse();
  const total = (b: SpendBar) => ({
    show: true,
    position: "right",
    color: palette.text,
    formatter: `${money(b.hourly + (b.data ?? 0))}${b.data === null ? "+" : ""}`,
  });
  const money = (v: number) =>
    `$${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return {
    animation: false,
    grid: { left: 8, right: 72, top: 28, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      left: 0,
      textStyle: { color: palette.textMuted },
      data: ["Hourly charges", "Data processing"],
    },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      // Our own formatter rather than ECharts' default: the category is a configuration name from AWS.
      formatter: (params: AxisParam[] | AxisParam) => {
        const list = Array.isArray(params) ? params : [params];
        const head = escapeHtml(list[0]?.axisValue ?? "");
        const lines = list.map(
          (x) =>
            `${x.marker ?? ""}${escapeHtml(x.seriesName)}: <b>${typeof x.value === "number" ? money(x.value) : "unknown"}</b>`,
        );
        return [head, ...lines].join("<br/>");
      },
    },
    xAxis: {
      type: "value",
      axisLabel: { color: palette.textMuted, formatter: (v: number) => `$${v}` },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: "category",
      data: rows.map((b) => b.name),
      axisLabel: { color: palette.text },
      axisLine: { lineStyle: { color: palette.axis } },
      axisTick: { show: false },
    },
    series: [
      {
        name: "Hourly charges",
        type: "bar",
        stack: "spend",
        barMaxWidth: 18,
        itemStyle: { color: palette.accent },
        // With data charges unknown there is no second segment: the total label goes on this one.
        data: rows.map((b) =>
          b.data === null || b.data === 0 ? { value: b.hourly, label: total(b) } : b.hourly,
        ),
      },
      {
        name: "Data processing",
        type: "bar",
        stack: "spend",
        barMaxWidth: 18,
        itemStyle: { color: palette.accent2 },
        data: rows.map((b) => (b.data !== null && b.data > 0 ? { value: b.data, label: total(b) } : b.data)),
      },
    ],
  };
}
