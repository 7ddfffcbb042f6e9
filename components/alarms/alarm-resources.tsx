import Link from "next/link";
import type { AlarmResource } from "@/lib/alarms/alarm-types";
import { VIEW_SEGMENT } from "@/lib/alarms/resolve-alarm";

function Item({ r, names }: { r: AlarmResource; names: Record<string, string> }) {
  return (
    <li>
      <Link href={`/${VIEW_SEGMENT[r.kind]}/${r.id}`}>{names[r.id] ?? r.id}</Link>{" "}
      <span className="muted small">{r.kind}</span>
    </li>
  );
}

/** The resources an alarm concerns: the targets (what it opens), and those on the path, folded. */
export function AlarmResources({
  resources,
  names,
}: {
  resources: AlarmResource[];
  names: Record<string, string>;
}) {
  const targets = resources.filter((r) => r.role === "target");
  const path = resources.filter((r) => r.role === "path");
  return (
    <>
      <ul className="plain-list">
        {targets.map((r) => (
          <Item key={`${r.kind}/${r.id}`} r={r} names={names} />
        ))}
      </ul>
      {path.length > 0 && (
        <details className="small">
          <summary>{path.length} on the path</summary>
          <ul className="plain-list">
            {path.map((r) => (
              <Item key={`${r.kind}/${r.id}`} r={r} names={names} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
