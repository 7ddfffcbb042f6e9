/**
 * Runs, their artifacts and per-destination deliveries. Every state change is one transaction, so a
 * kill -9 leaves either the state before or after it: a run is queued, running, succeeded or failed;
 * an artifact row exists only once its file is complete; a delivery is pending, sending, delivered,
 * failed or interrupted.
 */
import type { Db } from "@/lib/store/open-database";
import type { RunPlan } from "./plan-run";
import { destinationKey } from "./report-definition";
import { nextRun } from "./report-schedule";
import type { StoredReport } from "./report-store";
import { newId } from "./report-store";

export type RunStatus = "queued" | "running" | "succeeded" | "failed";
export type DeliveryStatus = "pending" | "sending" | "delivered" | "failed" | "interrupted";
export type Trigger = "schedule" | "manual";

export interface Run {
  id: string;
  reportId: string;
  trigger: Trigger;
  periodKey: string;
  period: { start: string; end: string; zone: string; label: string };
  viewUrl: string;
  scheduledFor: string;
  status: RunStatus;
  attempts: number;
  notBefore: string;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
}

export interface Artifact {
  name: string;
  format: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface Delivery {
  destination: string;
  status: DeliveryStatus;
  attempts: number;
  detail: string | null;
  updatedAt: string;
}

interface RunRow {
  id: string;
  report_id: string;
  trigger: Trigger;
  period_key: string;
  period_start: number;
  period_end: number;
  period_zone: string;
  period_label: string;
  view_url: string;
  scheduled_for: number;
  status: RunStatus;
  attempts: number;
  not_before: number;
  error: string | null;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
}

const iso = (t: number) => new Date(t).toISOString();
const isoOrNull = (t: number | null) => (t === null ? null : iso(t));

function toRun(r: RunRow): Run {
  return {
    id: r.id,
    reportId: r.report_id,
    trigger: r.trigger,
    periodKey: r.period_key,
    period: {
      start: iso(r.period_start),
      end: iso(r.period_end),
      zone: r.period_zone,
      label: r.period_label,
    },
    viewUrl: r.view_url,
    scheduledFor: iso(r.scheduled_for),
    status: r.status,
    attempts: r.attempts,
    notBefore: iso(r.not_before),
    error: r.error,
    createdAt: iso(r.created_at),
    startedAt: isoOrNull(r.started_at),
    finishedAt: isoOrNull(r.finished_at),
    durationMs: r.started_at !== null && r.finished_at !== null ? r.finished_at - r.started_at : null,
  };
}

function insertRun(
  db: Db,
  report: StoredReport,
  trigger: Trigger,
  plan: RunPlan,
  at: number,
  periodKey: string,
): string | null {
  const id = newId("run");
  const inserted = db
    .prepare(
      `INSERT OR IGNORE INTO runs (id, report_id, trigger, period_key, period_start, period_end, period_zone, period_label,
        view_url, scheduled_for, status, attempts, not_before, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)`,
    )
    .run(
      id,
      report.id,
      trigger,
      periodKey,
      plan.period.start,
      plan.period.end,
      plan.period.zone,
      plan.period.label,
      plan.viewUrl,
      at,
      at,
      Date.now(),
    );
  if (inserted.changes === 0) return null;
  const addDelivery = db.prepare(
    "INSERT INTO deliveries (run_id, destination, status, attempts, updated_at) VALUES (?, ?, 'pending', 0, ?)",
  );
  for (const d of new Set(report.destinations.map(destinationKey))) addDelivery.run(id, d, Date.now());
  return id;
}

/**
 * The run of one fire time, and the report's next fire time, in one transaction: after a crash
 * either both happened or neither, and the unique (report, trigger, period) key means a fire time
 * seen twice still makes one run.
 */
export function enqueueScheduled(db: Db, report: StoredReport, fireAt: number, plan: RunPlan): string | null {
  return db.transaction(() => {
    const id = insertRun(db, report, "schedule", plan, fireAt, plan.periodKey);
    db.prepare("UPDATE reports SET next_due_at = ? WHERE id = ? AND next_due_at = ?").run(
      nextRun(report.schedule, report.timeZone, fireAt),
      report.id,
      fireAt,
    );
    return id;
  })();
}

/** Moves a report's next fire time past fire times that will not be run (too far behind). */
export function skipTo(db: Db, reportId: string, from: number, to: number): void {
  db.prepare("UPDATE reports SET next_due_at = ? WHERE id = ? AND next_due_at = ?").run(to, reportId, from);
}

/** "Run now": the period as of now, as its own run beside the scheduled ones. */
export function enqueueManual(db: Db, report: StoredReport, now: number, plan: RunPlan): string {
  return db.transaction(() => insertRun(db, report, "manual", plan, now, `${plan.periodKey}@${iso(now)}`)!)();
}

/** Takes the next due queued run (one claimer wins: the update checks the status it read). */
export function claimNextRun(db: Db, now: number): Run | undefined {
  for (;;) {
    const row = db
      .prepare(
        "SELECT id FROM runs WHERE status = 'queued' AND not_before <= ? ORDER BY not_before, created_at LIMIT 1",
      )
      .get(now) as { id: string } | undefined;
    if (!row) return undefined;
    const claimed = db
      .prepare(
        "UPDATE runs SET status = 'running', attempts = attempts + 1, started_at = ?, finished_at = NULL WHERE id = ? AND status = 'queued'",
      )
      .run(now, row.id);
    if (claimed.changes) return getRun(db, row.id);
  }
}

export function getRun(db: Db, id: string): Run | undefined {
  const row = db.prepare("SELECT * FROM runs WHERE id = ?").get(id) as RunRow | undefined;
  return row ? toRun(row) : undefined;
}

export function listRuns(db: Db, reportId: string, limit = 50): Run[] {
  return (
    db
      .prepare("SELECT * FROM runs WHERE report_id = ? ORDER BY created_at DESC, id LIMIT ?")
      .all(reportId, limit) as RunRow[]
  ).map(toRun);
}

export function lastRuns(db: Db): Map<string, Run> {
  const rows = db
    .prepare(
      `SELECT r.* FROM runs r JOIN (SELECT report_id, MAX(created_at) AS c FROM runs GROUP BY report_id) l
       ON l.report_id = r.report_id AND l.c = r.created_at`,
    )
    .all() as RunRow[];
  return new Map(rows.map((r) => [r.report_id, toRun(r)]));
}

export function finishRun(db: Db, id: string, now: number): void {
  db.prepare("UPDATE runs SET status = 'succeeded', error = NULL, finished_at = ? WHERE id = ?").run(now, id);
}

/** A failed attempt: queued again after `retryAt`, or failed for good when it is null. */
export function failAttempt(db: Db, id: string, error: string, now: number, retryAt: number | null): void {
  if (retryAt === null)
    db.prepare("UPDATE runs SET status = 'failed', error = ?, finished_at = ? WHERE id = ?").run(
      error,
      now,
      id,
    );
  else
    db.prepare(
      "UPDATE runs SET status = 'queued', error = ?, finished_at = ?, not_before = ? WHERE id = ?",
    ).run(error, now, retryAt, id);
}

/**
 * After a crash (called with the scheduler lock held, so no other process is running them): runs
 * left "running" are queued again, or failed when out of attempts; deliveries left "sending" are
 * marked interrupted and never sent again, since the message may have gone out (at most once).
 */
export function recoverInterrupted(
  db: Db,
  now: number,
  maxAttempts: number,
): { requeued: number; failed: number } {
  return db.transaction(() => {
    const note = "interrupted: the scheduler stopped during this attempt";
    const failed = db
      .prepare(
        "UPDATE runs SET status = 'failed', error = ?, finished_at = ? WHERE status = 'running' AND attempts >= ?",
      )
      .run(note, now, maxAttempts).changes;
    const requeued = db
      .prepare("UPDATE runs SET status = 'queued', error = ?, not_before = ? WHERE status = 'running'")
      .run(note, now).changes;
    db.prepare(
      "UPDATE deliveries SET status = 'interrupted', detail = 'interrupted while sending; not resent, to avoid a duplicate', updated_at = ? WHERE status = 'sending'",
    ).run(now);
    return { requeued, failed };
  })();
}

export function listArtifacts(db: Db, runId: string): Artifact[] {
  return db
    .prepare(
      "SELECT name, format, content_type AS contentType, size, sha256 FROM artifacts WHERE run_id = ? ORDER BY name",
    )
    .all(runId) as Artifact[];
}

export function addArtifacts(db: Db, runId: string, artifacts: Artifact[], now: number): void {
  const insert = db.prepare(
    "INSERT OR REPLACE INTO artifacts (run_id, name, format, content_type, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  db.transaction(() => {
    for (const a of artifacts) insert.run(runId, a.name, a.format, a.contentType, a.size, a.sha256, now);
  })();
}

export function listDeliveries(db: Db, runId: string): Delivery[] {
  return (
    db
      .prepare(
        "SELECT destination, status, attempts, detail, updated_at FROM deliveries WHERE run_id = ? ORDER BY destination",
      )
      .all(runId) as Array<Omit<Delivery, "updatedAt"> & { updated_at: number }>
  ).map(({ updated_at, ...d }) => ({ ...d, updatedAt: iso(updated_at) }));
}

export function setDelivery(
  db: Db,
  runId: string,
  destination: string,
  status: DeliveryStatus,
  detail: string | null,
  now: number,
): void {
  db.prepare(
    `UPDATE deliveries SET status = ?, detail = ?, updated_at = ?, attempts = attempts + (CASE WHEN ? = 'sending' THEN 1 ELSE 0 END)
     WHERE run_id = ? AND destination = ?`,
  ).run(status, detail, now, status, runId, destination);
}
