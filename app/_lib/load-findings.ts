import "server-only";
import { alarmFindingsOf } from "@/lib/alarms/get-alarms";
import type { Finding } from "@/lib/findings/finding";
import { findingsByResource, summarizeFindings } from "@/lib/findings/findings-for-resource";
import { findingsIndex } from "@/lib/inventory/findings-index";
import type { BaseRow } from "@/lib/inventory/table-rows";
import type { DiscoveryWarning, Inventory } from "@/lib/schemas/inventory";

export function findingsOf(inventory: Inventory, resourceId: string): Finding[] {
  return findingsIndex(inventory).get(resourceId) ?? [];
}

/**
 * A detail page's findings: the rules' and the CloudWatch alarms in ALARM that target it (as on
 * /findings), with the warnings of alarms that could not be read.
 */
export async function resourceFindingsOf(
  inventory: Inventory,
  resourceId: string,
): Promise<{ findings: Finding[]; warnings: DiscoveryWarning[] }> {
  const alarms = await alarmFindingsOf(inventory);
  const firing = findingsByResource(alarms.findings).get(resourceId) ?? [];
  return { findings: [...firing, ...findingsOf(inventory, resourceId)], warnings: alarms.warnings };
}

/** Table rows with their findings summary, so every list can badge and sort by health. */
export function withFindings<T extends BaseRow>(inventory: Inventory, rows: T[]): T[] {
  const index = findingsIndex(inventory);
  return rows.map((r) => {
    const summary = summarizeFindings(index.get(r.id) ?? []);
    return { ...r, findings: summary, findingRank: summary.rank };
  });
}
