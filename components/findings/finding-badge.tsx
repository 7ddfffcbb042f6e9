import Link from "next/link";
import type { FindingSummary } from "@/lib/findings/findings-for-resource";
import styles from "./findings.module.css";
import { severityClass, severityLabel } from "./severity-badge";

/**
 * A table-cell badge for one resource's findings: the worst failing severity and the count,
 * linking to the detail page's findings section. Unknowns alone show a neutral "?".
 */
export function FindingBadge({ summary, href }: { summary?: FindingSummary; href?: string }) {
  if (!summary || summary.failing + summary.unknown === 0) return <span className="dim">—</span>;
  const { severity, failing, unknown } = summary;
  const title = [failing > 0 && `${failing} failing`, unknown > 0 && `${unknown} could not be evaluated`]
    .filter(Boolean)
    .join(", ");
  const badge = severity ? (
    <span className={`badge ${severityClass[severity]}`} title={title}>
      {severityLabel[severity]} {failing}
      {unknown > 0 ? ` · ?${unknown}` : ""}
    </span>
  ) : (
    <span className={`badge badge-neutral ${styles.unknown}`} title={title}>
      ?{unknown}
    </span>
  );
  return href ? (
    <Link href={href} className={styles.badgeLink}>
      {badge}
    </Link>
  ) : (
    badge
  );
}
