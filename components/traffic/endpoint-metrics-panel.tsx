"use client";

import { useState } from "react";
import { metricLabel, otherDimensions } from "@/lib/metrics/endpoint-metric-series";
import type { EndpointMetrics, SourceCoverage } from "@/lib/schemas/traffic";
import { EChart } from "../charts/echart";
import { metricSparklineOption } from "../charts/options/metric-sparkline-option";
import { useChartPalette } from "../charts/use-chart-palette";
import { ResourceLink } from "../ui/resource-link";
import { formatMetricValue } from "./format-metric-value";
import { formatStep } from "./format-traffic";
import styles from "./traffic.module.css";

/**
 * Whatever `AWS/VpcLattice` lists for the subject's endpoints, shown generically: a picker over
 * every series ListMetrics found (name + dimensions as listed), its sparkline, and every series'
 * sum and peak over the window. No metric name is known in advance.
 */
export function EndpointMetricsPanel({
  metrics,
  source,
  window,
  names,
  showEndpoint,
}: {
  metrics: EndpointMetrics[];
  source?: SourceCoverage;
  window: { start: number; end: number };
  names: Record<string, string>;
  showEndpoint: boolean;
}) {
  const palette = useChartPalette();
  const rows = metrics.flatMap((m) => m.series.map((s) => ({ m, s, id: `${m.endpointId}|${s.key}` })));
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const current = rows.find((r) => r.id === picked) ?? rows[0];
  const seriesTitle = (r: (typeof rows)[number]) => {
    const other = otherDimensions(r.s, r.m.endpointId)
      .map((d) => `${d.name}=${d.value}`)
      .join(", ");
    return `${showEndpoint ? `${r.m.endpointId} · ` : ""}${metricLabel(r.s.metricName)}${other ? ` (${other})` : ""}`;
  };
  return (
    <section className="panel" aria-labelledby="traffic-endpoint-metrics" data-testid="endpoint-metrics">
      <div className={styles.panelHead}>
        <h2 id="traffic-endpoint-metrics">
          Endpoint metrics <span className="count num">{rows.length}</span>
        </h2>
        {rows.length > 0 && (
          <label className="small">
            Series{" "}
            <select
              value={current?.id}
              onChange={(e) => setPicked(e.target.value)}
              aria-label="Endpoint metric series"
            >
              {rows.map((r) => (
                <option key={r.id} value={r.id}>
                  {seriesTitle(r)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted">
          {source?.detail ??
            "AWS/VpcLattice lists no metrics for these endpoints (published since 2026-11-19 for Resource and ServiceNetwork endpoints)."}
        </p>
      ) : (
        <>
          {current && (
            <div className={styles.metricPick} data-testid="endpoint-metric-picked">
              <span>
                <strong>{seriesTitle(current)}</strong>{" "}
                <span className="num">{formatMetricValue(current.s.metricName, current.s.sum)}</span>{" "}
                <span className="dim small">sum over the window</span>
              </span>
              <EChart
                className={styles.metricSpark}
                height={48}
                label={`${seriesTitle(current)} per ${formatStep(current.m.period)}`}
                option={metricSparklineOption({
                  points: current.s.points,
                  period: current.m.period,
                  window,
                  format: (v) => formatMetricValue(current.s.metricName, v),
                  palette,
                })}
              />
            </div>
          )}
          <table>
            <thead>
              <tr>
                {showEndpoint && <th scope="col">Endpoint</th>}
                <th scope="col">Metric</th>
                <th scope="col">Other dimensions</th>
                <th scope="col" className="n">
                  Sum
                </th>
                <th scope="col" className="n">
                  Peak per period
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} aria-selected={r === current}>
                  {showEndpoint && (
                    <td>
                      <ResourceLink kind="endpoint" id={r.m.endpointId} name={names[r.m.endpointId]} />
                    </td>
                  )}
                  <th scope="row">
                    {metricLabel(r.s.metricName)}
                    <code className="cell-sub">{r.s.metricName}</code>
                  </th>
                  <td className="small">
                    {otherDimensions(r.s, r.m.endpointId).map((d) => (
                      <code key={d.name} className="cell-sub">
                        {d.name}={d.value}
                      </code>
                    ))}
                  </td>
                  <td className="n num">{formatMetricValue(r.s.metricName, r.s.sum)}</td>
                  <td className="n num">{formatMetricValue(r.s.metricName, r.s.peak)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className={`dim small ${styles.note}`}>
        Discovered with ListMetrics in {metrics[0]?.namespace ?? "AWS/VpcLattice"} (any series whose
        dimensions name the endpoint id); read with GetMetricData, Sum per{" "}
        {formatStep(metrics[0]?.period ?? 60)}. Periods without a datapoint are gaps, not zeros.
      </p>
    </section>
  );
}
