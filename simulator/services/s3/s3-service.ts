/**
 * Amazon S3 reads of the log buckets (REST-XML, signing name `s3`, path-style requests as the
 * product's client sends them with `forcePathStyle`): ListObjectsV2 `GET /BUCKET?list-type=2`,
 * GetObject `GET /BUCKET/KEY`, HeadObject `HEAD /BUCKET/KEY` (BC-S3 s3.subset.json). Lists are
 * flattened (`<Contents>` and `<CommonPrefixes>` repeat), keys in UTF-8 binary order, `max-keys`
 * default and maximum 1000. Errors: `<Error><Code>` NoSuchBucket / NoSuchKey (404), AccessDenied
 * (403) for a bucket of another account, InvalidArgument (400).
 */
import type { ListObjectsV2Output } from "@aws-sdk/client-s3";
import type {
  CallContext,
  FaultErrors,
  ServiceHandler,
  SimRequest,
  SimResponse,
} from "../../protocols/types";
import { SimError } from "../../protocols/types";
import { escapeXml, XML_DECLARATION } from "../../protocols/xml";
import type { S3Object } from "../../traffic/s3-log-store";

const XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";

export const s3FaultErrors: FaultErrors = {
  throttle: () => new SimError("SlowDown", 503, "Please reduce your request rate."),
  internal: () => new SimError("InternalError", 500, "We encountered an internal error. Please try again."),
  accessDenied: () => new SimError("AccessDenied", 403, "Access Denied"),
};

const noSuchBucket = (bucket: string) =>
  new SimError("NoSuchBucket", 404, "The specified bucket does not exist", { BucketName: bucket });

function el(name: string, value: string | number | boolean | undefined): string {
  return value === undefined ? "" : `<${name}>${escapeXml(String(value))}</${name}>`;
}

function bucketFor(ctx: CallContext, bucket: string) {
  const sources = ctx.runtime.s3.bucketSources(bucket);
  if (sources.length === 0) throw noSuchBucket(bucket);
  // The log bucket belongs to the account that delivers into it; no bucket policies are simulated.
  if (!sources.some((s) => s.account === ctx.account))
    throw new SimError("AccessDenied", 403, "Access Denied");
}

async function listObjectsV2(ctx: CallContext, bucket: string, q: URLSearchParams): Promise<SimResponse> {
  bucketFor(ctx, bucket);
  const prefix = q.get("prefix") ?? "";
  const delimiter = q.get("delimiter") || undefined;
  const maxKeysParam = q.get("max-keys");
  const maxKeys = maxKeysParam === null ? 1000 : Number(maxKeysParam);
  if (!Number.isInteger(maxKeys) || maxKeys < 0)
    throw new SimError("InvalidArgument", 400, "Provided max-keys not an integer or within integer range");
  const token = q.get("continuation-token");
  let after = q.get("start-after") ?? "";
  if (token !== null) {
    const decoded = Buffer.from(token, "base64url").toString("utf8");
    if (!decoded.startsWith("k:"))
      throw new SimError("InvalidArgument", 400, "The continuation token provided is incorrect");
    after = decoded.slice(2);
  }
  const { objects, commonPrefixes } = await ctx.runtime.s3.list(bucket, prefix, delimiter, ctx.now.getTime());
  type Entry = { key: string; object?: S3Object };
  const entries: Entry[] = [
    ...objects.map((o) => ({ key: o.key, object: o })),
    ...commonPrefixes.map((p) => ({ key: p })),
  ]
    .filter((e) => e.key > after)
    .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
  const page = entries.slice(0, Math.min(maxKeys, 1000));
  const truncated = entries.length > page.length;
  const out: ListObjectsV2Output = {
    Name: bucket,
    Prefix: prefix,
    KeyCount: page.length,
    MaxKeys: maxKeys,
    IsTruncated: truncated,
  };
  const contents = page
    .filter((e) => e.object)
    .map((e) => {
      const o = e.object as S3Object;
      return `<Contents>${el("Key", o.key)}${el("LastModified", new Date(o.lastModifiedMs).toISOString())}${el("ETag", o.etag)}${el("Size", o.size)}${el("StorageClass", "STANDARD")}</Contents>`;
    })
    .join("");
  const prefixes = page
    .filter((e) => !e.object)
    .map((e) => `<CommonPrefixes>${el("Prefix", e.key)}</CommonPrefixes>`)
    .join("");
  const last = page.at(-1)?.key;
  const body =
    `${XML_DECLARATION}<ListBucketResult xmlns="${XMLNS}">${el("Name", out.Name)}${el("Prefix", out.Prefix)}` +
    `${el("Delimiter", delimiter)}${el("MaxKeys", out.MaxKeys)}${el("KeyCount", out.KeyCount)}${el("IsTruncated", out.IsTruncated)}` +
    `${el("ContinuationToken", token ?? undefined)}${el("StartAfter", q.get("start-after") ?? undefined)}` +
    `${el("NextContinuationToken", truncated && last ? Buffer.from(`k:${last}`).toString("base64url") : undefined)}` +
    `${contents}${prefixes}</ListBucketResult>`;
  return {
    status: 200,
    headers: { "content-type": "application/xml", "x-amz-request-id": ctx.requestId },
    body,
  };
}

async function getObject(ctx: CallContext, bucket: string, key: string, head: boolean): Promise<SimResponse> {
  bucketFor(ctx, bucket);
  const o = await ctx.runtime.s3.get(bucket, key, ctx.now.getTime());
  if (!o) throw new SimError("NoSuchKey", 404, "The specified key does not exist.", { Key: key });
  const { readFile } = await import("node:fs/promises");
  const bytes = head ? Buffer.alloc(0) : await readFile(o.file);
  return {
    status: 200,
    headers: {
      "content-type": key.endsWith(".parquet") ? "application/octet-stream" : "application/x-gzip",
      "content-length": String(o.size),
      etag: o.etag,
      "last-modified": new Date(o.lastModifiedMs).toUTCString(),
      "accept-ranges": "bytes",
      "x-amz-request-id": ctx.requestId,
    },
    body: bytes,
  };
}

function route(req: SimRequest): { operation: string; bucket: string; key: string } {
  const [, bucket = "", ...rest] = req.path.split("/");
  const key = rest.map(decodeURIComponent).join("/");
  if (key === "" && req.query.get("list-type") === "2") return { operation: "ListObjectsV2", bucket, key };
  if (key !== "" && req.method === "GET") return { operation: "GetObject", bucket, key };
  if (key !== "" && req.method === "HEAD") return { operation: "HeadObject", bucket, key };
  return { operation: "UnknownOperation", bucket, key };
}

export function s3Service(): ServiceHandler {
  return {
    faultErrors: s3FaultErrors,
    resolve(req) {
      const r = route(req);
      return {
        operation: r.operation,
        run(ctx) {
          if (r.operation === "ListObjectsV2") return listObjectsV2(ctx, r.bucket, req.query);
          if (r.operation === "GetObject" || r.operation === "HeadObject")
            return getObject(ctx, r.bucket, r.key, r.operation === "HeadObject");
          throw new SimError(
            "NotImplemented",
            501,
            "A header or query you provided implies functionality that is not implemented.",
          );
        },
      };
    },
    encodeError(err, requestId) {
      const extra = Object.entries(err.fields)
        .map(([k, v]) => el(k, String(v)))
        .join("");
      return {
        status: err.status,
        headers: { "content-type": "application/xml", "x-amz-request-id": requestId, ...err.headers },
        body: `${XML_DECLARATION}<Error>${el("Code", err.code)}${el("Message", err.message)}${extra}${el("RequestId", requestId)}</Error>`,
      };
    },
  };
}
