/**
 * The cache of closed time buckets: per (query kind, log groups, filter key, bucket) the rows a
 * query returned. Closed buckets never change, so they are never scanned again. Process-wide on
 * globalThis: Next bundles pages and route handlers separately and they must share one cache.
 * Bounded: the oldest entries go first (insertion order) beyond MAX_ENTRIES.
 */
const MAX_ENTRIES = 50_000;

const shared = globalThis as { __latticeLensTrafficBuckets?: Map<string, unknown[]> };
shared.__latticeLensTrafficBuckets ??= new Map();
const cache = shared.__latticeLensTrafficBuckets;

export function bucketKey(
  parts: { kind: string; account: string; region: string; groups: readonly string[]; filter: string },
  bucket: number,
): string {
  return JSON.stringify([
    parts.kind,
    parts.account,
    parts.region,
    [...parts.groups].sort(),
    parts.filter,
    bucket,
  ]);
}

export function getBucket<T>(key: string): T[] | undefined {
  return cache.get(key) as T[] | undefined;
}

export function putBucket<T>(key: string, rows: T[]): void {
  cache.delete(key);
  cache.set(key, rows);
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

export function clearTrafficCache(): void {
  cache.clear();
}
