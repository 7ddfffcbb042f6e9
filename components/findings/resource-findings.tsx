import Link from "next/link";
import type { Finding } from "@/lib/findings/finding";
import { FindingItem } from "./finding-item";
import styles from "./findings.module.css";

/**
 * The findings section of a detail page. Pass the findings for this resource
 * (`findingsForResource(evaluateAll({ inventory }).findings, id)`).
 */
export function ResourceFindings({ findings }: { findings: Finding[] }) {
  return (
    <section className="panel" aria-labelledby="resource-findings" id="findings">
      <h2 id="resource-findings">
        Findings <span className="count num">{findings.length}</span>
      </h2>
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
