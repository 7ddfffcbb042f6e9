import type { SourceCoverage, TrafficTotals as Totals } from "@/lib/schemas/traffic";
import { formatBytes, formatInteger } from "./format-traffic";
import styles from "./traffic.module.css";

/** The window's totals; null means no source covers the subject — said in words, never as 0. */
export function TrafficTotals({ totals, sources }: { totals: Totals | null; sources: SourceCoverage[] }) {
  if (!totals && sources.some((s) => s.status === "error")) {
    return (
      <div className={styles.noSource} role="note">
        <strong>No data</strong> — the sources that cover this path could not be read (see the warnings and
        the red badges above), so its traffic is unknown, not zero.
      </div>
    );
  }
  if (!totals) {
    return (
      <div className={styles.noSource} role="note">
        <strong>No data source</strong> — no flow logs, access logs or monitor cover this path, so its traffic
        is unknown (not zero). Enable VPC flow logs on the gateway ENIs or an access-log subscription to see
        it.
      </div>
    );
  }
  return (
    <dl className={styles.totals} aria-label="Totals for the window">
      <div>
        <dt>Bytes</dt>
        <dd>
          {formatBytes(totals.bytes)}
          <span className="cell-sub">
            ↑ {formatBytes(totals.bytesToResource)} to · ↓ {formatBytes(totals.bytesFromResource)} from
          </span>
        </dd>
      </div>
      <div>
        <dt>Connections</dt>
        <dd>{formatInteger(totals.connections)}</dd>
      </div>
      <div className={totals.rejects > 0 ? styles.bad : undefined}>
        <dt>Rejects</dt>
        <dd>{formatInteger(totals.rejects)}</dd>
      </div>
    </dl>
  );
}
