import "server-only";
import { CallCounter } from "@/lib/aws/call-counter";
import { destroyClients, makeClients } from "@/lib/aws/make-clients";
import type { LensConfig } from "@/lib/config/schema";
import type { Inventory } from "@/lib/schemas/inventory";
import { discoverRegion } from "./discover-region";
import { mergeDiscoveries } from "./merge-discoveries";
import { parseArn } from "./parse-arn";
import { WarningSink } from "./region-context";
import { resolveRelationships } from "./resolve-relationships";
import { mapPool } from "./run-pool";

export interface DiscoveryOptions {
  /** Paginator page size for every list call (tests use 1 to exercise pagination). */
  pageSize?: number;
  /** Per-item calls in flight within one account × region. */
  itemConcurrency?: number;
}

/**
 * Discovers every configured account × region (config.concurrency at a time), then merges,
 * deduplicates and links the result. Never throws for AWS failures: they become warnings.
 */
export async function discoverInventory(
  config: LensConfig,
  options: DiscoveryOptions = {},
): Promise<Inventory> {
  const started = performance.now();
  // Counts the requests of this run's clients. Credential resolution (AssumeRole, SSO) is not in
  // it: providers are shared across runs and refresh on their own schedule.
  const counter = new CallCounter();
  const warnings = new WarningSink();
  const targets = config.accounts.flatMap((account) =>
    (account.regions ?? config.regions).map((region) => ({ account, region })),
  );
  const configured = new Set(targets.map((t) => `${t.account.id}|${t.region}`));

  const regions = await mapPool(targets, config.concurrency, async ({ account, region }) => {
    const clients = makeClients(account, region, counter);
    try {
      return await discoverRegion({
        clients,
        accountId: account.id,
        region,
        pageSize: options.pageSize,
        itemConcurrency: options.itemConcurrency ?? 4,
        warnings,
        ownedElsewhere: (arn) => {
          const parsed = parseArn(arn);
          return (
            !!parsed &&
            parsed.accountId !== account.id &&
            configured.has(`${parsed.accountId}|${parsed.region}`)
          );
        },
      });
    } finally {
      destroyClients(clients);
    }
  });

  const linked = resolveRelationships(mergeDiscoveries(regions));
  return {
    generatedAt: new Date().toISOString(),
    accounts: config.accounts.map((a) => ({ accountId: a.id, ...(a.name ? { name: a.name } : {}) })),
    regions: [...new Set(targets.map((t) => t.region))].sort(),
    ...sortAll(linked),
    warnings: warnings.list(),
    stats: { awsCalls: counter.calls, durationMs: Math.round(performance.now() - started), cached: false },
  };
}

// Stable order (by owner, region, id) so the UI and snapshots do not shuffle between runs.
function sortAll<T extends Record<string, { accountId: string; region: string; id: string }[]>>(lists: T): T {
  const out = {} as Record<string, unknown>;
  for (const [key, items] of Object.entries(lists)) {
    out[key] = [...items].sort(
      (a, b) =>
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region) ||
        a.id.localeCompare(b.id),
    );
  }
  return out as T;
}
