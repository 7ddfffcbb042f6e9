import "server-only";
import type { AwsClients } from "@/lib/aws/make-clients";
import { mapAwsError } from "@/lib/aws/map-aws-error";
import type { DiscoveryWarning } from "@/lib/schemas/inventory";

/** What every collector for one account × region needs. */
export interface RegionContext {
  clients: AwsClients;
  accountId: string;
  region: string;
  /** Paginator page size; undefined lets each operation use its maximum. Tests set 1. */
  pageSize?: number;
  /** Per-item calls (Get, tags, per-configuration lists) in flight at once. */
  itemConcurrency: number;
  /**
   * True for an ARN owned by another configured account in this region: that account's own
   * discovery fetches its details, so a consumer that sees it through RAM skips them.
   */
  ownedElsewhere: (arn: string | undefined) => boolean;
  warnings: WarningSink;
}

/** Collects warnings, one per account/region/operation/code, counting repeats. */
export class WarningSink {
  private readonly byKey = new Map<string, { warning: DiscoveryWarning; count: number }>();

  record(warning: DiscoveryWarning): void {
    const key = [warning.accountId, warning.region, warning.service, warning.operation, warning.code].join(
      "|",
    );
    const seen = this.byKey.get(key);
    if (seen) seen.count += 1;
    else this.byKey.set(key, { warning, count: 1 });
  }

  list(): DiscoveryWarning[] {
    return [...this.byKey.values()].map(({ warning, count }) =>
      count > 1 ? { ...warning, message: `${warning.message} (and ${count - 1} more like it)` } : warning,
    );
  }
}

/**
 * Runs one AWS operation; a failure becomes a warning and `fallback`, so one denied or broken
 * operation leaves the rest of the inventory intact.
 */
export async function attempt<T>(
  ctx: RegionContext,
  service: string,
  operation: string,
  fn: () => Promise<T>,
  fallback: T,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const mapped = mapAwsError(error);
    ctx.warnings.record({
      accountId: ctx.accountId,
      region: ctx.region,
      service,
      operation,
      code: mapped.code,
      message: mapped.message,
    });
    return fallback;
  }
}

/** All items of an SDK paginator (the paginator follows the tokens). */
export async function collect<P, T>(
  pages: AsyncIterable<P>,
  pick: (page: P) => T[] | undefined,
): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

/** Splits filter values: EC2 accepts at most 200 values per filter. */
export function chunk<T>(items: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
