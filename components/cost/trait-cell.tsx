import type { TraitCell as Cell } from "@/lib/cost/patterns";
import styles from "./cost.module.css";

/** One trait of a pattern: its value, its sources (linked where AWS documents them) and, if AWS does not, a mark. */
export function TraitCell({ cell }: { cell: Cell }) {
  return (
    <td data-confirmed={cell.confirmed}>
      {cell.value}
      {!cell.confirmed && <span className={`badge badge-pending ${styles.badgeGap}`}>unconfirmed</span>}
      <span className={`small muted ${styles.traitSources}`}>
        {cell.sources.map((s, i) => (
          <span key={s.title}>
            {i > 0 && "; "}
            {s.url ? (
              <a href={s.url} title={s.supports} rel="noreferrer" target="_blank">
                {s.title}
              </a>
            ) : (
              <span title={s.supports}>{s.title}</span>
            )}
          </span>
        ))}
      </span>
    </td>
  );
}
