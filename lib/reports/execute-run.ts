/**
 * One attempt at a run: render the formats not yet rendered (an earlier attempt's complete files
 * are kept), deliver to every destination not yet delivered, and record each step as it happens.
 * A failed attempt is retried with backoff until the report's attempts run out; a run that fails
 * for good is announced to the report's failure webhook, if it names one.
 */

import path from "node:path";
import type { Db } from "@/lib/store/open-database";
import { ChromiumMissingError } from "./chromium";
import { type DeliveryContext, type DeliveryMessage, deliver, postWebhook, webhookUrl } from "./deliver";
import type { Renderer } from "./render-artifacts";
import { destinationKey } from "./report-definition";
import { getReport, type StoredReport } from "./report-store";
import { parseViewUrl } from "./report-views";
import type { ReportsConfig } from "./reports-config-schema";
import {
  addArtifacts,
  failAttempt,
  finishRun,
  getRun,
  listArtifacts,
  listDeliveries,
  type Run,
  setDelivery,
} from "./run-store";
import { formatWall } from "./time-zone";
import { removeTemporaryFiles, runDir, writeArtifacts } from "./write-artifacts";

export interface ReportsRuntime {
  db: Db;
  dataDir: string;
  /** Where the renderer reaches the app (loopback). */
  baseUrl: string;
  loadConfig: () => Promise<ReportsConfig | undefined>;
  renderer: Renderer;
  now?: () => number;
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_RETRIES = { attempts: 3, baseSeconds: 30 };

export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "report"
  );
}

function fileBase(report: StoredReport, run: Run): string {
  const month = /^(\d{4}-\d{2}) \(UTC billing month\)$/.exec(run.period.label)?.[1];
  const stamp =
    month ?? formatWall(Date.parse(run.period.end), report.timeZone).replace(" ", "-").replace(":", "");
  return `${slug(report.name)}-${stamp}`;
}

export function publicBase(rt: Pick<ReportsRuntime, "baseUrl">, config: ReportsConfig | undefined): string {
  return (config?.publicBaseUrl ?? rt.baseUrl).replace(/\/+$/, "");
}

export function artifactPath(reportId: string, runId: string, name: string): string {
  return `/api/reports/${reportId}/runs/${runId}/artifacts/${encodeURIComponent(name)}`;
}

function runSummary(run: Run, report: StoredReport) {
  return {
    id: run.id,
    trigger: run.trigger,
    status: run.status,
    attempts: run.attempts,
    period: run.period,
    scheduledFor: run.scheduledFor,
    view: run.viewUrl,
    report: { id: report.id, name: report.name },
  };
}

export async function executeRun(rt: ReportsRuntime, runId: string): Promise<Run | undefined> {
  const now = rt.now ?? Date.now;
  const run = getRun(rt.db, runId);
  if (!run) return undefined;
  const report = getReport(rt.db, run.reportId);
  const config = await rt.loadConfig().catch(() => undefined);
  const retries = config?.retries ?? DEFAULT_RETRIES;
  if (!report) {
    failAttempt(rt.db, run.id, "the report was deleted", now(), null);
    return getRun(rt.db, run.id);
  }
  try {
    await attempt(rt, report, run, config);
    finishRun(rt.db, run.id, now());
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const permanent = e instanceof ChromiumMissingError || (e as { permanent?: boolean }).permanent === true;
    const retryAt =
      permanent || run.attempts >= retries.attempts
        ? null
        : now() + retries.baseSeconds * 1000 * 4 ** (run.attempts - 1);
    failAttempt(rt.db, run.id, message, now(), retryAt);
    if (retryAt === null && report.notifyFailures) await notifyFailure(rt, report, run, message, config);
  }
  return getRun(rt.db, run.id);
}

class AttemptError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

async function attempt(
  rt: ReportsRuntime,
  report: StoredReport,
  run: Run,
  config: ReportsConfig | undefined,
) {
  const now = rt.now ?? Date.now;
  const parsed = parseViewUrl(run.viewUrl);
  if (!parsed.ok) throw new AttemptError(`url: ${parsed.message}`, true);
  const dir = runDir(rt.dataDir, report.id, run.id);
  removeTemporaryFiles(dir);
  const done = new Set(listArtifacts(rt.db, run.id).map((a) => a.format));
  const base = fileBase(report, run);
  const failures: Array<{ format: string; error: unknown }> = [];
  for (const format of report.formats) {
    if (done.has(format)) continue;
    try {
      const files = await rt.renderer.render(format, {
        baseUrl: rt.baseUrl,
        view: parsed.view,
        viewUrl: run.viewUrl,
        fileBase: base,
        reportName: report.name,
        periodLabel: run.period.label,
        zone: report.timeZone,
        generatedAt: `${formatWall(now(), report.timeZone)} ${report.timeZone}`,
        period: { start: run.period.start, end: run.period.end, zone: run.period.zone },
      });
      // One transaction per format: a format's files are offered all together or not at all.
      addArtifacts(rt.db, run.id, writeArtifacts(dir, files), now());
    } catch (error) {
      failures.push({ format, error });
    }
  }
  if (failures.length) {
    const permanent = failures.every((f) => f.error instanceof ChromiumMissingError);
    throw new AttemptError(
      failures
        .map(
          (f) => `${f.format.toUpperCase()}: ${f.error instanceof Error ? f.error.message : String(f.error)}`,
        )
        .join("; "),
      permanent,
    );
  }

  const pub = publicBase(rt, config);
  const artifacts = listArtifacts(rt.db, run.id);
  const message: DeliveryMessage = {
    reportName: report.name,
    subject: `${report.name} · ${run.period.label}`,
    reportUrl: `${pub}/reports?report=${report.id}`,
    folderName: slug(report.name),
    idempotencyKey: run.id,
    files: artifacts.map((a) => ({
      ...a,
      path: path.join(dir, a.name),
      url: `${pub}${artifactPath(report.id, run.id, a.name)}`,
    })),
    payload: {},
  };
  message.payload = {
    event: "report.delivered",
    run: { ...runSummary(run, report), status: "succeeded" },
    files: message.files.map(({ path: _p, ...f }) => f),
  };
  const ctx: DeliveryContext = { config, dataDir: rt.dataDir, env: rt.env };
  const states = new Map(listDeliveries(rt.db, run.id).map((d) => [d.destination, d.status]));
  const failed: string[] = [];
  for (const d of report.destinations) {
    const key = destinationKey(d);
    const state = states.get(key);
    // Delivered stays delivered; an interrupted send may have arrived, so it is never repeated.
    if (state === "delivered" || state === "interrupted") continue;
    setDelivery(rt.db, run.id, key, "sending", null, now());
    try {
      const detail = await deliver(d, { ...message, idempotencyKey: `${run.id}:${key}` }, ctx);
      setDelivery(rt.db, run.id, key, "delivered", detail, now());
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setDelivery(rt.db, run.id, key, "failed", detail, now());
      failed.push(`${key}: ${detail}`);
    }
  }
  if (failed.length) throw new AttemptError(`delivery failed: ${failed.join("; ")}`, false);
}

async function notifyFailure(
  rt: ReportsRuntime,
  report: StoredReport,
  run: Run,
  error: string,
  config: ReportsConfig | undefined,
) {
  const pub = publicBase(rt, config);
  try {
    const url = webhookUrl(report.notifyFailures!, { config, dataDir: rt.dataDir, env: rt.env });
    await postWebhook(
      url,
      {
        text: `:warning: *${report.name}* failed for ${run.period.label} after ${run.attempts} attempt${run.attempts === 1 ? "" : "s"}: ${error}\n<${pub}/reports?report=${report.id}|Runs and history>`,
        event: "report.failed",
        run: { ...runSummary(run, report), status: "failed", error },
      },
      `${run.id}:failed`,
      { allowLoopback: config?.allowLoopbackDestinations },
    );
  } catch (e) {
    console.error(`[reports] could not announce the failure of ${run.id}: ${(e as Error).message}`);
  }
}
