/**
 * The scheduler: holds the data folder's lock, turns each report's due fire times into runs (one
 * per period), and executes queued runs one at a time. After a crash it first recovers what the
 * crash interrupted. Runs inside the server (instrumentation) or alone (`npm run scheduler`).
 */
import { randomBytes } from "node:crypto";
import { executeRun, type ReportsRuntime } from "./execute-run";
import { planRun } from "./plan-run";
import { nextRun } from "./report-schedule";
import { listReports } from "./report-store";
import { claimNextRun, enqueueScheduled, recoverInterrupted, skipTo } from "./run-store";
import { releaseLock, renewLock, tryAcquireLock } from "./scheduler-lock";

/** Fire times missed while nothing ran (a stopped server) are caught up, at most this many a report. */
const MAX_CATCH_UP = 24;

export interface SchedulerOptions {
  tickMs?: number;
  log?: (message: string) => void;
}

export class Scheduler {
  readonly owner = `sched-${process.pid}-${randomBytes(4).toString("hex")}`;
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private holding = false;
  private busy: Promise<void> | undefined;
  private stopped = false;
  private readonly tickMs: number;
  private readonly log: (m: string) => void;

  constructor(
    private readonly rt: ReportsRuntime,
    options: SchedulerOptions = {},
  ) {
    this.tickMs = options.tickMs ?? 5_000;
    this.log = options.log ?? ((m) => console.log(`[reports] ${m}`));
  }

  private now(): number {
    return (this.rt.now ?? Date.now)();
  }

  get isHolding(): boolean {
    return this.holding;
  }

  start(): void {
    this.stopped = false;
    this.heartbeat = setInterval(() => {
      if (this.holding && !renewLock(this.rt.db, this.owner, this.now())) {
        this.holding = false;
        this.log("another scheduler took over this data folder's lock; this one stands by");
      }
    }, 5_000);
    this.heartbeat.unref();
    this.schedule(0);
  }

  /** Look now (a run was queued by hand). */
  kick(): void {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  async tick(): Promise<void> {
    if (this.busy) return this.busy;
    this.busy = this.work().finally(() => {
      this.busy = undefined;
      if (!this.stopped) this.schedule(this.tickMs);
    });
    return this.busy;
  }

  private async work(): Promise<void> {
    try {
      if (!this.holding) {
        if (!tryAcquireLock(this.rt.db, this.owner, this.now())) return;
        this.holding = true;
        const config = await this.rt.loadConfig().catch(() => undefined);
        const r = recoverInterrupted(this.rt.db, this.now(), config?.retries.attempts ?? 3);
        this.log(
          `scheduler started for ${this.rt.dataDir}` +
            (r.requeued || r.failed ? ` (recovered ${r.requeued} interrupted runs, ${r.failed} failed)` : ""),
        );
      }
      this.enqueueDue();
      for (;;) {
        if (this.stopped || !this.holding) return;
        const run = claimNextRun(this.rt.db, this.now());
        if (!run) return;
        const done = await executeRun(this.rt, run.id);
        if (done)
          this.log(
            `run ${done.id} of ${done.reportId} (${done.period.label}): ${done.status}${done.error ? ` — ${done.error}` : ""}`,
          );
        this.enqueueDue();
      }
    } catch (e) {
      this.log(`scheduler error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  /** Every report's fire times up to now, each in one transaction with the next fire time. */
  enqueueDue(): number {
    const now = this.now();
    let queued = 0;
    for (const report of listReports(this.rt.db)) {
      if (report.paused || report.nextDueAt === null || report.nextDueAt > now) continue;
      const due: number[] = [report.nextDueAt];
      // Bounded: a cron every second over a long outage must not spin here.
      for (let t = report.nextDueAt; due.length < 10_000; ) {
        const next = nextRun(report.schedule, report.timeZone, t);
        if (next === null || next > now) break;
        due.push(next);
        t = next;
      }
      // Far behind (a server off for weeks): run the latest MAX_CATCH_UP, skip the older ones.
      const kept = due.slice(-MAX_CATCH_UP);
      if (kept[0] !== report.nextDueAt) skipTo(this.rt.db, report.id, report.nextDueAt, kept[0]!);
      for (const fireAt of kept)
        if (enqueueScheduled(this.rt.db, report, fireAt, planRun(report, fireAt))) queued++;
    }
    return queued;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.busy?.catch(() => undefined);
    if (this.holding) releaseLock(this.rt.db, this.owner);
    this.holding = false;
    await this.rt.renderer.close();
  }
}
