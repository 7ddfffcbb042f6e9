import "server-only";
import { getInventory } from "@/lib/discovery/get-inventory";
import { AppError } from "@/lib/errors";
import { indexInventory } from "@/lib/findings/inventory-index";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import type { TrafficDeps } from "@/lib/flows/traffic-context";
import { toTrafficWindow } from "@/lib/flows/traffic-window";
import { DEFAULT_FROM, DEFAULT_TO } from "@/lib/links/time-range";
import type { Inventory } from "@/lib/schemas/inventory";
import { checkPath } from "./check-path";
import type { TrafficByConfiguration } from "./hop-context";
import type { PathQuery } from "./path-query";
import type { PathAnswer } from "./path-types";
import { PathInputError, resolveConsumer } from "./resolve-consumer";
import { resolveTarget } from "./resolve-target";
import { targetConfigurationsOf } from "./route-candidates";

export interface PathCheckDeps {
  inventory?: Inventory;
  signal?: AbortSignal;
  /** Skip the traffic hop's queries (tests of the configuration hops). */
  withoutTraffic?: boolean;
  /** Passed to the traffic reads (tests: config, clock, fast polling). */
  traffic?: Omit<TrafficDeps, "inventory">;
}

/**
 * The path check for one consumer and target: the inventory's hops, plus the traffic of every
 * configuration the target stands for over the window (one configuration-traffic read each; a
 * failure there leaves the traffic hop unknown, never the answer). Bad input → AppError bad_request.
 */
export async function getPathCheck(q: PathQuery, deps: PathCheckDeps = {}): Promise<PathAnswer> {
  const inventory = deps.inventory ?? (await getInventory());
  const window = { from: q.from ?? DEFAULT_FROM, to: q.to ?? DEFAULT_TO };
  toTrafficWindow(window, (deps.traffic?.now ?? Date.now)()); // a bad window is a 400 before any query
  try {
    const index = indexInventory(inventory);
    resolveConsumer(index, q.consumer);
    const target = resolveTarget(index, q.target);
    const traffic: TrafficByConfiguration = new Map();
    if (!deps.withoutTraffic) {
      await Promise.all(
        targetConfigurationsOf(target.config, index).map(async (c) => {
          try {
            traffic.set(
              c.id,
              await getConfigurationTraffic(c.id, window, {
                ...deps.traffic,
                inventory,
                run: { ...deps.traffic?.run, ...(deps.signal ? { signal: deps.signal } : {}) },
              }),
            );
          } catch (e) {
            traffic.set(c.id, { error: e instanceof Error ? e.message : String(e) });
          }
        }),
      );
    }
    return checkPath(inventory, {
      consumer: q.consumer,
      target: q.target,
      window,
      traffic: deps.withoutTraffic ? undefined : traffic,
    });
  } catch (e) {
    if (e instanceof PathInputError) throw new AppError("bad_request", e.message, { field: e.field });
    throw e;
  }
}
