import { type Pattern, patternNames } from "@/lib/cost/patterns";

export function PatternTags({ patterns }: { patterns: Pattern[] }) {
  if (patterns.length === 0) return <span className="muted">no consumers</span>;
  return (
    <>
      {patterns.map((p) => (
        <abbr key={p} className="tag" title={patternNames[p]}>
          {p}
        </abbr>
      ))}
    </>
  );
}
