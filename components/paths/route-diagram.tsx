import type { Hop, PathRoute } from "@/lib/paths/path-types";
import { FixList } from "./fix-list";
import styles from "./paths.module.css";
import { VerdictBadge } from "./verdict-badge";

const hopClass = (h: Hop) =>
  `${styles.hop} ${h.verdict === "fail" ? styles.fail : h.verdict === "pass" ? styles.pass : styles.unknownHop}`;

function Evidence({ evidence }: { evidence: Hop["evidence"] }) {
  const entries = Object.entries(evidence);
  if (entries.length === 0) return null;
  return (
    <details className={styles.evidence}>
      <summary>Evidence</summary>
      <dl className="kv">
        {entries.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd className="mono wrap-any">{Array.isArray(v) ? v.join(", ") || "—" : String(v)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** One route as a vertical chain of hops; the failing hop is highlighted and opened. */
export function RouteDiagram({ route }: { route: PathRoute }) {
  return (
    <section className={`panel ${styles.route}`} aria-label={`Route ${route.label}`} data-route={route.id}>
      <div className={styles.routeHead}>
        <h3>{route.label}</h3>
        <VerdictBadge verdict={route.verdict} />
        {route.at && (
          <span className="muted">
            {route.verdict === "blocked" ? "blocked" : "cannot tell"} at hop {route.at.index}
          </span>
        )}
      </div>
      <ol className={styles.hops}>
        {route.hops.map((h) => (
          <li
            key={h.index}
            className={hopClass(h)}
            data-hop={h.index}
            data-verdict={h.verdict}
            aria-current={route.at?.index === h.index ? "step" : undefined}
          >
            <div className={styles.hopHead}>
              <strong>
                {h.index}. {h.title}
              </strong>
              <VerdictBadge verdict={h.verdict} />
            </div>
            <div>{h.summary}</div>
            <ul className={styles.checks}>
              {h.checks.map((c) => (
                <li key={`${c.label}|${c.detail}`}>
                  <VerdictBadge verdict={c.verdict} /> <strong>{c.label}</strong>: {c.detail}
                  {c.missing && (
                    <div className={`${styles.missing} muted`}>
                      Missing: {c.missing.what} — would tell: {c.missing.source}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            <Evidence evidence={h.evidence} />
            {h.fixes.length > 0 && (
              <div>
                <strong>Fix</strong>
                <FixList fixes={h.fixes} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
