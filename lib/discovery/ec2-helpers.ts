import "server-only";
import type { Filter } from "@aws-sdk/client-ec2";
import { attempt, chunk, collect, type RegionContext } from "./region-context";

export const EC2 = "ec2";

/** EC2 Describe* MaxResults: at least 5 (the API's minimum), at most 1000. */
export function ec2Paging(ctx: RegionContext) {
  const pageSize = ctx.pageSize === undefined ? 1000 : Math.min(1000, Math.max(5, ctx.pageSize));
  return { client: ctx.clients.ec2, pageSize };
}

/**
 * Runs a Describe paginator once per chunk of `values` for filter `name` (EC2 caps values per
 * filter), with any fixed `extra` filters; nothing is called for an empty list.
 */
export async function describeByFilter<P, T>(
  ctx: RegionContext,
  operation: string,
  name: string,
  values: readonly string[],
  paginate: (filters: Filter[]) => AsyncIterable<P>,
  pick: (page: P) => T[] | undefined,
  extra: Filter[] = [],
): Promise<T[]> {
  const unique = [...new Set(values)].filter(Boolean).sort();
  if (unique.length === 0) return [];
  return attempt(
    ctx,
    EC2,
    operation,
    async () => {
      const out: T[] = [];
      for (const part of chunk(unique)) {
        out.push(...(await collect(paginate([...extra, { Name: name, Values: part }]), pick)));
      }
      return out;
    },
    [],
  );
}
