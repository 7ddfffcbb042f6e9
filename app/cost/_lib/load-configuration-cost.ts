import "server-only";
import type { ConfigurationCostPanelProps } from "@/components/cost/configuration-cost-panel";
import { currentMonth } from "@/lib/cost/billing-month";
import { DEFAULT_WINDOW, parseCostQuery } from "@/lib/cost/cost-query";
import { patternTraits } from "@/lib/cost/patterns";
import { isAppError } from "@/lib/errors";
import type { Inventory } from "@/lib/schemas/inventory";
import { loadCost } from "./load-cost";

/**
 * Props for <ConfigurationCostPanel> on /configurations/[id]: this month, the default window.
 * Never throws: a failure is a sentence in the panel, not a broken configuration page.
 */
export async function loadConfigurationCost(
  inv: Inventory,
  id: string,
): Promise<ConfigurationCostPanelProps> {
  const now = Date.now();
  const month = currentMonth(now);
  const base = { month, window: DEFAULT_WINDOW, patternTraits };
  try {
    const parsed = parseCostQuery(new URLSearchParams(), now);
    if (!parsed.ok) throw new Error(parsed.message);
    const cost = await loadCost(parsed.query, now);
    const mine = cost.configurations.find((c) => c.id === id);
    const cfg = inv.resourceConfigurations.find((c) => c.id === id);
    const parent = cfg?.parentId ? cost.configurations.find((c) => c.id === cfg.parentId) : undefined;
    return {
      ...base,
      cost: mine,
      billedWith: !mine && parent ? { id: parent.id, name: parent.name } : undefined,
      confidence: cost.confidence,
    };
  } catch (e) {
    if (!isAppError(e)) console.error("Configuration cost failed", e);
    return {
      ...base,
      confidence: { level: "none", note: "" },
      error: isAppError(e) ? e.message : "the cost model failed; the server log has the details",
    };
  }
}
