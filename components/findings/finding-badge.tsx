import Link from "next/link";
import type { Finding } from "@/lib/findings/finding";
import { worstSeverity } from "@/lib/findings/findings-for-resource";
import styles from "./findings.module.css";
import { severityClass, severityLabel } from "./severity-badge";

/**
 * A table-cell badge for one resource's findings: the worst failing severity and the count,
 * linking to the detail page's findings section. Unknowns alone show a neutral "?".
 * Pass the findings already narrowed to the resource (findingsForResource).
 */
export function FindingBadge({ findings, href }: { findings: Finding[]; href?: string }) {
  if (findings.length === 0) return <span className="dim">—</span>;
  const worst = worstSeverity(findings);
  const failing = findings.filter((f) => f.status === "failing").length;
  const unknown = findings.length - failing;
  const title = [failing > 0 && `${failing} failing`, unknown > 0 && `${unknown} could not be evaluated`]
    .filter(Boolean)
    .join(", ");
  const badge = worst ? (
    <span className={`badge ${severityClass[worst]}`} title={title}>
      {severityLabel[worst]} {failing}
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
