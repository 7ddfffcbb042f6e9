import type { RuleCoverage } from "@/lib/findings/evaluate-all";
import { type Finding, type Severity, severities } from "@/lib/findings/finding";
import { FindingItem } from "./finding-item";
import styles from "./findings.module.css";
import { severityClass, severityLabel } from "./severity-badge";

/** Findings grouped by severity, then by rule (in the rule-list order), most urgent first. */
export function FindingsBySeverity({ findings, rules }: { findings: Finding[]; rules: RuleCoverage[] }) {
  const groups = severities
    .map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.items.length > 0);
  return (
    <>
      {groups.map(({ severity, items }) => (
        <section key={severity} className={styles.severityGroup} aria-labelledby={`sev-${severity}`}>
          <h2 id={`sev-${severity}`} className={styles.severityHead}>
            <span className={`badge ${severityClass[severity]}`}>{severityLabel[severity]}</span>
            <span className="count num">{items.length}</span>
          </h2>
          {rules
            .map((rule) => ({ rule, ruleItems: items.filter((f) => f.rule === rule.id) }))
            .filter(({ ruleItems }) => ruleItems.length > 0)
            .map(({ rule, ruleItems }) => (
              <RuleBlock key={rule.id} severity={severity} rule={rule} findings={ruleItems} />
            ))}
        </section>
      ))}
    </>
  );
}

function RuleBlock({
  severity,
  rule,
  findings,
}: {
  severity: Severity;
  rule: RuleCoverage;
  findings: Finding[];
}) {
  const failing = findings.filter((f) => f.status === "failing").length;
  const unknown = findings.length - failing;
  const headingId = `rule-${severity}-${rule.id}`;
  return (
    <section className={`panel ${styles.ruleBlock}`} aria-labelledby={headingId} data-rule={rule.id}>
      <div className={styles.ruleHead}>
        <h3 id={headingId}>{rule.title}</h3>
        <span className={styles.ruleId}>{rule.id}</span>
        <span className="spacer" style={{ flex: 1 }} />
        <span className="muted small">
          {failing > 0 && `${failing} failing`}
          {failing > 0 && unknown > 0 && " · "}
          {unknown > 0 && `${unknown} unknown`}
        </span>
      </div>
      <p className={styles.ruleDesc}>{rule.description}</p>
      {failing > 0 && (
        <ul className={styles.list}>
          {findings
            .filter((f) => f.status === "failing")
            .map((f) => (
              <FindingItem key={f.id} finding={f} />
            ))}
        </ul>
      )}
      {unknown > 0 && (
        // Unknowns are listed, not hidden, but folded so the failing findings stay on screen.
        <details className={styles.unknownGroup}>
          <summary>{unknown} could not be evaluated (data missing) — show</summary>
          <ul className={styles.list}>
            {findings
              .filter((f) => f.status === "unknown")
              .map((f) => (
                <FindingItem key={f.id} finding={f} />
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}
