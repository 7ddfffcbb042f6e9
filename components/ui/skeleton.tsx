/** Placeholder while a page's inventory loads: the page's shape, so nothing jumps when it arrives. */
export function PageSkeleton({ title, rows = 8 }: { title: string; rows?: number }) {
  return (
    <div aria-busy="true" aria-live="polite">
      <div className="page-head">
        <h1>{title}</h1>
      </div>
      <p className="sr-only">Loading {title.toLowerCase()}…</p>
      <div className="panel">
        <div className="skel skel-bar" style={{ width: "40%" }} />
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <div key={i} className="skel skel-row" />
        ))}
      </div>
    </div>
  );
}
