import { CopyButton } from "@/components/ui/copy-button";
import type { PathFix } from "@/lib/paths/path-types";
import styles from "./paths.module.css";

/** Fixes as sentences with their CLI commands; never run by the product, only copied. */
export function FixList({ fixes }: { fixes: PathFix[] }) {
  return (
    <ul className={styles.fixes}>
      {fixes.map((f) => (
        <li key={f.command ?? f.description}>
          <div>{f.description}</div>
          {f.command && (
            <div className={styles.command}>
              <pre>{f.command}</pre>
              <CopyButton value={f.command} label="Copy command" />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
