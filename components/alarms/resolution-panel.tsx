import Link from "next/link";
import type { ResolveOutcome } from "@/lib/alarms/get-alarms";
import { alarmPath } from "@/lib/alarms/resolve-alarm";
import { AlarmStateBadge } from "./alarm-state-badge";

/** Why `/alarms/<name>` did not go straight to a view: several resources, several alarms, none. */
export function ResolutionPanel({
  name,
  outcome,
  names,
}: {
  name: string;
  outcome: ResolveOutcome;
  names: Record<string, string>;
}) {
  const r = outcome.kind === "payload" ? outcome.resolution : outcome;
  return (
    <section className="panel resolution" aria-labelledby="resolution-title">
      {r.kind === "choose" && (
        <>
          <h2 id="resolution-title">
            Alarm {r.alarm.name} concerns {r.targets.length} resources{" "}
            <AlarmStateBadge state={r.alarm.state} />
          </h2>
          <p className="muted">
            Choose the view to open at the alarm's moment ({r.window.from} → {r.window.to}).
          </p>
          <ul className="chooser">
            {r.targets.map((t) => (
              <li key={t.path}>
                <Link className="btn" href={t.path}>
                  {names[t.resource.id] ?? t.resource.id}
                </Link>{" "}
                <span className="muted small">{t.resource.kind}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {r.kind === "redirect" && (
        <>
          <h2 id="resolution-title">Alarm {r.alarm.name}</h2>
          <p>
            <Link className="btn" href={r.target.path}>
              Open {names[r.target.resource.id] ?? r.target.resource.id}
            </Link>
          </p>
        </>
      )}
      {r.kind === "unrelated" && (
        <>
          <h2 id="resolution-title">Alarm {r.alarm.name} concerns no resource Lattice Lens shows</h2>
          <p className="muted">
            Its metric ({r.alarm.namespace ?? "composite"} {r.alarm.metricName ?? ""}) names no monitor,
            endpoint or Lattice Lens link. To open a view from it, put a resource link in its description
            (below, under "Other alarms").
          </p>
        </>
      )}
      {r.kind === "ambiguous" && (
        <>
          <h2 id="resolution-title">
            {r.candidates.length} alarms are named {name}
          </h2>
          <ul className="chooser">
            {r.candidates.map((c) => (
              <li key={c.arn}>
                <Link className="btn" href={alarmPath(c, true)}>
                  {c.accountId} {c.region}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {r.kind === "unknown" && (
        <>
          <h2 id="resolution-title">No alarm named {name}</h2>
          <p className="muted">
            No configured account and region has an alarm by that name (names are case-sensitive).
          </p>
          {r.closeMatches.length > 0 && (
            <>
              <p>Close matches:</p>
              <ul className="chooser">
                {r.closeMatches.map((m) => (
                  <li key={m}>
                    <Link href={`/alarms/${encodeURIComponent(m)}`}>{m}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
