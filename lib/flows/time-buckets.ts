/**
 * Fixed, epoch-aligned 10-minute buckets: the unit of the cache of closed windows. Aligned to
 * 600 s so both flow-log aggregation intervals (60 s, 600 s) fall wholly inside one bucket, and
 * fixed (not chosen per window) so a 1 h view, a 24 h view and the estate share cached buckets.
 */
export const BUCKET_MS = 10 * 60_000;

/** When a bucket's data is complete: flow logs arrive within ~interval + 5 min, access logs within ~5 min. */
export const FLOW_DELIVERY_DELAY_MS = (intervalSeconds: number) => intervalSeconds * 1000 + 5 * 60_000;
export const ACCESS_LOG_DELIVERY_DELAY_MS = 5 * 60_000;

export function bucketsCovering(startMs: number, endMs: number): number[] {
  const out: number[] = [];
  for (let b = Math.floor(startMs / BUCKET_MS) * BUCKET_MS; b < endMs; b += BUCKET_MS) out.push(b);
  return out;
}

/** Closed: nothing more will be delivered into it, so its answer can be kept forever. */
export function isClosed(bucketStart: number, now: number, delayMs: number): boolean {
  return bucketStart + BUCKET_MS + delayMs <= now;
}

/** Consecutive buckets → `[start, end)` runs, one query each. */
export function runsOf(buckets: readonly number[]): Array<{ start: number; end: number; buckets: number[] }> {
  const runs: Array<{ start: number; end: number; buckets: number[] }> = [];
  for (const b of [...buckets].sort((x, y) => x - y)) {
    const last = runs[runs.length - 1];
    if (last && last.end === b) {
      last.end = b + BUCKET_MS;
      last.buckets.push(b);
    } else runs.push({ start: b, end: b + BUCKET_MS, buckets: [b] });
  }
  return runs;
}
