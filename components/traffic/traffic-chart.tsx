"use client";

import { useMemo, useRef } from "react";
import type { TrafficReport } from "@/lib/schemas/traffic";
import { downloadChartPng, EChart, type EChartInstance } from "../charts/echart";
import { METRICS, metricLabels, trafficSeriesOption } from "../charts/options/traffic-series-option";
import { useChartPalette } from "../charts/use-chart-palette";
import { useDisplayZone } from "../time/use-display-zone";
import { useTimeRange, useTrafficMetric } from "../time-range/use-time-range";
import { brushWindow } from "../time-range/window-edits";
import { formatUtc } from "./format-traffic";
import styles from "./traffic.module.css";
import { TrafficSeriesTable } from "./traffic-series-table";

/** The time series with its metric switcher (`metric` in the URL), drag-to-zoom and PNG export. */
export function TrafficChart({ report, title }: { report: TrafficReport; title: string }) {
  const [metric, setMetric] = useTrafficMetric();
  const [, setRange] = useTimeRange();
  const palette = useChartPalette();
  const chart = useRef<EChartInstance | null>(null);
  const { series, window } = report;
  const [zone] = useDisplayZone();
  const alarms = report.alarms;
  const option = useMemo(
    () => trafficSeriesOption({ series, metric, window, palette, alarms, zone }),
    [series, metric, window, palette, alarms, zone],
  );
  const rejects = series.reduce((n, p) => n + p.rejects, 0);
  const inAlarm = (alarms ?? []).reduce((n, a) => n + a.intervals.length, 0);

  return (
    <div className={styles.chartBlock}>
      <div className={styles.chartBar}>
        <fieldset className={styles.segmented}>
          <legend className="sr-only">Metric</legend>
          {METRICS.map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={metric === m}
              className={metric === m ? styles.on : undefined}
              onClick={() => void setMetric(m)}
            >
              {metricLabels[m]}
              {m === "rejects" && rejects > 0 && (
                <span className={styles.dot} title="Rejects in this window" aria-hidden />
              )}
            </button>
          ))}
        </fieldset>
        <span className="dim small">Drag across the chart to zoom into a time range</span>
        <span className="spacer" />
        <button
          type="button"
          className="btn"
          onClick={() =>
            chart.current &&
            downloadChartPng(
              chart.current,
              `${title}-${metric}-${new Date(window.start).toISOString().slice(0, 16)}.png`,
              palette.surface,
            )
          }
        >
          Export PNG
        </button>
      </div>
      {series.length === 0 ? (
        <div className={`empty ${styles.chartEmpty}`}>
          <strong>No data points in this window</strong>
          {!report.totals
            ? "No data source."
            : report.totals.bytes > 0 || report.totals.connections > 0
              ? "The totals above are known, but the sources gave no time series for this view."
              : "The sources were read and held no traffic for this resource."}
        </div>
      ) : (
        <EChart
          option={option}
          height={260}
          label={`${metricLabels[metric]} for ${title}, ${formatUtc(window.start)} to ${formatUtc(window.end)}${rejects > 0 ? `, ${rejects} rejects highlighted in red` : ""}${inAlarm ? `, ${inAlarm} alarm interval${inAlarm === 1 ? "" : "s"} shaded` : ""}`}
          onBrushRange={(a, b) => void setRange(brushWindow(a, b))}
          onReady={(c) => {
            chart.current = c;
          }}
        />
      )}
      <TrafficSeriesTable series={series} title={title} />
    </div>
  );
}
