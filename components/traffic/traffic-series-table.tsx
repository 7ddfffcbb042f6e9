import type { TrafficPoint } from "@/lib/schemas/traffic";
import { formatBytes, formatInteger, formatUtc } from "./format-traffic";
import styles from "./traffic.module.css";

/**
 * The chart's numbers as a table, folded away by default: the way through the time series for
 * keyboard and screen-reader users, and for anyone who wants the figure of one bucket.
 */
export function TrafficSeriesTable({ series, title }: { series: TrafficPoint[]; title: string }) {
  if (series.length === 0) return null;
  return (
    <details className={styles.seriesTable}>
      <summary>Show the chart's data as a table ({series.length} time buckets)</summary>
      <table>
        <caption className="sr-only">Traffic of {title} per time bucket</caption>
        <thead>
          <tr>
            <th scope="col">Bucket start (UTC)</th>
            <th scope="col" className="num">
              To resource
            </th>
            <th scope="col" className="num">
              From resource
            </th>
            <th scope="col" className="num">
              Connections
            </th>
            <th scope="col" className="num">
              Rejects
            </th>
          </tr>
        </thead>
        <tbody>
          {series.map((p) => (
            <tr key={p.t}>
              <th scope="row">{formatUtc(p.t)}</th>
              <td className="num">{formatBytes(p.bytesToResource)}</td>
              <td className="num">{formatBytes(p.bytesFromResource)}</td>
              <td className="num">{formatInteger(p.connections)}</td>
              <td className="num">{formatInteger(p.rejects)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
