import type { RunDto } from "@/lib/reports/reports-service";
import styles from "./reports.module.css";

const STATUS_CLASS: Record<string, string> = {
  succeeded: "badge badge-ok",
  failed: "badge badge-bad",
  running: "badge badge-pending",
  queued: "badge badge-neutral",
};

function kb(n: number): string {
  return n < 1024
    ? `${n} B`
    : n < 1048576
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${(n / 1048576).toFixed(1)} MiB`;
}

/** A report's run history: period, status, attempts, timing, error, downloads and where each went. */
export function RunsTable({ runs, formatTime }: { runs: RunDto[]; formatTime: (iso: string) => string }) {
  if (runs.length === 0) return <p className="muted small">No runs yet.</p>;
  return (
    <div className="table-wrap">
      <table data-testid="runs">
        <thead>
          <tr>
            <th>Run</th>
            <th>Period</th>
            <th>Status</th>
            <th className="num">Attempts</th>
            <th>Files</th>
            <th>Delivery</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} data-run={r.id} data-status={r.status}>
              <td className="nowrap small">
                {r.trigger === "manual" ? "by hand" : "scheduled"} · {formatTime(r.scheduledFor)}
                {r.durationMs !== null && <div className="muted">{(r.durationMs / 1000).toFixed(1)} s</div>}
              </td>
              <td className="small">{r.period.label}</td>
              <td>
                <span className={STATUS_CLASS[r.status]}>{r.status}</span>
                {r.error && <div className={`small ${styles.bad}`}>{r.error}</div>}
              </td>
              <td className="num">{r.attempts}</td>
              <td className="small">
                {r.artifacts.map((a) => (
                  <div key={a.name}>
                    <a href={a.url} download title={`sha256 ${a.sha256}`}>
                      {a.name}
                    </a>{" "}
                    <span className="muted">{kb(a.size)}</span>
                  </div>
                ))}
              </td>
              <td className="small">
                {r.deliveries.map((d) => (
                  <div key={d.destination} title={d.detail ?? undefined}>
                    <code>{d.destination}</code>{" "}
                    <span
                      className={
                        d.status === "delivered" ? styles.ok : d.status === "pending" ? "muted" : styles.bad
                      }
                    >
                      {d.status}
                    </span>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
