import type { Finding, Severity } from "@/lib/findings/finding";
import { FindingEvidence } from "./finding-evidence";
import { FindingResources } from "./finding-resources";
import styles from "./findings.module.css";
import { SeverityBadge } from "./severity-badge";

const accent: Record<Severity, string> = {
  critical: styles.findingCritical ?? "",
  warning: styles.findingWarning ?? "",
  info: styles.findingInfo ?? "",
};

/** One finding: what is wrong, on which resources, the evidence read and the fix. */
export function FindingItem({ finding, showRule = false }: { finding: Finding; showRule?: boolean }) {
  const unknown = finding.status === "unknown";
  return (
    <li
      className={`${styles.finding} ${accent[finding.severity]} ${unknown ? styles.findingUnknown : ""}`}
      data-finding={finding.id}
      data-rule={finding.rule}
    >
      <div className={styles.summaryLine}>
        <SeverityBadge severity={finding.severity} status={finding.status} />
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
