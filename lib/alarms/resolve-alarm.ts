/**
 * The resolver: an alarm reference (name, ARN, SNS or EventBridge payload) → the view of the
 * resource it concerns, at the alarm's moment, with the alarm highlighted. It only ever answers
 * paths it built itself from inventory ids (`ownPath` checks them): nothing from the request —
 * not a name, a description link's host, nor any `url` field — becomes a redirect target. Pure.
 */
import { AppError } from "@/lib/errors";
import type { AlarmChange, AlarmResource, AlarmResourceKind, RelatedAlarm } from "./alarm-types";
import { type AlarmWindow, alarmWindow } from "./alarm-window";
import type { AlarmReference } from "./parse-alarm-notification";

export const VIEW_SEGMENT: Record<AlarmResourceKind, string> = {
  configuration: "configurations",
  endpoint: "endpoints",
  gateway: "gateways",
  "service-network": "service-networks",
};

const ID_RE: Record<AlarmResourceKind, RegExp> = {
  configuration: /^rcfg-[0-9a-z]{17}$/,
  endpoint: /^vpce-[0-9a-f]{17}$/,
  gateway: /^rgw-[0-9a-z]{17}$/,
  "service-network": /^sn-[0-9a-z]{17}$/,
};

/** A same-origin path of ours: `/segment/...` with a query, never `//host`, `/\host` or a scheme. */
const OWN_PATH =
  /^\/(configurations|endpoints|gateways|service-networks|alarms|topology)(\/[A-Za-z0-9._~%-]+)*(\?[A-Za-z0-9._~%&=+*-]*)?$/;

export function isOwnPath(path: string): boolean {
  return OWN_PATH.test(path) && !path.startsWith("//") && !path.includes("\\");
}

export function ownPath(path: string): string {
  if (!isOwnPath(path)) throw new AppError("internal", "Refusing to redirect outside Lattice Lens");
  return path;
}

export function viewPath(
  r: { kind: AlarmResourceKind; id: string },
  window: AlarmWindow,
  alarm: string,
): string {
  if (!ID_RE[r.kind].test(r.id)) throw new AppError("internal", `Not a ${r.kind} id`);
  const q = new URLSearchParams({ from: window.from, to: window.to, alarm });
  return ownPath(`/${VIEW_SEGMENT[r.kind]}/${r.id}?${q.toString()}`);
}

/** `/alarms?resolve=…`: the page that explains an ambiguous, unknown or multi-resource alarm. */
export function explainPath(ref: { name: string; accountId?: string; region?: string }): string {
  const q = new URLSearchParams({ resolve: ref.name });
  if (ref.accountId) q.set("account", ref.accountId);
  if (ref.region) q.set("region", ref.region);
  return ownPath(`/alarms?${q.toString()}`);
}

/** encodeURIComponent, and the five characters it leaves that a path segment should not carry. */
export function encodeSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function alarmPath(
  a: { name: string; accountId: string; region: string },
  qualified: boolean,
): string {
  const q = qualified ? `?${new URLSearchParams({ account: a.accountId, region: a.region }).toString()}` : "";
  return ownPath(`/alarms/${encodeSegment(a.name)}${q}`);
}

export type Found =
  | { kind: "found"; alarm: RelatedAlarm }
  | { kind: "ambiguous"; candidates: RelatedAlarm[] }
  | { kind: "unknown"; closeMatches: string[] };

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = t;
    }
  }
  return prev[b.length]!;
}

export function closeMatches(name: string, names: readonly string[], limit = 5): string[] {
  const n = name.toLowerCase();
  return [...new Set(names)]
    .map((x) => {
      const l = x.toLowerCase();
      const d = l.includes(n) || n.includes(l) ? 0 : distance(n, l);
      return { x, d };
    })
    .filter(({ d }) => d <= Math.max(3, Math.floor(name.length / 3)))
    .sort((a, b) => a.d - b.d || a.x.localeCompare(b.x))
    .slice(0, limit)
    .map(({ x }) => x);
}

/** Which alarm a reference names, among every alarm DescribeAlarms returned (related or not). */
export function findAlarm(ref: AlarmReference, alarms: readonly RelatedAlarm[]): Found {
  if (ref.arn) {
    const hit = alarms.find((a) => a.arn === ref.arn);
    if (hit) return { kind: "found", alarm: hit };
  }
  const named = alarms.filter(
    (a) =>
      a.name === ref.name &&
      (ref.accountId === undefined || a.accountId === ref.accountId) &&
      (ref.region === undefined || a.region === ref.region),
  );
  if (named.length === 1) return { kind: "found", alarm: named[0]! };
  if (named.length > 1) return { kind: "ambiguous", candidates: named };
  return {
    kind: "unknown",
    closeMatches: closeMatches(
      ref.name,
      alarms.map((a) => a.name),
    ),
  };
}

export interface ResolvedTarget {
  resource: AlarmResource;
  path: string;
}

export type Resolution =
  | { kind: "redirect"; alarm: RelatedAlarm; target: ResolvedTarget; window: AlarmWindow }
  | { kind: "choose"; alarm: RelatedAlarm; targets: ResolvedTarget[]; window: AlarmWindow }
  | { kind: "unrelated"; alarm: RelatedAlarm };

/**
 * The moment and the view. `changes` is the alarm's state history (ascending) around the moment:
 * it gives the last turn to ALARM when the reference has no time, and the return to OK.
 */
export function planResolution(
  alarm: RelatedAlarm,
  ref: AlarmReference,
  changes: readonly AlarmChange[],
): Resolution {
  const targets = alarm.resources.filter((r) => r.role === "target");
  if (!targets.length) return { kind: "unrelated", alarm };
  const toAlarm = changes.filter((c) => c.to === "ALARM");
  let moment: number;
  if (ref.stateChangeTime !== undefined && ref.state !== "OK" && ref.state !== "INSUFFICIENT_DATA") {
    moment = ref.stateChangeTime;
  } else if (ref.stateChangeTime !== undefined) {
    // A recovery notification: the ALARM stretch that ended then.
    moment = [...toAlarm].reverse().find((c) => c.t <= ref.stateChangeTime!)?.t ?? ref.stateChangeTime;
  } else if (alarm.state === "ALARM") {
    moment = alarm.stateUpdatedAt;
  } else {
    moment = toAlarm.at(-1)?.t ?? alarm.stateUpdatedAt;
  }
  const after = changes.find((c) => c.t > moment && c.to !== "ALARM");
  const okAt =
    after?.t ?? (alarm.state !== "ALARM" && alarm.stateUpdatedAt > moment ? alarm.stateUpdatedAt : null);
  const window = alarmWindow(moment, okAt, alarm.period, alarm.evaluationPeriods);
  const resolved = targets.map((resource) => ({ resource, path: viewPath(resource, window, alarm.name) }));
  return resolved.length === 1
    ? { kind: "redirect", alarm, target: resolved[0]!, window }
    : { kind: "choose", alarm, targets: resolved, window };
}
