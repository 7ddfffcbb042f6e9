import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeRun, type ReportsRuntime } from "@/lib/reports/execute-run";
import { Renderer } from "@/lib/reports/render-artifacts";
import { type ReportsConfig, reportsConfigSchema } from "@/lib/reports/reports-config-schema";
import { createReportFrom, listReportDtos, listRunDtos, runNow } from "@/lib/reports/reports-service";
import { claimNextRun } from "@/lib/reports/run-store";
import { openDatabase } from "@/lib/store/open-database";
import { startFakeApp, startSmtp, startWebhookReceiver, tempDataDir } from "./report-harness";

let app: Awaited<ReturnType<typeof startFakeApp>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let alerts: Awaited<ReturnType<typeof startWebhookReceiver>>;
let config: ReportsConfig;
let rt: ReportsRuntime;

beforeAll(async () => {
  [app, smtp, hook, alerts] = await Promise.all([
    startFakeApp(),
    startSmtp(),
    startWebhookReceiver(),
    startWebhookReceiver(),
  ]);
});
afterAll(async () => {
  await Promise.all([app.close(), smtp.close(), hook.close(), alerts.close()]);
});

beforeEach(() => {
  hook.received.length = 0;
  alerts.received.length = 0;
  smtp.messages.length = 0;
  hook.state.status = 200;
  const dir = tempDataDir();
  config = reportsConfigSchema.parse({
    publicBaseUrl: "https://lens.example.com",
    smtp: { host: "127.0.0.1", port: smtp.port, from: "lens@example.com" },
    webhooks: { chat: { urlEnv: "TEST_CHAT_WEBHOOK" }, alerts: { url: alerts.url } },
    retries: { attempts: 2, baseSeconds: 0 },
    allowLoopbackDestinations: true,
  });
  rt = {
    db: openDatabase(dir),
    dataDir: dir,
    baseUrl: app.url,
    loadConfig: async () => config,
    renderer: new Renderer(),
    env: { ...process.env, TEST_CHAT_WEBHOOK: `${hook.url}/hooks/T000/secret-token` },
  };
});

const body = {
  name: "Findings every Monday",
  url: "/findings?severity=warning",
  formats: ["csv", "json"],
  schedule: { kind: "weekly", day: "monday", at: "08:00" },
  timeZone: "Europe/Berlin",
  destinations: [
    { kind: "folder", name: "data-folder" },
    { kind: "email", to: ["netops@example.com", "finops@example.com"] },
    { kind: "webhook", name: "chat" },
  ],
  notifyFailures: "alerts",
};

async function runOnce(id: string) {
  runNow(rt, id);
  const run = claimNextRun(rt.db, Date.now());
  if (!run) throw new Error("nothing queued");
  return executeRun(rt, run.id);
}

describe("report delivery", () => {
  it("writes the files, mails them as attachments, posts the webhook and fills the folder", async () => {
    const report = await createReportFrom(rt, body);
    const run = await runOnce(report.id);
    expect(run?.status).toBe("succeeded");

    const [dto] = listRunDtos(rt, report.id);
    const names = dto!.artifacts.map((a) => a.name).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/-findings\.csv$/),
        expect.stringMatching(/-rules\.csv$/),
        expect.stringMatching(/\.json$/),
      ]),
    );
    for (const a of dto!.artifacts) expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(dto!.deliveries.map((d) => [d.destination, d.status])).toEqual([
      ["email:netops@example.com,finops@example.com", "delivered"],
      ["folder:data-folder", "delivered"],
      ["webhook:chat", "delivered"],
    ]);

    // The CSV through the formula guard: a finding title that is a formula arrives as text.
    const csvName = names.find((n) => n.endsWith("-findings.csv"))!;
    const csv = readFileSync(path.join(rt.dataDir, "outbox", "findings-every-monday", csvName), "utf8");
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
    expect(readdirSync(path.join(rt.dataDir, "outbox", "findings-every-monday")).sort()).toEqual(names);

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual(["netops@example.com", "finops@example.com"]);
    for (const n of names) expect(mail.raw).toContain(`filename=${n}`);
    // The subject has a non-ASCII "·", so it is MIME-encoded; the text part names the report plainly.
    expect(mail.raw).toMatch(/^Subject: .*Lattice_Lens/m);
    expect(mail.raw).toContain("Findings every Monday");

    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]!.headers["content-type"]).toBe("application/json");
    const post = hook.json()[0]! as {
      text: string;
      run: { id: string; period: unknown };
      files: Array<{ name: string; url: string; sha256: string }>;
    };
    expect(post.text).toContain("Findings every Monday");
    expect(post.text).toContain("https://lens.example.com/reports?report=");
    expect(post.files.map((f) => f.name).sort()).toEqual(names);
    expect(post.files[0]!.url).toMatch(
      /^https:\/\/lens\.example\.com\/api\/reports\/rpt-[0-9a-f]+\/runs\/run-[0-9a-f]+\/artifacts\//,
    );

    // Secrets never leave the config/env: not in the database, not in the API's answers.
    const everything = JSON.stringify([listReportDtos(rt), listRunDtos(rt, report.id)]);
    const dbText = JSON.stringify(rt.db.prepare("SELECT * FROM reports").all());
    for (const text of [everything, dbText]) {
      expect(text).not.toContain("secret-token");
      expect(text).not.toContain(hook.url);
    }
  });

  it("sends links instead of attachments above the size limit", async () => {
    config = { ...config, smtp: { ...config.smtp!, maxAttachmentBytes: 10 } };
    const report = await createReportFrom(rt, {
      ...body,
      destinations: [{ kind: "email", to: ["netops@example.com"] }],
    });
    expect((await runOnce(report.id))?.status).toBe("succeeded");
    const raw = smtp.messages[0]!.raw;
    expect(raw).not.toContain("filename=");
    expect(raw.replace(/=\r?\n/g, "")).toContain(`https://lens.example.com/api/reports/${report.id}/runs/`);
  });

  it("retries a failed delivery without resending what was delivered, then fails visibly and tells the failure webhook", async () => {
    hook.state.status = 500;
    const report = await createReportFrom(rt, body);
    runNow(rt, report.id);
    const first = claimNextRun(rt.db, Date.now())!;
    const afterFirst = await executeRun(rt, first.id);
    expect(afterFirst?.status).toBe("queued");
    expect(afterFirst?.error).toContain("webhook:chat: webhook answered HTTP 500");
    const second = claimNextRun(rt.db, Date.now())!;
    expect(second.id).toBe(first.id);
    const afterSecond = await executeRun(rt, second.id);
    expect(afterSecond?.status).toBe("failed");
    expect(afterSecond?.attempts).toBe(2);

    // Mail and folder went out once, on the first attempt; the webhook was tried twice.
    expect(smtp.messages).toHaveLength(1);
    expect(hook.received).toHaveLength(2);
    const [dto] = listRunDtos(rt, report.id);
    expect(Object.fromEntries(dto!.deliveries.map((d) => [d.destination, [d.status, d.attempts]]))).toEqual({
      "email:netops@example.com,finops@example.com": ["delivered", 1],
      "folder:data-folder": ["delivered", 1],
      "webhook:chat": ["failed", 2],
    });
    expect(listReportDtos(rt)[0]!.lastRun?.status).toBe("failed");

    expect(alerts.received).toHaveLength(1);
    const alert = alerts.json()[0] as { text: string; event: string };
    expect(alert.event).toBe("report.failed");
    expect(alert.text).toContain("Findings every Monday* failed");
  });

  it("a PDF without Chromium fails at once naming CHROME_PATH, while CSV and JSON are still written", async () => {
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = "/nonexistent/chromium";
    try {
      const report = await createReportFrom(rt, {
        ...body,
        formats: ["pdf", "csv", "json"],
        destinations: [{ kind: "folder", name: "data-folder" }],
      });
      const run = await runOnce(report.id);
      expect(run?.status).toBe("failed");
      expect(run?.attempts).toBe(1);
      expect(run?.error).toContain("CHROME_PATH");
      expect(run?.error).toContain("/nonexistent/chromium");
      const [dto] = listRunDtos(rt, report.id);
      expect(dto!.artifacts.map((a) => a.format).sort()).toEqual(["csv", "csv", "json"]);
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });
});
