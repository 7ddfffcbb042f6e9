/**
 * A counting semaphore per key (account × region) for Logs Insights queries, so the process never
 * runs more queries at once than its share of the account's concurrency quota. Interactive
 * requests go first: background work (scheduled reports, prefetch) waits behind them and may hold
 * only part of the slots, so a page opened during a report run still starts at once. A background
 * waiter older than `maxBackgroundWaitMs` is served before newer interactive ones, so a steady
 * interactive load cannot starve a report forever. Pure: no timers, the clock is injected.
 */

export type QueryPriority = "interactive" | "background";

export interface InsightsQueueOptions {
  /** Queries running at once per key. */
  limit: number;
  /** Of those, how many background work may hold (default: three quarters, at least one). */
  backgroundLimit?: number;
  /** A background waiter this old goes before interactive ones (default 2 minutes). */
  maxBackgroundWaitMs?: number;
  now?: () => number;
}

export interface QueueSnapshot {
  running: number;
  runningBackground: number;
  waitingInteractive: number;
  waitingBackground: number;
}

interface Waiter {
  priority: QueryPriority;
  since: number;
  grant: (release: () => void) => void;
}

interface KeyState {
  running: number;
  runningBackground: number;
  interactive: Waiter[];
  background: Waiter[];
}

export class InsightsQueue {
  readonly limit: number;
  readonly backgroundLimit: number;
  private readonly maxBackgroundWaitMs: number;
  private readonly now: () => number;
  private readonly keys = new Map<string, KeyState>();

  constructor(options: InsightsQueueOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1)
      throw new RangeError("InsightsQueue limit must be a positive integer");
    this.limit = options.limit;
    this.backgroundLimit = Math.min(
      this.limit,
      Math.max(1, options.backgroundLimit ?? Math.floor((this.limit * 3) / 4)),
    );
    this.maxBackgroundWaitMs = options.maxBackgroundWaitMs ?? 120_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Resolves with a release function once a slot is free; call it exactly when the query has
   * ended (further calls do nothing). An abort while waiting rejects with the signal's reason.
   */
  acquire(key: string, priority: QueryPriority = "interactive", signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error("aborted"));
    const state = this.state(key);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        priority,
        since: this.now(),
        grant: (release) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(release);
        },
      };
      const onAbort = () => {
        const list = priority === "interactive" ? state.interactive : state.background;
        const i = list.indexOf(waiter);
        if (i >= 0) list.splice(i, 1);
        this.forget(key, state);
        reject(signal?.reason ?? new Error("aborted"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      (priority === "interactive" ? state.interactive : state.background).push(waiter);
      this.pump(key, state);
    });
  }

  snapshot(key: string): QueueSnapshot {
    const s = this.keys.get(key);
    return {
      running: s?.running ?? 0,
      runningBackground: s?.runningBackground ?? 0,
      waitingInteractive: s?.interactive.length ?? 0,
      waitingBackground: s?.background.length ?? 0,
    };
  }

  private state(key: string): KeyState {
    let s = this.keys.get(key);
    if (!s) {
      s = { running: 0, runningBackground: 0, interactive: [], background: [] };
      this.keys.set(key, s);
    }
    return s;
  }

  /** Idle keys are dropped so a long-running server does not keep one per account forever. */
  private forget(key: string, s: KeyState): void {
    if (s.running === 0 && s.interactive.length === 0 && s.background.length === 0) this.keys.delete(key);
  }

  private next(s: KeyState): Waiter | undefined {
    const bg = s.background[0];
    const bgAllowed = bg !== undefined && s.runningBackground < this.backgroundLimit;
    if (bgAllowed && this.now() - bg.since >= this.maxBackgroundWaitMs) return s.background.shift();
    if (s.interactive.length > 0) return s.interactive.shift();
    return bgAllowed ? s.background.shift() : undefined;
  }

  private pump(key: string, s: KeyState): void {
    while (s.running < this.limit) {
      const w = this.next(s);
      if (!w) break;
      s.running += 1;
      if (w.priority === "background") s.runningBackground += 1;
      let released = false;
      w.grant(() => {
        if (released) return;
        released = true;
        s.running -= 1;
        if (w.priority === "background") s.runningBackground -= 1;
        this.pump(key, s);
        this.forget(key, s);
      });
    }
  }
}
