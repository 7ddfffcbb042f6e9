import type { SourceCoverage } from "@/lib/schemas/traffic";
import { sourceLabels } from "./pattern-label";
import styles from "./traffic.module.css";

const tone: Record<SourceCoverage["status"], string> = {
  available: "badge-ok",
  partial: "badge-pending",
  missing: "badge-neutral",
  error: "badge-bad",
};

const MAX_ENIS = 4;

/**
 * Which sources answered for this view: one badge per source (detail as tooltip and in the
 * expandable list, since a tooltip alone is invisible to keyboard and screen-reader users) and the
 * ENIs that have no flow log — the blind spots.
 */
export function CoverageBadges({ sources }: { sources: SourceCoverage[] }) {
  if (sources.length === 0) return <p className="dim small">No coverage reported for this view.</p>;
  const blind = sources.flatMap((s) =>
    (s.enis ?? []).filter((e) => !e.flowLogId).map((e) => ({ eni: e.eniId, kind: s.kind })),
  );
  return (
    <div className={styles.coverage}>
      <span className="dim small">Sources</span>
      <ul className={styles.badges} aria-label="Data sources">
        {sources.map((s) => (
          <li key={s.kind}>
            <span className={`badge ${tone[s.status]}`} title={s.detail}>
              {sourceLabels[s.kind]}: {s.statusLabel ?? s.status}
            </span>
          </li>
        ))}
      </ul>
      {blind.length > 0 && (
        <span className="small">
          <span className="failure">No flow logs on</span>{" "}
          {blind.slice(0, MAX_ENIS).map((b, i) => (
            <span key={`${b.kind}-${b.eni}`}>
              {i > 0 && ", "}
              <code>{b.eni}</code>
            </span>
          ))}
          {blind.length > MAX_ENIS && <span className="dim"> and {blind.length - MAX_ENIS} more</span>}
        </span>
      )}
      <details className={styles.coverageDetails}>
        <summary className="small">Coverage details</summary>
        <dl>
          {sources.map((s) => (
            <div key={s.kind}>
              <dt>{sourceLabels[s.kind]}</dt>
              <dd>
                {s.detail}
                {s.logGroups && s.logGroups.length > 0 && (
                  <span className="cell-sub">
                    Log groups:{" "}
                    {s.logGroups.map((g) => (
                      <code key={g}>{g} </code>
                    ))}
                  </span>
                )}
                {s.recommendation && (
                  <span className="cell-sub">
                    Recommended flow-log format for gateway ENIs: <code>{s.recommendation.logFormat}</code>
                    <ul>
                      {s.recommendation.missing.map((m) => (
                        <li key={m.field}>
                          Without <code>{m.field}</code>: {m.lost}
                        </li>
                      ))}
                    </ul>
                  </span>
                )}
                {s.enis?.some((e) => e.missingFields?.length) && (
                  <span className="cell-sub failure">
                    Format lacks fields:{" "}
                    {s.enis
                      .filter((e) => e.missingFields?.length)
                      .map((e) => `${e.eniId} (${e.missingFields!.join(", ")})`)
                      .join("; ")}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
