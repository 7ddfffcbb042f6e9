import type { Finding, Severity } from "@/lib/findings/finding";
import { FindingEvidence } from "./finding-evidence";
import { FindingResources } from "./finding-resources";
import styles from "./findings.module.css";
import { SeverityBadge, severityClass } from "./severity-badge";

const accent: Record<Severity, string> = {
  critical: styles.findingCritical ?? "",
  warning: styles.findingWarning ?? "",
  info: styles.findingInfo ?? "",
};

/** Inside a severity group the severity is already said: show failing vs unknown instead. */
function StatusBadge({ status, severity }: { status: Finding["status"]; severity: Severity }) {
  return status === "failing" ? (
    <span className={`badge ${severityClass[severity]}`}>Failing</span>
  ) : (
    <span className={`badge badge-neutral ${styles.unknown}`} title="Could not be evaluated: data missing">
      Unknown
    </span>
  );
}

/**
 * One finding: what is wrong, on which resources, the evidence read and the fix.
 * `showRule` for lists mixing rules (detail pages): shows the rule id and the severity.
 */
export function FindingItem({ finding, showRule = false }: { finding: Finding; showRule?: boolean }) {
  const unknown = finding.status === "unknown";
  return (
    <li
      className={`${styles.finding} ${accent[finding.severity]} ${unknown ? styles.findingUnknown : ""}`}
      data-finding={finding.id}
      data-rule={finding.rule}
    >
      <div className={styles.summaryLine}>
        {showRule ? (
          <SeverityBadge severity={finding.severity} status={finding.status} />
        ) : (
          <StatusBadge status={finding.status} severity={finding.severity} />
        )}
        {showRule && <span className={styles.ruleId}>{finding.rule}</span>}
        <span className={styles.summary}>{finding.evidence.summary}</span>
      </div>
      <FindingResources resources={finding.resources} />
      <details className={styles.details} open={!unknown}>
        <summary>Evidence</summary>
        <FindingEvidence details={finding.evidence.details} />
      </details>
      <p className={styles.fix}>
        <strong>{unknown ? "To evaluate:" : "Fix:"}</strong> {finding.fix}
      </p>
    </li>
  );
}
