/**
 * The cache of closed time buckets: per (query kind, log groups, filter key, bucket) the rows a
 * query returned. Closed buckets never change, so they are never scanned again. Process-wide on
 * globalThis: Next bundles pages and route handlers separately and they must share one cache.
 * Bounded by rows held (a row is a flow or a connection, a few hundred bytes): the least recently
 * used buckets go first beyond MAX_ROWS, so memory stays near a few hundred MB at worst.
 */
import { createHash } from "node:crypto";

export const MAX_ROWS = 1_000_000;

const shared = globalThis as {
  __latticeLensTrafficBuckets?: { entries: Map<string, unknown[]>; rows: number };
};
shared.__latticeLensTrafficBuckets ??= { entries: new Map(), rows: 0 };
const store = shared.__latticeLensTrafficBuckets;
const cache = store.entries;

export function bucketKey(
  parts: { kind: string; account: string; region: string; groups: readonly string[]; filter: string },
  bucket: number,
): string {
  // The query string can run to kilobytes and a week holds a thousand buckets: key by its digest.
  const filter = createHash("sha256").update(parts.filter).digest("base64url");
  return JSON.stringify([parts.kind, parts.account, parts.region, [...parts.groups].sort(), filter, bucket]);
}

export function getBucket<T>(key: string): T[] | undefined {
  const hit = cache.get(key) as T[] | undefined;
  if (hit) {
    // Refresh recency: Map iteration order is insertion order.
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
}

export function putBucket<T>(key: string, rows: T[]): void {
  const previous = cache.get(key);
  if (previous) store.rows -= previous.length;
  cache.delete(key);
  cache.set(key, rows);
  store.rows += rows.length;
  while (store.rows > MAX_ROWS && cache.size > 1) {
    const [oldest, list] = cache.entries().next().value as [string, unknown[]];
    cache.delete(oldest);
    store.rows -= list.length;
  }
}

const lockState = globalThis as { __latticeLensTrafficLocks?: Map<string, Promise<void>> };
lockState.__latticeLensTrafficLocks ??= new Map();
const locks = lockState.__latticeLensTrafficLocks;

/** Runs `fn` after every earlier holder of `key` has finished (process-wide). */
export async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = locks.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => {
    release = r;
  });
  const tail = previous.then(() => mine);
  locks.set(key, tail);
  await previous;
  try {
    return await fn();
  } finally {
    release();
    if (locks.get(key) === tail) locks.delete(key);
  }
}

export function clearTrafficCache(): void {
  cache.clear();
  store.rows = 0;
}
