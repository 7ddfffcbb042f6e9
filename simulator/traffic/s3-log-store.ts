/**
 * The S3 objects of the scenario's S3 log destinations, generated lazily per 5-minute window from
 * the same traffic model as the CloudWatch Logs streams (so the ground truth holds for both) and
 * cached on disk for the life of the server.
 *
 * - One object per source and window [w, w + 5 min) holding the records whose start lies in it:
 *   flow logs "publish log files … at 5-minute intervals" (VPC UG, "Flow log files",
 *   https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html); flow-log windows
 *   without records still get an object (header only / zero rows); access logs only windows with
 *   records.
 * - Delivery: an object exists from window end + 5 min; 1 in 10 (by hash) is late, at + 20 min for
 *   flow logs ("in about 10 minutes", VPC UG "Flow log records") and + 15 min for access logs
 *   ("S3 within ~6 min", LAT-AL). `LastModified` is the delivery time.
 * - Text: gzip, header line of field names, one record a line, `-` for none. Parquet (written by
 *   DuckDB, gzip pages): one column per field of the format, hyphens → underscores, `-` → NULL.
 * - Access logs: gzip, one JSON record a line (the CloudWatch Logs record text).
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ColumnType, SqlEngine } from "../duckdb/sql-engine";
import { hashHex } from "../state/hash-hex";
import { accessLogRecord } from "./access-log-records";
import { type Connection, connectionsBetween } from "./connections";
import { type FlowRecord, flowFieldValue, renderFlowRecord } from "./flow-log-format";
import { eniFlowRecords } from "./flow-records";
import { hash32 } from "./random";
import {
  type FlowS3Source,
  folderOf,
  folderSpanMs,
  objectKey,
  type S3LogSource,
  WINDOW_MS,
} from "./s3-log-sources";

export interface S3Object {
  bucket: string;
  key: string;
  size: number;
  lastModifiedMs: number;
  etag: string;
  /** Where the bytes are on disk. */
  file: string;
}

const MINUTE_MS = 60_000;

/** Flow-log fields that Parquet stores as numbers (README "S3 layout"); the rest are strings. */
const INT32_FIELDS = new Set(["version", "srcport", "dstport", "tcp-flags", "traffic-path"]);
const INT64_FIELDS = new Set(["protocol", "packets", "bytes", "start", "end"]);

export function parquetColumnType(field: string): ColumnType {
  return INT32_FIELDS.has(field) ? "integer" : INT64_FIELDS.has(field) ? "bigint" : "varchar";
}

export const columnName = (field: string) => field.replaceAll("-", "_");

/** When the object of window `windowMs` lands in S3. */
export function deliveryMs(src: S3LogSource, windowMs: number): number {
  const end = windowMs + WINDOW_MS;
  const late = hash32(`${src.id}/${windowMs}/late`) % 10 === 0;
  if (!late) return end + 5 * MINUTE_MS;
  return end + (src.kind === "flow" ? 20 : 15) * MINUTE_MS;
}

/** How long after a span's end its S3 objects are all delivered. */
export const S3_FINAL_MARGIN_MS = { flow: 20 * MINUTE_MS, access: 15 * MINUTE_MS } as const;

export interface TrafficWindowSource {
  historyStartMs: number;
}

export class S3LogStore {
  private readonly cache = new Map<string, Promise<S3Object | undefined>>();

  constructor(
    readonly sources: S3LogSource[],
    private readonly traffic: TrafficWindowSource,
    private readonly engine: SqlEngine,
    private readonly dir: string,
  ) {}

  /** The first window that can hold records: the source's creation or the model's history start. */
  private firstWindowMs(src: S3LogSource): number {
    const from = Math.max(src.createdMs, this.traffic.historyStartMs);
    return Math.floor(from / WINDOW_MS) * WINDOW_MS;
  }

  /** The start of every folder (partition) of `src` that overlaps [fromMs, toMs) and has begun by nowMs. */
  folderStarts(src: S3LogSource, fromMs: number, toMs: number, nowMs: number): number[] {
    const span = folderSpanMs(src);
    const first = Math.max(fromMs, this.firstWindowMs(src));
    const last = Math.min(toMs, nowMs);
    const out: number[] = [];
    for (let t = Math.floor(first / span) * span; t < last; t += span) out.push(t);
    return out;
  }

  /** The delivered objects of one folder, in key order. */
  async folderObjects(src: S3LogSource, folderStartMs: number, nowMs: number): Promise<S3Object[]> {
    const first = this.firstWindowMs(src);
    const end = folderStartMs + folderSpanMs(src);
    const pending: Array<Promise<S3Object | undefined>> = [];
    for (let w = Math.max(folderStartMs, first); w < end; w += WINDOW_MS) {
      if (deliveryMs(src, w) > nowMs) continue;
      pending.push(this.object(src, w));
    }
    const objects = (await Promise.all(pending)).filter((o): o is S3Object => o !== undefined);
    return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The sources writing to a bucket; the bucket's owner is the first one's account. */
  bucketSources(bucket: string): S3LogSource[] {
    return this.sources.filter((s) => s.bucket === bucket);
  }

  /**
   * What ListObjectsV2 sees under `prefix`: delivered objects, or with a delimiter the common
   * prefixes below it. Only folders whose objects must be listed are generated; a folder counts
   * as existing once its first window is delivered (flow logs write every window).
   */
  async list(
    bucket: string,
    prefix: string,
    delimiter: string | undefined,
    nowMs: number,
  ): Promise<{ objects: S3Object[]; commonPrefixes: string[] }> {
    const objects: S3Object[] = [];
    const prefixes = new Set<string>();
    for (const src of this.bucketSources(bucket)) {
      for (const folder of this.folderStarts(src, 0, nowMs + 1, nowMs)) {
        const key = folderOf(src, folder);
        if (!key.startsWith(prefix) && !prefix.startsWith(key)) continue;
        if (delimiter && key.startsWith(prefix)) {
          const cut = key.indexOf(delimiter, prefix.length);
          if (cut >= 0) {
            const first = Math.max(folder, this.firstWindowMs(src));
            if (
              src.kind === "flow"
                ? deliveryMs(src, first) <= nowMs
                : (await this.folderObjects(src, folder, nowMs)).length > 0
            )
              prefixes.add(key.slice(0, cut + delimiter.length));
            continue;
          }
        }
        for (const o of await this.folderObjects(src, folder, nowMs)) {
          if (!o.key.startsWith(prefix)) continue;
          const cut = delimiter ? o.key.indexOf(delimiter, prefix.length) : -1;
          if (cut >= 0) prefixes.add(o.key.slice(0, cut + (delimiter?.length ?? 0)));
          else objects.push(o);
        }
      }
    }
    return { objects, commonPrefixes: [...prefixes] };
  }

  /** One delivered object by key, or undefined. */
  async get(bucket: string, key: string, nowMs: number): Promise<S3Object | undefined> {
    const m = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z_[0-9a-f]{8}\.log\.(gz|parquet)$/.exec(key);
    if (!m) return undefined;
    const windowMs = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
    for (const src of this.bucketSources(bucket)) {
      if (!key.includes(`_${src.id}_`) || !key.startsWith(folderOf(src, windowMs))) continue;
      if (windowMs < this.firstWindowMs(src) || deliveryMs(src, windowMs) > nowMs) return undefined;
      const o = await this.object(src, windowMs);
      return o?.key === key ? o : undefined;
    }
    return undefined;
  }

  private object(src: S3LogSource, windowMs: number): Promise<S3Object | undefined> {
    const id = `${src.id}@${windowMs}`;
    let hit = this.cache.get(id);
    if (!hit) {
      hit = this.generate(src, windowMs);
      this.cache.set(id, hit);
    }
    return hit;
  }

  private async generate(src: S3LogSource, windowMs: number): Promise<S3Object | undefined> {
    const key = objectKey(src, windowMs, hashHex(`${src.id}/${windowMs}`, 8));
    const file = path.join(this.dir, src.bucket, key);
    mkdirSync(path.dirname(file), { recursive: true });
    const from = Math.max(windowMs, src.createdMs, this.traffic.historyStartMs);
    const to = windowMs + WINDOW_MS;
    // Content is fixed at the on-time delivery instant, whatever the clock says later: the
    // NODATA marker of an interval that ends at the delivery instant is already in it.
    const contentNow = windowMs + WINDOW_MS + 5 * MINUTE_MS;
    if (src.kind === "flow") {
      if (src.enis.length === 0) return undefined;
      const records = flowRecordsOf(src, from, to, contentNow);
      if (src.parquet) {
        const fields = src.format.fields;
        await this.engine.writeParquet(
          file,
          fields.map((f) => ({ name: columnName(f), type: parquetColumnType(f) })),
          records.map((r) => fields.map((f) => flowFieldValue(r, f, src.format.version) ?? null)),
        );
      } else {
        const lines = [src.format.fields.join(" "), ...records.map((r) => renderFlowRecord(r, src.format))];
        writeFileSync(file, gzipSync(`${lines.join("\n")}\n`));
      }
    } else {
      const conns: Connection[] = [];
      for (const p of src.paths) for (const c of connectionsBetween(p, from, to)) conns.push(c);
      if (conns.length === 0) return undefined;
      conns.sort((a, b) => a.startMs - b.startMs);
      writeFileSync(file, gzipSync(`${conns.map((c) => accessLogRecord(c)).join("\n")}\n`));
    }
    const { size } = statSync(file);
    return {
      bucket: src.bucket,
      key,
      size,
      lastModifiedMs: deliveryMs(src, windowMs),
      etag: `"${hashHex(`${key}/${size}`, 32)}"`,
      file,
    };
  }
}

/**
 * The records of every ENI of a flow log whose start lies in [fromMs, toMs), by start then ENI.
 * Whether an interval is NODATA depends on its whole aggregation interval (10 min may span two
 * 5-minute objects), so records are generated over whole intervals and then cut to the window.
 */
export function flowRecordsOf(src: FlowS3Source, fromMs: number, toMs: number, nowMs: number): FlowRecord[] {
  const out: FlowRecord[] = [];
  for (const eni of src.enis) {
    const step = eni.intervalSeconds * 1000;
    const from = Math.floor(fromMs / step) * step;
    const to = Math.ceil(toMs / step) * step;
    for (const r of eniFlowRecords(eni, from, to, Math.max(nowMs, to))) {
      const startMs = r.start * 1000;
      if (startMs < fromMs || startMs >= toMs) continue;
      if (r.logStatus === "OK" && src.trafficType !== "ALL" && r.action !== src.trafficType) continue;
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.interfaceId < b.interfaceId ? -1 : 1));
}
