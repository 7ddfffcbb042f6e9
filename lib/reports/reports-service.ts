/**
 * What the reports API and pages do, over the runtime: DTOs (definitions with destination names,
 * never secrets), create/update/delete, runs with artifacts and deliveries, run now, test sends.
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { type DeliveryMessage, deliver } from "./deliver";
import { artifactPath, type ReportsRuntime } from "./execute-run";
import { planRun } from "./plan-run";
import { destinationKey } from "./report-definition";
import { describeSchedule, nextRuns } from "./report-schedule";
import {
  createReport,
  deleteReport,
  getReport,
  listReports,
  type StoredReport,
  setPaused,
  updateReport,
} from "./report-store";
import { parseViewUrl } from "./report-views";
import {
  type Artifact,
  type Delivery,
  enqueueManual,
  getRun,
  lastRuns,
  listArtifacts,
  listDeliveries,
  listRuns,
  type Run,
} from "./run-store";
import { destinationChoices, validateReport } from "./validate-report";
import { runDir, writeFileAtomic } from "./write-artifacts";

export interface ReportDto extends Omit<StoredReport, "nextDueAt" | "createdAt" | "updatedAt"> {
  viewTitle: string;
  scheduleText: string;
  nextRunAt: string | null;
  nextRuns: string[];
  createdAt: string;
  updatedAt: string;
  lastRun: Pick<Run, "id" | "status" | "error" | "finishedAt" | "period" | "attempts"> | null;
}

export interface RunDto extends Run {
  artifacts: Array<Artifact & { url: string }>;
  deliveries: Delivery[];
}

const iso = (t: number) => new Date(t).toISOString();

function toDto(r: StoredReport, last: Run | undefined, now: number): ReportDto {
  const v = parseViewUrl(r.url);
  const upcoming = r.paused ? [] : nextRuns(r.schedule, r.timeZone, now, 3);
  return {
    ...r,
    viewTitle: v.ok ? v.view.title : r.url,
    scheduleText: `${describeSchedule(r.schedule)} (${r.timeZone})`,
    nextRunAt: r.paused || r.nextDueAt === null ? null : iso(r.nextDueAt),
    nextRuns: upcoming.map(iso),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    lastRun: last
      ? {
          id: last.id,
          status: last.status,
          error: last.error,
          finishedAt: last.finishedAt,
          period: last.period,
          attempts: last.attempts,
        }
      : null,
  };
}

function reportOrThrow(rt: ReportsRuntime, id: string): StoredReport {
  const r = getReport(rt.db, id);
  if (!r) throw new AppError("not_found", `No report ${id}`);
  return r;
}

const now = (rt: ReportsRuntime) => (rt.now ?? Date.now)();

export function listReportDtos(rt: ReportsRuntime): ReportDto[] {
  const last = lastRuns(rt.db);
  return listReports(rt.db).map((r) => toDto(r, last.get(r.id), now(rt)));
}

export function getReportDto(rt: ReportsRuntime, id: string): ReportDto {
  return toDto(reportOrThrow(rt, id), listRuns(rt.db, id, 1)[0], now(rt));
}

async function validated(rt: ReportsRuntime, body: unknown) {
  const config = await rt.loadConfig();
  return validateReport(body, destinationChoices(config)).input;
}

export async function createReportFrom(rt: ReportsRuntime, body: unknown): Promise<ReportDto> {
  const input = await validated(rt, body);
  return toDto(createReport(rt.db, input, now(rt)), undefined, now(rt));
}

export async function updateReportFrom(rt: ReportsRuntime, id: string, body: unknown): Promise<ReportDto> {
  reportOrThrow(rt, id);
  const input = await validated(rt, body);
  updateReport(rt.db, id, input, now(rt));
  return getReportDto(rt, id);
}

export function pauseReport(rt: ReportsRuntime, id: string, paused: boolean): ReportDto {
  reportOrThrow(rt, id);
  setPaused(rt.db, id, paused, now(rt));
  return getReportDto(rt, id);
}

export function removeReport(rt: ReportsRuntime, id: string): void {
  if (!deleteReport(rt.db, id)) throw new AppError("not_found", `No report ${id}`);
  rmSync(path.join(rt.dataDir, "artifacts", id), { recursive: true, force: true });
}

export function runDto(rt: ReportsRuntime, run: Run): RunDto {
  return {
    ...run,
    artifacts: listArtifacts(rt.db, run.id).map((a) => ({
      ...a,
      url: artifactPath(run.reportId, run.id, a.name),
    })),
    deliveries: listDeliveries(rt.db, run.id),
  };
}

export function listRunDtos(rt: ReportsRuntime, id: string, limit = 50): RunDto[] {
  reportOrThrow(rt, id);
  return listRuns(rt.db, id, limit).map((r) => runDto(rt, r));
}

export function getRunDto(rt: ReportsRuntime, id: string, runId: string): RunDto {
  const run = getRun(rt.db, runId);
  if (!run || run.reportId !== id) throw new AppError("not_found", `No run ${runId} of report ${id}`);
  return runDto(rt, run);
}

/** Run now: a manual run of the period as of now, queued for the scheduler. */
export function runNow(rt: ReportsRuntime, id: string): RunDto {
  const report = reportOrThrow(rt, id);
  const at = now(rt);
  const runId = enqueueManual(rt.db, report, at, planRun(report, at));
  return runDto(rt, getRun(rt.db, runId)!);
}

/** A complete artifact's file, or not_found (a half-written file has no row, so it is never offered). */
export function artifactFile(
  rt: ReportsRuntime,
  id: string,
  runId: string,
  name: string,
): Artifact & { path: string } {
  const run = getRun(rt.db, runId);
  const artifact =
    run?.reportId === id ? listArtifacts(rt.db, runId).find((a) => a.name === name) : undefined;
  const file = artifact ? path.join(runDir(rt.dataDir, id, runId), artifact.name) : undefined;
  if (!artifact || !file || !existsSync(file))
    throw new AppError("not_found", `No file ${name} in run ${runId}`);
  return { ...artifact, path: file };
}

export interface TestResult {
  destination: string;
  ok: boolean;
  detail: string;
}

/** Send a test: a short note to each destination now, to check it is reachable; no run is recorded. */
export async function sendTest(rt: ReportsRuntime, id: string): Promise<TestResult[]> {
  const report = reportOrThrow(rt, id);
  const config = await rt.loadConfig();
  const at = now(rt);
  const dir = path.join(rt.dataDir, "tests", report.id);
  const name = "lattice-lens-test.txt";
  const body = Buffer.from(
    `A test delivery of the report "${report.name}" from Lattice Lens at ${iso(at)}.\n`,
  );
  writeFileAtomic(path.join(dir, name), body);
  const pub = (config?.publicBaseUrl ?? rt.baseUrl).replace(/\/+$/, "");
  const message: DeliveryMessage = {
    reportName: report.name,
    subject: `Test: ${report.name}`,
    reportUrl: `${pub}/reports?report=${report.id}`,
    folderName: "_tests",
    idempotencyKey: `test:${report.id}:${at}`,
    files: [
      {
        name,
        format: "txt",
        contentType: "text/plain",
        size: body.length,
        sha256: "",
        path: path.join(dir, name),
        url: `${pub}/reports?report=${report.id}`,
      },
    ],
    payload: { event: "report.test", report: { id: report.id, name: report.name } },
  };
  const results: TestResult[] = [];
  for (const d of report.destinations) {
    try {
      results.push({
        destination: destinationKey(d),
        ok: true,
        detail: await deliver(d, message, { config, dataDir: rt.dataDir, env: rt.env }),
      });
    } catch (e) {
      results.push({
        destination: destinationKey(d),
        ok: false,
        detail: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return results;
}

export async function destinationOptions(rt: ReportsRuntime) {
  return destinationChoices(await rt.loadConfig());
}
