import type { DiscoveryWarning, Inventory } from "@/lib/schemas/inventory";
import { evaluateAll, type RuleCoverage } from "./evaluate-all";
import type { Finding } from "./finding";
import { type FindingsQuery, filterFindings } from "./findings-query";
import type { TrafficInput } from "./traffic-input";

/** What `GET /api/findings` returns and the /findings page renders. */
export interface FindingsResponse {
  findings: Finding[];
  rules: RuleCoverage[];
  generatedAt: string;
  inventoryGeneratedAt: string;
  warnings: DiscoveryWarning[];
}

/**
 * Evaluates over the whole inventory and filters the findings, not the inventory: a consumer
 * account's endpoint needs the provider's gateway to be judged, so narrowing the inventory
 * first would turn real findings into unknowns.
 */
export function findingsResponse(
  inventory: Inventory,
  query: Partial<FindingsQuery>,
  options: { traffic?: TrafficInput; now?: Date; extra?: Finding[]; extraWarnings?: DiscoveryWarning[] } = {},
): FindingsResponse {
  const evaluated = evaluateAll({ inventory, traffic: options.traffic });
  // Findings from outside the rules (alarms in ALARM) are filtered like the others.
  const findings = [...evaluated.findings, ...(options.extra ?? [])];
  const { rules } = evaluated;
  const { account = [], region = [] } = query;
  const shown = filterFindings(findings, query);
  return {
    findings: shown,
    // Counts describe what is returned, so a filtered view never shows numbers it does not list.
    rules: rules.map((r) => ({
      ...r,
      failing: shown.filter((f) => f.rule === r.id && f.status === "failing").length,
      unknown: shown.filter((f) => f.rule === r.id && f.status === "unknown").length,
    })),
    generatedAt: (options.now ?? new Date()).toISOString(),
    inventoryGeneratedAt: inventory.generatedAt,
    warnings: [...inventory.warnings, ...(options.extraWarnings ?? [])].filter(
      (w) =>
        (account.length === 0 || !w.accountId || account.includes(w.accountId)) &&
        (region.length === 0 || !w.region || region.includes(w.region)),
    ),
  };
}
