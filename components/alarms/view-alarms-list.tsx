"use client";

import Link from "next/link";
import type { ViewAlarm } from "@/lib/alarms/alarm-types";
import { ZonedTime } from "../time/zoned-time";
import { AlarmStateBadge } from "./alarm-state-badge";

/** The alarms concerning a view: state, last change, reason, ALARM stretches in the window, links. */
export function ViewAlarmsList({ alarms }: { alarms: readonly ViewAlarm[] }) {
  if (!alarms.length) return <p className="muted small">No CloudWatch alarm concerns this resource.</p>;
  return (
    <ul className="plain-list alarm-list" aria-label="Alarms">
      {alarms.map((a) => (
        <li
          key={a.arn}
          data-alarm={a.name}
          data-state={a.state}
          className={a.highlighted ? "alarm-highlighted" : undefined}
        >
          <AlarmStateBadge state={a.state} /> <strong>{a.name}</strong>{" "}
          <span className="muted small">
            {a.accountId} {a.region} · since <ZonedTime ms={a.stateUpdatedAt} />
            {a.intervals.length > 0 &&
              ` · ${a.intervals.length} ALARM stretch${a.intervals.length === 1 ? "" : "es"} in this window`}
          </span>
          <div className="small">{a.stateReason}</div>
          <span className="links small">
            <Link href={a.href}>Open at the alarm's moment</Link>{" "}
            <a href={a.consoleUrl} target="_blank" rel="noreferrer">
              CloudWatch console
            </a>
          </span>
        </li>
      ))}
    </ul>
  );
}
