import "server-only";
import { isAppError } from "@/lib/errors";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import type { TrafficDeps } from "@/lib/flows/traffic-context";
import type { EstateTraffic } from "@/lib/schemas/traffic";

export type TrafficOutcome = { ok: true; traffic: EstateTraffic } | { ok: false; message: string };

interface Entry {
  at: number;
  promise: Promise<TrafficOutcome>;
  settled?: TrafficOutcome;
}

/** The topology polls every minute; estate traffic for a window is reused this long. */
const TTL_MS = 60_000;
// Process-wide: route handlers are bundled separately in a production build.
const shared = globalThis as { __latticeLensTopologyTraffic?: Map<string, Entry> };
shared.__latticeLensTopologyTraffic ??= new Map();
const cache = shared.__latticeLensTopologyTraffic;

/**
 * Estate traffic for the topology, shared by concurrent and repeated requests for the same window.
 * Over a large estate it takes seconds (Logs Insights per flow-log group), so the graph does not
 * wait for it beyond `waitMs`: the answer says "pending" and the next poll picks the weights up.
 * Not tied to one request's abort signal, since later requests wait for the same work.
 */
export async function cachedEstateTraffic(
  from: string,
  to: string,
  waitMs: number,
  deps: TrafficDeps = {},
): Promise<TrafficOutcome | "pending"> {
  const key = `${from}|${to}`;
  const now = Date.now();
  let entry = cache.get(key);
  if (!entry || now - entry.at > TTL_MS) {
    const fresh: Entry = {
      at: now,
      promise: getEstateTraffic({ from, to }, deps).then(
        (traffic): TrafficOutcome => ({ ok: true, traffic }),
        (e: unknown): TrafficOutcome => {
          if (!isAppError(e)) console.error("Estate traffic for the topology failed", e);
          return { ok: false, message: isAppError(e) ? e.message : "traffic failed unexpectedly" };
        },
      ),
    };
    fresh.promise.then((o) => {
      fresh.settled = o;
      // Failures are not kept: the next request tries again.
      if (!o.ok && cache.get(key) === fresh) cache.delete(key);
    });
    // While a refresh runs, answer from the previous result rather than from nothing.
    const previous = entry?.settled?.ok ? entry.settled : undefined;
    cache.set(key, fresh);
    for (const [k, v] of cache) if (now - v.at > TTL_MS * 5) cache.delete(k);
    entry = fresh;
    if (previous) {
      const quick = await Promise.race([fresh.promise, wait(waitMs)]);
      return quick ?? previous;
    }
  }
  if (entry.settled) return entry.settled;
  // Only the request that started the read waits the budget; polls of a read in flight answer at once.
  if (entry.at !== now) return "pending";
  return (await Promise.race([entry.promise, wait(waitMs)])) ?? "pending";
}

/** Forgets every window (tests that change the estate under one window). */
export function clearTopologyTrafficCache(): void {
  cache.clear();
}

function wait(ms: number): Promise<undefined> {
  return new Promise((r) => setTimeout(() => r(undefined), ms));
}
