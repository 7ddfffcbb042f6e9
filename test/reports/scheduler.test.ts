import { describe, expect, it } from "vitest";
import type { ReportsRuntime } from "@/lib/reports/execute-run";
import { Renderer } from "@/lib/reports/render-artifacts";
import { reportInputSchema } from "@/lib/reports/report-definition";
import { createReport, getReport, setPaused } from "@/lib/reports/report-store";
import { Scheduler } from "@/lib/reports/scheduler";
import { LEASE_MS, releaseLock, renewLock, tryAcquireLock } from "@/lib/reports/scheduler-lock";
import { openDatabase } from "@/lib/store/open-database";
import { tempDataDir } from "./report-harness";

const HOUR = 3_600_000;

function runtime(clock: { now: number }): ReportsRuntime {
  const dir = tempDataDir();
  return {
    db: openDatabase(dir),
    dataDir: dir,
    baseUrl: "http://127.0.0.1:9",
    loadConfig: async () => undefined,
    renderer: new Renderer(),
    now: () => clock.now,
  };
}

const hourly = reportInputSchema.parse({
  name: "Hourly findings",
  url: "/findings",
  formats: ["json"],
  schedule: { kind: "cron", cron: "0 * * * *" },
  timeZone: "Europe/Berlin",
  destinations: [{ kind: "folder", name: "data-folder" }],
});

describe("the scheduler's queue", () => {
  it("turns each missed fire time into one run, once, and catches up at most 24", () => {
    const clock = { now: Date.parse("2026-12-04T10:30:00Z") };
    const rt = runtime(clock);
    const report = createReport(rt.db, hourly, clock.now);
    expect(new Date(report.nextDueAt!).toISOString()).toBe("2026-12-04T11:00:00.000Z");
    const s = new Scheduler(rt, { log: () => undefined });

    // Three hours pass with nothing running: three periods.
    clock.now = Date.parse("2026-12-04T13:10:00Z");
    expect(s.enqueueDue()).toBe(3);
    expect(s.enqueueDue()).toBe(0);
    const keys = (
      rt.db.prepare("SELECT scheduled_for FROM runs ORDER BY scheduled_for").all() as Array<{
        scheduled_for: number;
      }>
    ).map((r) => new Date(r.scheduled_for).toISOString());
    expect(keys).toEqual([
      "2026-12-04T11:00:00.000Z",
      "2026-12-04T12:00:00.000Z",
      "2026-12-04T13:00:00.000Z",
    ]);
    expect(new Date(getReport(rt.db, report.id)!.nextDueAt!).toISOString()).toBe("2026-12-04T14:00:00.000Z");

    // Off for three days: the latest 24 hours are run, older ones skipped.
    clock.now = Date.parse("2026-12-07T13:10:00Z");
    expect(s.enqueueDue()).toBe(24);
    expect(new Date(getReport(rt.db, report.id)!.nextDueAt!).toISOString()).toBe("2026-12-07T14:00:00.000Z");
  });

  it("a paused report makes no runs, and resumes from the next fire time (no back-fill)", () => {
    const clock = { now: Date.parse("2026-12-04T10:30:00Z") };
    const rt = runtime(clock);
    const report = createReport(rt.db, hourly, clock.now);
    setPaused(rt.db, report.id, true, clock.now);
    const s = new Scheduler(rt, { log: () => undefined });
    clock.now += 5 * HOUR;
    expect(s.enqueueDue()).toBe(0);
    setPaused(rt.db, report.id, false, clock.now);
    expect(s.enqueueDue()).toBe(0);
    expect(new Date(getReport(rt.db, report.id)!.nextDueAt!).toISOString()).toBe("2026-12-04T16:00:00.000Z");
  });
});

describe("one scheduler per data folder", () => {
  it("the lock is held by one owner until released or stale", () => {
    const rt = runtime({ now: 0 });
    const t = Date.parse("2026-12-04T10:00:00Z");
    expect(tryAcquireLock(rt.db, "a", t)).toBe(true);
    expect(tryAcquireLock(rt.db, "b", t + 1000)).toBe(false);
    expect(renewLock(rt.db, "a", t + 20_000)).toBe(true);
    expect(tryAcquireLock(rt.db, "b", t + 20_000 + LEASE_MS - 1)).toBe(false);
    // The holder stopped renewing: the lease runs out and another takes over; the old one learns it lost.
    expect(tryAcquireLock(rt.db, "b", t + 20_000 + LEASE_MS + 1)).toBe(true);
    expect(renewLock(rt.db, "a", t + 60_000)).toBe(false);
    releaseLock(rt.db, "b");
    expect(tryAcquireLock(rt.db, "a", t + 61_000)).toBe(true);
  });
});
