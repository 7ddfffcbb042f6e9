import { describe, expect, it, vi } from "vitest";
import { shareCredentials } from "./credentials";

const later = (ms: number) => new Date(Date.now() + ms);

describe("shareCredentials", () => {
  it("resolves once for concurrent and later callers while the credentials are fresh", async () => {
    const inner = vi.fn(async () => ({
      accessKeyId: "A",
      secretAccessKey: "s",
      expiration: later(3600_000),
    }));
    const shared = shareCredentials(inner);
    await Promise.all([shared(), shared(), shared()]);
    await shared();
    expect(inner).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["about to expire", { accessKeyId: "A", secretAccessKey: "s", expiration: later(60_000) }, 2],
    ["without expiry (static keys)", { accessKeyId: "A", secretAccessKey: "s" }, 1],
  ])("credentials %s → %i resolutions for two calls", async (_name, identity, calls) => {
    const inner = vi.fn(async () => identity);
    const shared = shareCredentials(inner);
    await shared();
    await shared();
    expect(inner).toHaveBeenCalledTimes(calls);
  });

  it("retries after a failure instead of remembering it", async () => {
    const inner = vi
      .fn()
      .mockRejectedValueOnce(new Error("sso expired"))
      .mockResolvedValueOnce({ accessKeyId: "A", secretAccessKey: "s" });
    const shared = shareCredentials(inner);
    await expect(shared()).rejects.toThrow("sso expired");
    await expect(shared()).resolves.toMatchObject({ accessKeyId: "A" });
  });
});
