import "server-only";
import type { CallCounter } from "@/lib/aws/call-counter";
import { makeTrafficClients, type TrafficClients } from "@/lib/aws/make-clients";
import { loadConfig } from "@/lib/config/load-config";
import type { LensConfig } from "@/lib/config/schema";
import { getInventory } from "@/lib/discovery/get-inventory";
import type { Inventory } from "@/lib/schemas/inventory";
import type { RunOptions } from "./run-insights-query";

/** What the traffic DAL reads; tests pass their own inventory, config and clock. */
export interface TrafficDeps {
  inventory?: Inventory;
  config?: LensConfig;
  now?: () => number;
  /** Logs Insights polling (tests poll fast). */
  run?: RunOptions;
  counter?: CallCounter;
}

export interface TrafficContext {
  inventory: Inventory;
  now: number;
  run?: RunOptions;
  /** Clients for an account the config names, in a region; undefined when it names none. */
  clients(accountId: string, region: string): TrafficClients | undefined;
  /**
   * Runs `fn` once per key within this request; `first` tells the caller whether it started the
   * work (and so should count its cost). The estate asks for each log group once, not per gateway.
   */
  once<T>(key: string, fn: () => Promise<T>): Promise<{ value: T; first: boolean }>;
}

export async function trafficContext(deps: TrafficDeps = {}): Promise<TrafficContext> {
  const [inventory, config] = await Promise.all([
    deps.inventory ?? getInventory(),
    deps.config ?? loadConfig(),
  ]);
  const made = new Map<string, TrafficClients>();
  const started = new Map<string, Promise<unknown>>();
  return {
    async once<T>(key: string, fn: () => Promise<T>) {
      const running = started.get(key) as Promise<T> | undefined;
      if (running) return { value: await running, first: false };
      const p = fn();
      started.set(key, p);
      return { value: await p, first: true };
    },
    inventory,
    now: (deps.now ?? Date.now)(),
    run: deps.run,
    clients(accountId, region) {
      const account = config.accounts.find((a) => a.id === accountId);
      if (!account) return undefined;
      const key = `${accountId}|${region}`;
      const c = made.get(key) ?? makeTrafficClients(account, region, deps.counter);
      made.set(key, c);
      return c;
    },
  };
}
