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
}
