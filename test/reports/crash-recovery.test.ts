/**
 * kill -9 and restart of the standalone scheduler (`scripts/scheduler.ts`, as `npm run scheduler`
 * runs it) over one data folder: the schedule survives, a run interrupted mid-render is retried, a
 * delivery interrupted mid-send is never sent again, no period is run or delivered twice, and every
 * file offered is complete (its sha256 matches).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportInputSchema } from "@/lib/reports/report-definition";
import { createReport, getReport } from "@/lib/reports/report-store";
import { type Db, openDatabase } from "@/lib/store/open-database";
import { startFakeApp, startWebhookReceiver, tempDataDir } from "./report-harness";

const root = path.resolve(__dirname, "../..");
let app: Awaited<ReturnType<typeof startFakeApp>>;
let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let dir: string;
let db: Db;
const children: ChildProcess[] = [];

function startScheduler(): ChildProcess {
  // Node itself with tsx as a loader (not the tsx CLI, whose child would survive the kill).
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/scheduler.ts",
      "--base-url",
      app.url,
      "--tick-ms",
      "200",
    ],
    {
      cwd: root,
      env: { ...process.env, LATTICE_LENS_DATA: dir, LATTICE_LENS_CONFIG: path.join(dir, "config.json") },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.resume();
  child.stderr?.resume();
  children.push(child);
  return child;
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    child.once("exit", () => r());
    child.kill("SIGKILL");
  });
}

async function until<T>(what: string, f: () => T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T | undefined;

beforeAll(async () => {
  [app, hook] = await Promise.all([startFakeApp(), startWebhookReceiver()]);
  dir = tempDataDir();
  writeFileSync(
    path.join(dir, "config.json"),
    JSON.stringify({
      accounts: [{ id: "111111111111" }],
      regions: ["us-east-1"],
      reports: {
        webhooks: { chat: { url: hook.url } },
        retries: { attempts: 3, baseSeconds: 0 },
        allowLoopbackDestinations: true,
      },
    }),
  );
  db = openDatabase(dir);
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await Promise.all([app.close(), hook.close()]);
});

describe("a scheduler killed with -9", () => {
  it("keeps the schedule, retries the interrupted run, never delivers a period twice, offers only complete files", async () => {
    // Every 2 seconds: enough periods to cross both kills.
    const report = createReport(
      db,
      reportInputSchema.parse({
        name: "Crash test",
        url: "/findings",
        formats: ["json", "csv"],
        schedule: { kind: "cron", cron: "*/2 * * * * *" },
        timeZone: "UTC",
        destinations: [
          { kind: "webhook", name: "chat" },
          { kind: "folder", name: "data-folder" },
        ],
      }),
      Date.now(),
    );

    // 1. Killed mid-render: the app is slow, a run is "running" when the process dies.
    app.state.delayMs = 5_000;
    let child = startScheduler();
    const interrupted = await until("a running run", () =>
      one<{ id: string }>("SELECT id FROM runs WHERE status = 'running'"),
    );
    await kill9(child);
    expect(one<{ status: string }>("SELECT status FROM runs WHERE id = ?", interrupted.id)?.status).toBe(
      "running",
    );

    // 2. Restarted: the interrupted run is retried and succeeds; new periods keep coming.
    app.state.delayMs = 0;
    hook.state.delayMs = 1_500;
    child = startScheduler();
    // 3. Killed mid-send: a webhook delivery is "sending" when the process dies.
    const sending = await until("a delivery being sent", () =>
      one<{ run_id: string }>(
        "SELECT run_id FROM deliveries WHERE status = 'sending' AND destination = 'webhook:chat'",
      ),
    );
    await until(
      "the webhook to receive it",
      () => hook.received.some((r) => r.headers["idempotency-key"]?.toString().startsWith(sending.run_id)),
      5_000,
    );
    await kill9(child);

    hook.state.delayMs = 0;
    child = startScheduler();
    await until("the first interrupted run to succeed", () =>
      one<{ status: string }>(
        "SELECT status FROM runs WHERE id = ? AND status = 'succeeded'",
        interrupted.id,
      ),
    );
    const before = (one<{ n: number }>("SELECT COUNT(*) AS n FROM runs") ?? { n: 0 }).n;
    await until(
      "new periods after the restarts",
      () =>
        (one<{ n: number }>("SELECT COUNT(*) AS n FROM runs WHERE status = 'succeeded'")?.n ?? 0) > before,
    );
    await new Promise<void>((r) => {
      child.once("exit", () => r());
      child.kill("SIGTERM");
    });

    // The schedule is intact: the report is there with a next fire time.
    expect(getReport(db, report.id)?.nextDueAt).toBeGreaterThan(0);
    const runs = db
      .prepare("SELECT id, period_key, status, attempts FROM runs WHERE report_id = ?")
      .all(report.id) as Array<{ id: string; period_key: string; status: string; attempts: number }>;
    expect(new Set(runs.map((r) => r.period_key)).size).toBe(runs.length);
    expect(runs.find((r) => r.id === interrupted.id)?.attempts).toBeGreaterThanOrEqual(2);

    // The delivery cut mid-send is marked interrupted and was not sent again.
    const cut = one<{ status: string }>(
      "SELECT status FROM deliveries WHERE run_id = ? AND destination = 'webhook:chat'",
      sending.run_id,
    );
    expect(cut?.status).toBe("interrupted");

    // No period reached the webhook twice.
    const periods = hook.json().map((b) => JSON.stringify((b.run as { period: unknown }).period));
    expect(new Set(periods).size).toBe(periods.length);
    expect(periods.length).toBeGreaterThan(1);

    // Every offered file is complete; no temporary file has a row.
    const artifacts = db.prepare("SELECT run_id, name, size, sha256 FROM artifacts").all() as Array<{
      run_id: string;
      name: string;
      size: number;
      sha256: string;
    }>;
    expect(artifacts.length).toBeGreaterThan(0);
    for (const a of artifacts) {
      const file = path.join(dir, "artifacts", report.id, a.run_id, a.name);
      expect(existsSync(file)).toBe(true);
      const body = readFileSync(file);
      expect(body.length).toBe(a.size);
      expect(createHash("sha256").update(body).digest("hex")).toBe(a.sha256);
      expect(a.name.endsWith(".tmp")).toBe(false);
    }
    // The folder has one file per name (a repeat replaces, never copies).
    const outbox = readdirSync(path.join(dir, "outbox", "crash-test"));
    expect(outbox.every((n) => !n.endsWith(".tmp"))).toBe(true);
  }, 180_000);
});
