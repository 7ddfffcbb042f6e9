import type { ReactNode } from "react";

/** A dense two-column description list; rows with an undefined value are skipped. */
export function KeyValues({ items }: { items: Array<[string, ReactNode | undefined]> }) {
  return (
    <dl className="kv">
      {items
        .filter(([, v]) => v !== undefined && v !== null && v !== "")
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}
