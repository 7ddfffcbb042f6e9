import "server-only";
import type { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { mapPool } from "@/lib/discovery/run-pool";
import { bucketKey, getBucket, putBucket, withLock } from "./bucket-cache";
import { type RunOptions, runInsightsQuery } from "./run-insights-query";
import { BUCKET_MS, bucketsCovering, isClosed, runsOf } from "./time-buckets";

/** At most 6 h per query, and a few queries of one kind at once (Logs Insights limits concurrency). */
const MAX_RUN_BUCKETS = 36;
const QUERY_CONCURRENCY = 3;

export interface BucketCost {
  scannedBytes: number;
  queries: number;
  cachedBuckets: number;
  queriedBuckets: number;
}

export const zeroCost = (): BucketCost => ({
  scannedBytes: 0,
  queries: 0,
  cachedBuckets: 0,
  queriedBuckets: 0,
});

export function addCost<T extends BucketCost>(into: T, c: BucketCost): T {
  into.scannedBytes += c.scannedBytes;
  into.queries += c.queries;
  into.cachedBuckets += c.cachedBuckets;
  into.queriedBuckets += c.queriedBuckets;
  return into;
}

export interface BucketQuery<T> {
  kind: string;
  accountId: string;
  region: string;
  logs: CloudWatchLogsClient;
  logGroupNames: readonly string[];
  queryString: string;
  /** Epoch ms, `[start, end)`; widened to whole buckets. */
  start: number;
  end: number;
  now: number;
  /** How long after a bucket ends its data may still arrive. */
  deliveryDelayMs: number;
  toRow: (r: Record<string, string>) => T | undefined;
  /** Epoch ms of a row (its event time), to place it in its bucket. */
  timeOf: (row: T) => number;
  limit?: number;
  run?: RunOptions;
}

/**
 * Rows for a window: closed buckets from the cache, the rest from Logs Insights, one query per
 * run of consecutive missing buckets. A run whose answer hits the row limit is split in half and
 * asked again, down to one bucket (then `truncated` says so). Only closed buckets are cached, so a
 * refresh scans just the buckets still filling and never re-scans a closed window.
 */
export function queryBuckets<T>(q: BucketQuery<T>): Promise<BucketResult<T>> {
  // One caller at a time per query: the overview, a detail page and the topology asking for the
  // same gateway together scan once; the later ones find the closed buckets cached.
  const lockKey = bucketKey(
    { kind: q.kind, account: q.accountId, region: q.region, groups: q.logGroupNames, filter: q.queryString },
    0,
  );
  return withLock(lockKey, () => queryBucketsNow(q));
}

export interface BucketResult<T> {
  rows: T[];
  cost: BucketCost;
  truncated: boolean;
  skipped: number;
}

async function queryBucketsNow<T>(q: BucketQuery<T>): Promise<BucketResult<T>> {
  const cost = zeroCost();
  const rows: T[] = [];
  let truncated = false;
  let skipped = 0;
  const limit = q.limit ?? 10_000;
  const key = (b: number) =>
    bucketKey(
      {
        kind: q.kind,
        account: q.accountId,
        region: q.region,
        groups: q.logGroupNames,
        filter: q.queryString,
      },
      b,
    );
  const missing: number[] = [];
  for (const b of bucketsCovering(q.start, q.end)) {
    const hit = getBucket<T>(key(b));
    if (hit) {
      rows.push(...hit);
      cost.cachedBuckets += 1;
    } else missing.push(b);
  }

  const runRange = async (start: number, end: number): Promise<void> => {
    const result = await runInsightsQuery(
      q.logs,
      {
        logGroupNames: q.logGroupNames,
        queryString: q.queryString,
        startTime: Math.floor(start / 1000),
        // Inclusive end second: rows from the next bucket's first second are dropped below.
        endTime: Math.floor(end / 1000),
        limit,
      },
      q.run,
    );
    cost.scannedBytes += result.bytesScanned;
    cost.queries += result.queries;
    const buckets = Math.round((end - start) / BUCKET_MS);
    if (result.rows.length >= limit && buckets > 1) {
      const mid = start + Math.floor(buckets / 2) * BUCKET_MS;
      await runRange(start, mid);
      await runRange(mid, end);
      return;
    }
    if (result.rows.length >= limit) truncated = true;
    cost.queriedBuckets += buckets;
    const perBucket = new Map<number, T[]>();
    for (let b = start; b < end; b += BUCKET_MS) perBucket.set(b, []);
    for (const raw of result.rows) {
      const row = q.toRow(raw);
      if (row === undefined) {
        skipped += 1;
        continue;
      }
      const t = q.timeOf(row);
      if (t < start || t >= end) continue;
      perBucket.get(Math.floor(t / BUCKET_MS) * BUCKET_MS)?.push(row);
    }
    for (const [b, list] of perBucket) {
      rows.push(...list);
      if (!truncated && isClosed(b, q.now, q.deliveryDelayMs)) putBucket(key(b), list);
    }
  };

  // Runs are capped so a busy gateway rarely hits the row limit: a query that does is scanned twice.
  const chunks = runsOf(missing).flatMap((run) => {
    const out: Array<[number, number]> = [];
    for (let s = run.start; s < run.end; s += MAX_RUN_BUCKETS * BUCKET_MS)
      out.push([s, Math.min(run.end, s + MAX_RUN_BUCKETS * BUCKET_MS)]);
    return out;
  });
  await mapPool(chunks, QUERY_CONCURRENCY, ([s, e]) => runRange(s, e));
  return { rows, cost, truncated, skipped };
}
