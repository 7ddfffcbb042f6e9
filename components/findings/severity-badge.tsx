import type { FindingStatus, Severity } from "@/lib/findings/finding";
import styles from "./findings.module.css";

export const severityClass: Record<Severity, string> = {
  critical: styles.sevCritical ?? "",
  warning: styles.sevWarning ?? "",
  info: styles.sevInfo ?? "",
};

export const severityLabel: Record<Severity, string> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};

/** "Critical" / "Warning" / "Info"; an unknown is outlined and says so. */
export function SeverityBadge({
  severity,
  status = "failing",
}: {
  severity: Severity;
  status?: FindingStatus;
}) {
  const unknown = status === "unknown";
  return (
    <span
      className={`badge ${severityClass[severity]} ${unknown ? styles.unknown : ""}`}
      title={unknown ? "Could not be evaluated: data missing" : undefined}
    >
      {severityLabel[severity]}
      {unknown ? " · unknown" : ""}
    </span>
  );
}
