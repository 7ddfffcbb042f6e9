import type { RuleCoverage } from "@/lib/findings/evaluate-all";
import styles from "./findings.module.css";
import { SeverityBadge } from "./severity-badge";

/** Which checks ran and which could not: a rule with no data is never shown as a pass. */
export function RuleCoveragePanel({ rules }: { rules: RuleCoverage[] }) {
  const notRun = rules.filter((r) => r.status === "unknown").length;
  return (
    <section className="panel" aria-labelledby="rule-coverage">
      <h2 id="rule-coverage">
        Rule coverage <span className="count num">{rules.length}</span>
        {notRun > 0 && <span className="badge badge-pending">{notRun} not evaluated</span>}
      </h2>
      <div className="table-wrap">
        <table className={styles.coverage}>
          <thead>
            <tr>
              <th>Check</th>
              <th>Severity</th>
              <th>Status</th>
              <th className="num">Failing</th>
              <th className="num">Unknown</th>
              <th>Note</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id} data-rule={r.id}>
                <td>
                  {r.title}
                  <div className={styles.ruleId}>{r.id}</div>
                </td>
                <td>
                  <SeverityBadge severity={r.severity} />
                </td>
                <td className={r.status === "unknown" ? styles.coverageUnknown : styles.coverageOk}>
                  {r.status === "unknown" ? "Not evaluated" : "Evaluated"}
                </td>
                <td className="num">{r.failing}</td>
                <td className="num">{r.unknown}</td>
                <td className="muted">
                  {r.reason ??
                    (r.unknown > 0
                      ? `${r.unknown} resource${r.unknown === 1 ? "" : "s"} lacked data`
                      : r.description)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
