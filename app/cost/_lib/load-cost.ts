import "server-only";
import { billingMonth } from "@/lib/cost/billing-month";
import { computeCost } from "@/lib/cost/compute-cost";
import { costInputFromInventory, trafficIsPartial } from "@/lib/cost/cost-input-from-inventory";
import type { CostQuery } from "@/lib/cost/cost-query";
import type { CostResponse } from "@/lib/cost/cost-result";
import { mergeEstateTraffic, monthToDateSpans } from "@/lib/cost/month-to-date-spans";
import { getInventory } from "@/lib/discovery/get-inventory";
import { isAppError } from "@/lib/errors";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { fetchEstateTraffic } from "./estate-traffic";
import { loadPriceOverrides } from "./load-price-overrides";

type Read = { ok: true; data: EstateTraffic } | { ok: false; reason: string };

async function read(w: { from: string; to: string }): Promise<Read> {
  try {
    return { ok: true, data: await fetchEstateTraffic(w) };
  } catch (e) {
    if (!isAppError(e) && !(e instanceof Error && e.name === "Error"))
      console.error("Estate traffic failed", e);
    return { ok: false, reason: e instanceof Error ? e.message : "traffic failed" };
  }
}

/** Month-to-date in ≤7-day chunks, one after another (each is a Logs Insights scan; no stampede). */
async function readMonthToDate(start: number, end: number): Promise<Read> {
  const chunks: EstateTraffic[] = [];
  for (const span of monthToDateSpans(start, end)) {
    const r = await read(span);
    if (!r.ok) return r;
    chunks.push(r.data);
  }
  const merged = mergeEstateTraffic(chunks);
  return merged ? { ok: true, data: merged } : { ok: false, reason: "no time elapsed in the month" };
}

/**
 * The cost of the estate for a month: inventory, config price overrides and traffic (month to date
 * and the rate window) into the pure model. Traffic failures become "data charges unknown" and a
 * warning, never an error: hourly charges stand on the inventory alone.
 */
export async function loadCost(
  q: Pick<CostQuery, "month" | "window">,
  now = Date.now(),
): Promise<CostResponse> {
  const [inventory, overrides] = await Promise.all([getInventory(), loadPriceOverrides()]);
  const m = billingMonth(q.month);
  const complete = now >= m.end;
  const [soFar, window] = await Promise.all([
    readMonthToDate(m.start, Math.min(now, m.end)),
    complete
      ? Promise.resolve<Read>({ ok: false, reason: "the month is over" })
      : read({ from: q.window.from, to: q.window.to }),
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
