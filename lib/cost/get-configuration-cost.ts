import "server-only";
import { isAppError } from "@/lib/errors";
import type { Inventory } from "@/lib/schemas/inventory";
import { currentMonth } from "./billing-month";
import type { ConfigurationCostView } from "./configuration-cost-view";
import { DEFAULT_WINDOW, parseCostQuery } from "./cost-query";
import { type CostDeps, getCost } from "./get-cost";
import { patternTraits } from "./patterns";

/**
 * One configuration's cost for its page (/configurations/[id]): this month, the default window.
 * Never throws: a failure is a sentence in the panel, not a broken configuration page.
 */
export async function getConfigurationCost(
  inv: Inventory,
  id: string,
  now = Date.now(),
  deps: CostDeps = {},
): Promise<ConfigurationCostView> {
  const month = currentMonth(now);
  const base = { month, window: DEFAULT_WINDOW, patternTraits };
  try {
    const parsed = parseCostQuery(new URLSearchParams(), now);
    if (!parsed.ok) throw new Error(parsed.message);
    const cost = await getCost(parsed.query, now, deps);
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
