import { beforeEach, describe, expect, it } from "vitest";
import { bucketKey, clearTrafficCache, getBucket, MAX_ROWS, putBucket } from "./bucket-cache";

const key = (filter: string, bucket: number) =>
  bucketKey({ kind: "k", account: "1", region: "r", groups: ["/b", "/a"], filter }, bucket);

beforeEach(() => clearTrafficCache());

describe("bucket cache", () => {
  it("keys by kind, account, region, sorted groups, query and bucket", () => {
    expect(key("q", 0)).toBe(
      bucketKey({ kind: "k", account: "1", region: "r", groups: ["/a", "/b"], filter: "q" }, 0),
    );
    expect(new Set([key("q", 0), key("q", 600_000), key("q2", 0)]).size).toBe(3);
    expect(key("x".repeat(10_000), 0).length).toBeLessThan(200);
  });

  it("evicts the least recently used buckets beyond MAX_ROWS", () => {
    const half = Math.floor(MAX_ROWS / 2) + 1;
    putBucket(key("q", 0), new Array(half).fill(0));
    putBucket(key("q", 1), new Array(half - 10).fill(0));
    expect(getBucket(key("q", 0))).toHaveLength(half); // now the most recent
    putBucket(key("q", 2), new Array(20).fill(0));
    expect(getBucket(key("q", 1))).toBeUndefined();
    expect(getBucket(key("q", 0))).toHaveLength(half);
    expect(getBucket(key("q", 2))).toHaveLength(20);
  });
});
