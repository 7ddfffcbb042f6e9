import "server-only";
import { makeTrafficClients, type TrafficClients } from "@/lib/aws/make-clients";
import { mapAwsError } from "@/lib/aws/map-aws-error";
import { loadConfig } from "@/lib/config/load-config";
import type { LensConfig } from "@/lib/config/schema";
import { getInventory } from "@/lib/discovery/get-inventory";
import type { Finding } from "@/lib/findings/finding";
import type { DiscoveryWarning, Inventory } from "@/lib/schemas/inventory";
import { alarmConsoleUrl } from "./alarm-console-url";
import { alarmFindings } from "./alarm-findings";
import { alarmHistory } from "./alarm-history";
import { alarmIntervals } from "./alarm-intervals";
import type { AlarmChange, AlarmResourceKind, AlarmWarning, RelatedAlarm, ViewAlarm } from "./alarm-types";
import { type DiscoveredAlarms, discoverAlarms } from "./discover-alarms";
import type { AlarmReference } from "./parse-alarm-notification";
import { type MonitorScope, relateAlarms } from "./relate-alarms";
import { alarmPath, type Found, findAlarm, planResolution, type Resolution } from "./resolve-alarm";

export interface AlarmDeps {
  inventory?: Inventory;
  config?: LensConfig;
  now?: () => number;
  refresh?: boolean;
}

/**
 * DescribeAlarms is cached like the inventory (config.inventoryTtlSeconds): every view asks for
 * the alarms of what it shows, and CloudWatch allows 9 DescribeAlarms a second per region.
 * On globalThis so pages and route handlers (separate bundles) share one copy.
 */
const shared = globalThis as { __latticeLensAlarms?: { at: number; value: Promise<DiscoveredAlarms> } };

export interface AlarmSet {
  inventory: Inventory;
  config: LensConfig;
  /** Every alarm, related or not (unrelated ones have no resources). */
  all: RelatedAlarm[];
  related: RelatedAlarm[];
  warnings: AlarmWarning[];
  monitors: MonitorScope[];
  now: number;
}

export async function getAlarmSet(deps: AlarmDeps = {}): Promise<AlarmSet> {
  const now = (deps.now ?? Date.now)();
  const [inventory, config] = await Promise.all([
    deps.inventory ?? getInventory(),
    deps.config ?? loadConfig(),
  ]);
  let hit = shared.__latticeLensAlarms;
  const fresh = hit && !deps.refresh && !deps.config && now - hit.at < config.inventoryTtlSeconds * 1000;
  if (!fresh || !hit) {
    const value = discoverAlarms(config, now);
    hit = { at: now, value };
    if (!deps.config) shared.__latticeLensAlarms = hit;
    value.catch(() => {
      if (shared.__latticeLensAlarms === hit) shared.__latticeLensAlarms = undefined;
    });
  }
  const found = await hit.value;
  const all = relateAlarms(inventory, found.alarms, found.monitors, true);
  return {
    inventory,
    config,
    all,
    related: all.filter((a) => a.resources.length > 0),
    warnings: found.warnings,
    monitors: found.monitors,
    now,
  };
}

export function clientsFor(set: AlarmSet, accountId: string, region: string): TrafficClients | undefined {
  const account = set.config.accounts.find((a) => a.id === accountId);
  return account ? makeTrafficClients(account, region) : undefined;
}

/** The configurations a gateway serves or a service network carries: their alarms are the subject's too. */
function subjectResources(
  inv: Inventory,
  kind: AlarmResourceKind,
  id: string,
): Array<{ kind: AlarmResourceKind; id: string }> {
  const out = [{ kind, id }];
  if (kind === "gateway")
    for (const c of inv.resourceConfigurations)
      if (c.gatewayId === id) out.push({ kind: "configuration", id: c.id });
  if (kind === "service-network")
    for (const a of inv.associations)
      if (a.kind === "sn-resource" && a.serviceNetworkId === id)
        out.push({ kind: "configuration", id: a.resourceConfigurationId });
  if (kind === "configuration") {
    const parent = inv.resourceConfigurations.find((c) => c.id === id)?.parentId;
    if (parent) out.push({ kind: "configuration", id: parent });
  }
  return out;
}

export function alarmsOfSubject(
  set: AlarmSet,
  kind: AlarmResourceKind,
  id: string,
  named?: string,
): RelatedAlarm[] {
  const keys = subjectResources(set.inventory, kind, id);
  return set.all.filter(
    (a) => a.name === named || a.resources.some((r) => keys.some((k) => k.kind === r.kind && k.id === r.id)),
  );
}

/**
 * The alarms on a view with their ALARM intervals over [start, end] (DescribeAlarmHistory from
 * the window's start to now, so the state at the start is known). `highlight` is the `?alarm=`
 * of the URL: drawn emphasised, and drawn even when nothing relates it to the subject.
 */
export async function viewAlarms(
  kind: AlarmResourceKind,
  id: string,
  window: { start: number; end: number },
  highlight?: string,
  deps: AlarmDeps = {},
): Promise<{ alarms: ViewAlarm[]; warnings: AlarmWarning[] }> {
  const set = await getAlarmSet(deps);
  const warnings = [...set.warnings];
  const alarms = await Promise.all(
    alarmsOfSubject(set, kind, id, highlight).map(async (a): Promise<ViewAlarm> => {
      let changes: AlarmChange[] = [];
      const clients = clientsFor(set, a.accountId, a.region);
      // Nothing changed since before the window: the current state held all along.
      if (clients && a.stateUpdatedAt >= window.start) {
        try {
          changes = await alarmHistory(clients, a, window.start, set.now);
        } catch (e) {
          const err = mapAwsError(e);
          warnings.push({
            accountId: a.accountId,
            region: a.region,
            service: "cloudwatch",
            operation: "DescribeAlarmHistory",
            code: err.code,
            message: `The history of alarm ${a.name} could not be read (DescribeAlarmHistory): ${err.message}`,
          });
        }
      }
      return {
        name: a.name,
        arn: a.arn,
        accountId: a.accountId,
        region: a.region,
        state: a.state,
        stateReason: a.stateReason,
        stateUpdatedAt: a.stateUpdatedAt,
        intervals: alarmIntervals(changes, a.state, window.start, window.end),
        changes: changes.filter((c) => c.t >= window.start && c.t <= window.end),
        href: alarmPath(a, true),
        consoleUrl: alarmConsoleUrl(a.region, a.name),
        highlighted: a.name === highlight,
      };
    }),
  );
  alarms.sort(
    (x, y) => Number(y.state === "ALARM") - Number(x.state === "ALARM") || x.name.localeCompare(y.name),
  );
  return { alarms, warnings };
}

const HISTORY_LOOKBACK_MS = 7 * 86_400_000;

export type ResolveOutcome =
  | Resolution
  | Exclude<Found, { kind: "found" }>
  | { kind: "payload"; resolution: Resolution };

/**
 * A reference → where it leads. An alarm DescribeAlarms does not know (another account, say) but
 * whose payload names its metric is related from the payload itself.
 */
export async function resolveAlarm(ref: AlarmReference, deps: AlarmDeps = {}): Promise<ResolveOutcome> {
  const set = await getAlarmSet(deps);
  const found = findAlarm(ref, set.all);
  if (found.kind === "unknown" && (ref.dimensions?.length || ref.metrics?.length || ref.description)) {
    const [fromPayload] = relateAlarms(
      set.inventory,
      [
        {
          name: ref.name,
          arn: ref.arn ?? "",
          accountId: ref.accountId ?? "",
          region: ref.region ?? "",
          type: "metric",
          state: ref.state ?? "ALARM",
          stateReason: "",
          stateUpdatedAt: ref.stateChangeTime ?? set.now,
          description: ref.description,
          namespace: ref.namespace,
          metricName: ref.metricName,
          dimensions: ref.dimensions ?? [],
          metrics: ref.metrics,
          period: ref.period,
          evaluationPeriods: ref.evaluationPeriods,
        },
      ],
      set.monitors,
      true,
    );
    if (fromPayload?.resources.length)
      return { kind: "payload", resolution: planResolution(fromPayload, ref, []) };
  }
  if (found.kind !== "found") return found;
  const a = found.alarm;
  let changes: AlarmChange[] = [];
  const clients = clientsFor(set, a.accountId, a.region);
  if (clients) {
    const around = ref.stateChangeTime ?? set.now;
    try {
      changes = await alarmHistory(clients, a, around - HISTORY_LOOKBACK_MS, set.now);
    } catch {
      // Without history the window still opens at the state change, live.
    }
  }
  return planResolution(a, ref, changes);
}

/**
 * Findings for the alarms in ALARM, with the warnings of the accounts and regions whose alarms
 * could not be read: a view without them must say so, not look like "no alarm is firing".
 */
export async function alarmFindingsOf(
  inventory: Inventory,
): Promise<{ findings: Finding[]; warnings: DiscoveryWarning[] }> {
  try {
    const set = await getAlarmSet({ inventory });
    return { findings: alarmFindings(inventory, set.related), warnings: set.warnings };
  } catch (e) {
    const err = mapAwsError(e);
    return {
      findings: [],
      warnings: [
        {
          service: "cloudwatch",
          operation: "DescribeAlarms",
          code: err.code,
          message: `CloudWatch alarms could not be read, so alarms in ALARM are not among these findings: ${err.message}`,
        },
      ],
    };
  }
}
