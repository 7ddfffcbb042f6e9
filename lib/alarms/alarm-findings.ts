/**
 * An alarm in ALARM is a finding: on the resources it targets, with its reason and the link that
 * opens the view at its moment. Critical: someone decided this condition pages. Pure.
 */
import type { Finding, FindingResource } from "@/lib/findings/finding";
import type { Inventory } from "@/lib/schemas/inventory";
import type { RelatedAlarm } from "./alarm-types";
import { alarmPath } from "./resolve-alarm";

export const ALARM_RULE = "alarm-in-alarm";

export function alarmFindings(inventory: Inventory, alarms: readonly RelatedAlarm[]): Finding[] {
  const where = (kind: string, id: string): FindingResource | undefined => {
    const list =
      kind === "configuration"
        ? inventory.resourceConfigurations
        : kind === "endpoint"
          ? inventory.endpoints
          : kind === "gateway"
            ? inventory.gateways
            : inventory.serviceNetworks;
    const r = (list as Array<{ id: string; name?: string; accountId: string; region: string }>).find(
      (x) => x.id === id,
    );
    return r
      ? { kind: kind as FindingResource["kind"], id, name: r.name, accountId: r.accountId, region: r.region }
      : undefined;
  };
  const ambiguous = (name: string) => alarms.filter((a) => a.name === name).length > 1;
  return alarms
    .filter((a) => a.state === "ALARM")
    .map((a) => {
      const resources = a.resources
        .filter((r) => r.role === "target")
        .flatMap((r) => where(r.kind, r.id) ?? []);
      return {
        id: `${ALARM_RULE}:${a.arn}`,
        rule: ALARM_RULE,
        severity: "critical" as const,
        status: "failing" as const,
        resources,
        evidence: {
          summary: `CloudWatch alarm ${a.name} is in ALARM since ${new Date(a.stateUpdatedAt).toISOString().slice(0, 16).replace("T", " ")} UTC`,
          details: {
            alarm: a.name,
            account: a.accountId,
            region: a.region,
            reason: a.stateReason,
            openAtItsMoment: alarmPath(a, ambiguous(a.name)),
          },
        },
        fix: "Open the view at the alarm's moment to see what changed, and act on the alarm's own runbook.",
      };
    })
    .filter((f) => f.resources.length > 0);
}
