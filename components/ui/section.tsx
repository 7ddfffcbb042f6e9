import type { ReactNode } from "react";

export function Section({
  title,
  count,
  children,
  id,
}: {
  title: string;
  count?: number;
  children: ReactNode;
  id?: string;
}) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {count !== undefined && <span className="count num">{count}</span>}
      </h2>
      {children}
    </section>
  );
}
