import Link from "next/link";
import type { Finding } from "@/lib/findings/finding";
import type { DiscoveryWarning } from "@/lib/schemas/inventory";
import { FindingItem } from "./finding-item";
import styles from "./findings.module.css";

/**
 * The findings section of a detail page. Pass the findings for this resource
 * (`findingsForResource(evaluateAll({ inventory }).findings, id)`).
 */
export function ResourceFindings({
  findings,
  warnings = [],
}: {
  findings: Finding[];
  /** Sources that could not be read (alarms of an account): the list may be missing findings. */
  warnings?: DiscoveryWarning[];
}) {
  return (
    <section className="panel" aria-labelledby="resource-findings" id="findings">
      <h2 id="resource-findings">
        Findings <span className="count num">{findings.length}</span>
      </h2>
      {warnings.length > 0 && (
        <ul
          className="plain-list small"
          aria-label="Findings that could not be read"
          data-testid="findings-warnings"
        >
          {warnings.map((w) => (
            <li key={`${w.accountId}/${w.region}/${w.operation}`}>
              <span className="badge badge-pending">Partial</span> {w.message}
            </li>
          ))}
        </ul>
      )}
      {findings.length === 0 ? (
        <p className="muted">
          No findings for this resource. See <Link href="/findings">all findings</Link> for checks that could
          not run.
        </p>
      ) : (
        <ul className={styles.list} style={{ margin: "0 -14px -12px" }}>
          {findings.map((f) => (
            <FindingItem key={f.id} finding={f} showRule />
          ))}
        </ul>
      )}
    </section>
  );
}
