import type { EvidenceValue } from "@/lib/findings/finding";
import styles from "./findings.module.css";

/** camelCase evidence keys → "Camel case" labels. */
function label(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function show(value: EvidenceValue): string {
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** What the rule read, as a dense key/value grid. */
export function FindingEvidence({ details }: { details: Record<string, EvidenceValue> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <dl className={styles.evidence}>
      {entries.map(([k, v]) => (
        // Long values (rule lists, reasons) take a full row instead of squeezing a column.
        <div key={k} className={`${styles.evidencePair} ${show(v).length > 48 ? styles.evidenceWide : ""}`}>
          <dt>{label(k)}</dt>
          <dd>{typeof v === "string" && /^\/alarms\/[^/\\]/.test(v) ? <a href={v}>{v}</a> : show(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
