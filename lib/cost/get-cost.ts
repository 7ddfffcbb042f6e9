import "server-only";
import { loadPriceOverrides } from "@/lib/config/load-price-overrides";
import { getInventory } from "@/lib/discovery/get-inventory";
import type { TrafficDeps } from "@/lib/flows/traffic-context";
import { billingMonth } from "./billing-month";
import { computeCost } from "./compute-cost";
import { costInputFromInventory, trafficIsPartial } from "./cost-input-from-inventory";
import type { CostQuery } from "./cost-query";
import type { CostResponse } from "./cost-result";
import { type CostTraffic, getMonthToDateTraffic, getWindowTraffic } from "./get-cost-traffic";

/** What the cost reads; tests pass their own inventory, config and traffic clock (as for traffic). */
export type CostDeps = TrafficDeps;

/**
 * The cost of the estate for a month: inventory, config price overrides and traffic (month to date
 * and the rate window) into the pure model. Traffic failures become "data charges unknown" and a
 * warning, never an error: hourly charges stand on the inventory alone.
 */
export async function getCost(
  q: Pick<CostQuery, "month" | "window">,
  now = Date.now(),
  deps: CostDeps = {},
): Promise<CostResponse> {
  const [inventory, overrides] = await Promise.all([deps.inventory ?? getInventory(), loadPriceOverrides()]);
  const m = billingMonth(q.month);
  const complete = now >= m.end;
  const [soFar, window] = await Promise.all([
    getMonthToDateTraffic(m.start, Math.min(now, m.end), deps),
    complete
      ? Promise.resolve<CostTraffic>({ ok: false, reason: "the month is over" })
      : getWindowTraffic({ from: q.window.from, to: q.window.to }, deps),
  ]);
  const s = soFar.ok ? soFar.data : null;
  const w = window.ok ? window.data : null;
  const reasons = [...new Set([soFar, window].flatMap((r) => (r.ok ? [] : [r.reason])))];
  const warnings = [
    ...inventory.warnings.map((x) => ({
      code: x.code,
      message: `${x.service} ${x.operation}: ${x.message}`,
    })),
    ...(s?.warnings ?? []).map((x) => ({ code: x.code, message: x.message })),
    ...(w?.warnings ?? []).map((x) => ({ code: x.code, message: x.message })),
  ];
  return computeCost({
    month: q.month,
    now,
    window: q.window,
    configurations: costInputFromInventory(inventory, s, w),
    traffic: {
      soFar: s !== null,
      window: w !== null,
      note: reasons.length ? reasons.join("; ") : undefined,
      partial: trafficIsPartial(s) || trafficIsPartial(w),
    },
    overrides,
    warnings,
  });
}
