/** Reports in the data folder's database: the saved definition, paused state and next fire time. */
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/store/open-database";
import type { ReportInput } from "./report-definition";
import { nextRun } from "./report-schedule";

export interface StoredReport extends ReportInput {
  id: string;
  nextDueAt: number | null;
  createdAt: number;
  updatedAt: number;
}

interface ReportRow {
  id: string;
  definition: string;
  paused: number;
  next_due_at: number | null;
  created_at: number;
  updated_at: number;
}

function toReport(r: ReportRow): StoredReport {
  const def = JSON.parse(r.definition) as ReportInput;
  return {
    ...def,
    id: r.id,
    paused: r.paused === 1,
    nextDueAt: r.next_due_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(8).toString("hex")}`;
}

function definitionOf(input: ReportInput): string {
  const { paused: _paused, ...def } = input;
  return JSON.stringify(def);
}

export function createReport(db: Db, input: ReportInput, now: number): StoredReport {
  const id = newId("rpt");
  db.prepare(
    "INSERT INTO reports (id, name, definition, paused, next_due_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  ).run(
    id,
    input.name,
    definitionOf(input),
    input.paused ? 1 : 0,
    nextRun(input.schedule, input.timeZone, now),
    now,
    now,
  );
  return getReport(db, id)!;
}

export function getReport(db: Db, id: string): StoredReport | undefined {
  const row = db.prepare("SELECT * FROM reports WHERE id = ?").get(id) as ReportRow | undefined;
  return row ? toReport(row) : undefined;
}

export function listReports(db: Db): StoredReport[] {
  return (db.prepare("SELECT * FROM reports ORDER BY name, id").all() as ReportRow[]).map(toReport);
}

/** A new definition; the next fire time is recomputed from now, so an edit never back-fills. */
export function updateReport(db: Db, id: string, input: ReportInput, now: number): StoredReport | undefined {
  const r = db
    .prepare(
      "UPDATE reports SET name = ?, definition = ?, paused = ?, next_due_at = ?, updated_at = ? WHERE id = ?",
    )
    .run(
      input.name,
      definitionOf(input),
      input.paused ? 1 : 0,
      nextRun(input.schedule, input.timeZone, now),
      now,
      id,
    );
  return r.changes ? getReport(db, id) : undefined;
}

/** Resuming starts from the next fire time after now: a paused report does not catch up. */
export function setPaused(db: Db, id: string, paused: boolean, now: number): StoredReport | undefined {
  const report = getReport(db, id);
  if (!report) return undefined;
  db.prepare("UPDATE reports SET paused = ?, next_due_at = ?, updated_at = ? WHERE id = ?").run(
    paused ? 1 : 0,
    paused ? report.nextDueAt : nextRun(report.schedule, report.timeZone, now),
    now,
    id,
  );
  return getReport(db, id);
}

export function deleteReport(db: Db, id: string): boolean {
  return db.prepare("DELETE FROM reports WHERE id = ?").run(id).changes > 0;
}
