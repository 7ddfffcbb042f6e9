/**
 * A single-value cache with a TTL whose concurrent misses share one in-flight load, so ten
 * dashboard requests arriving together cause one discovery, not ten.
 */
export class InventoryCache<T> {
  private value?: { data: T; expiresAt: number };
  private inflight?: Promise<T>;

  constructor(private readonly now: () => number = Date.now) {}

  /** The cached value if fresh (and `refresh` is false), else the result of `load`. */
  async get(ttlMs: number, load: () => Promise<T>, refresh = false): Promise<{ data: T; cached: boolean }> {
    if (!refresh && this.value && this.now() < this.value.expiresAt)
      return { data: this.value.data, cached: true };
    // A refresh joins a discovery already running: it started after the caller's request.
    if (this.inflight) return { data: await this.inflight, cached: false };
    const run = load();
    this.inflight = run;
    try {
      const data = await run;
      this.value = { data, expiresAt: this.now() + ttlMs };
      return { data, cached: false };
    } finally {
      if (this.inflight === run) this.inflight = undefined;
    }
  }

  clear(): void {
    this.value = undefined;
  }
}
