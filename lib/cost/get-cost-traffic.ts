import "server-only";
import { isAppError } from "@/lib/errors";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import type { TrafficDeps } from "@/lib/flows/traffic-context";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { mergeEstateTraffic, monthToDateSpans } from "./month-to-date-spans";

/** Traffic for the cost model, or why there is none: a failure prices the hours alone. */
export type CostTraffic = { ok: true; data: EstateTraffic } | { ok: false; reason: string };

/** Estate traffic over one window (ISO or relative `from`/`to`); a failure is a reason, never a throw. */
export async function getWindowTraffic(
  w: { from: string; to: string },
  deps: TrafficDeps = {},
): Promise<CostTraffic> {
  try {
    return { ok: true, data: await getEstateTraffic(w, deps) };
  } catch (e) {
    if (!isAppError(e) && !(e instanceof Error && e.name === "Error"))
      console.error("Estate traffic failed", e);
    return { ok: false, reason: e instanceof Error ? e.message : "traffic failed" };
  }
}

/** Month-to-date in ≤7-day chunks, one after another (each is a Logs Insights scan; no stampede). */
export async function getMonthToDateTraffic(
  start: number,
  end: number,
  deps: TrafficDeps = {},
): Promise<CostTraffic> {
  const chunks: EstateTraffic[] = [];
  for (const span of monthToDateSpans(start, end)) {
    const r = await getWindowTraffic(span, deps);
    if (!r.ok) return r;
    chunks.push(r.data);
  }
  const merged = mergeEstateTraffic(chunks);
  return merged ? { ok: true, data: merged } : { ok: false, reason: "no time elapsed in the month" };
}
