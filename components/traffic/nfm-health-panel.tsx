"use client";

import type { NfmHealth, SourceCoverage } from "@/lib/schemas/traffic";
import { EChart } from "../charts/echart";
import { type HealthMetric, healthSparklineOption } from "../charts/options/health-sparkline-option";
import { useChartPalette } from "../charts/use-chart-palette";
import { useDisplayZone } from "../time/use-display-zone";
import { formatInteger, formatMicros } from "./format-traffic";
import styles from "./traffic.module.css";

function sum(values: Array<number | undefined>): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length ? present.reduce((a, b) => a + b, 0) : undefined;
}

function latest(values: Array<number | undefined>): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== undefined) return values[i];
  return undefined;
}

/** Network Flow Monitor per monitor: AWS's own view of network health on the consumer side. */
export function NfmHealthPanel({
  health,
  source,
  window,
}: {
  health: NfmHealth[];
  source?: SourceCoverage;
  window: { start: number; end: number };
}) {
  const palette = useChartPalette();
  const [zone] = useDisplayZone();
  const spark = (m: NfmHealth, metric: HealthMetric, label: string) => (
    <EChart
      className={styles.spark}
      height={30}
      label={`${label} of ${m.monitorName} over the window`}
      option={healthSparklineOption({ series: m.series, metric, window, palette, zone })}
    />
  );
  return (
    <section className="panel" aria-labelledby="traffic-nfm">
      <h2 id="traffic-nfm">
        Network Flow Monitor health <span className="count num">{health.length}</span>
      </h2>
      {health.length === 0 ? (
        <p className="muted">
          {source?.status === "error"
            ? `Could not read Network Flow Monitor: ${source.detail}`
            : "No Network Flow Monitor watches the consumers of this resource."}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Monitor</th>
              <th scope="col">Health</th>
              <th scope="col" className="n">
                RTT (latest)
              </th>
              <th scope="col">RTT trend</th>
              <th scope="col" className="n">
                Retransmissions
              </th>
              <th scope="col">Retransmissions trend</th>
              <th scope="col" className="n">
                Timeouts
              </th>
              <th scope="col">Timeouts trend</th>
            </tr>
          </thead>
          <tbody>
            {health.map((m) => {
              const timeouts = sum(m.series.map((p) => p.timeouts));
              return (
                <tr
                  key={`${m.accountId}/${m.region}/${m.monitorName}`}
                  className={m.degraded ? styles.rejectRow : undefined}
                >
                  <th scope="row">
                    {m.monitorName}
                    <span className="cell-sub">
                      {m.accountId} · {m.region}
                      {m.watches.length > 0 && ` · watches ${m.watches.join(", ")}`}
                    </span>
                  </th>
                  <td>
                    {m.degraded ? (
                      <span
                        className="badge badge-bad"
                        title="HealthIndicator read 1: AWS saw a network issue"
                      >
                        Degraded
                      </span>
                    ) : (
                      <span className="badge badge-ok">Healthy</span>
                    )}
                    {m.status && <span className="cell-sub">{m.status}</span>}
                  </td>
                  <td className="n">{formatMicros(latest(m.series.map((p) => p.roundTripTime)))}</td>
                  <td>{spark(m, "roundTripTime", "Round-trip time")}</td>
                  <td className="n">{formatInteger(sum(m.series.map((p) => p.retransmissions)))}</td>
                  <td>{spark(m, "retransmissions", "Retransmissions")}</td>
                  <td className={`n${timeouts ? " failure" : ""}`}>{formatInteger(timeouts)}</td>
                  <td>{spark(m, "timeouts", "Timeouts")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
