/**
 * `npm run report`: a one-off export of any view, without a schedule.
 *
 *   npm run report -- --url "/cost?month=2026-11" --format pdf,csv --out DIR [--tz Europe/Berlin] [--base-url URL]
 *
 * Through the running server at --base-url; without it, starts the built app (`npm start`'s server, the
 * usual configuration: lattice-lens.config.json or LATTICE_LENS_CONFIG, AWS credentials from the
 * environment) on a free loopback port and stops it afterwards. Exits non-zero when any format fails.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { slug } from "@/lib/reports/execute-run";
import { Renderer } from "@/lib/reports/render-artifacts";
import { FORMATS, type ReportFormat } from "@/lib/reports/report-definition";
import { parseViewUrl } from "@/lib/reports/report-views";
import { formatWall, isTimeZone } from "@/lib/reports/time-zone";
import { writeArtifacts } from "@/lib/reports/write-artifacts";

const root = path.resolve(__dirname, "..");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message: string): never {
  console.error(`report: ${message}`);
  process.exit(2);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

async function startApp(): Promise<{ baseUrl: string; child: ChildProcess }> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    fail("no build to start: run `npm run build` first, or give --base-url");
  const port = await freePort();
  // The same server as `npm start` (scripts/start.ts), with the usual configuration.
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      LATTICE_LENS_SCHEDULER: "off",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`the app exited (code ${child.exitCode}) before answering`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill("SIGTERM");
  fail(`the app did not answer at ${baseUrl} within 90 s`);
}

async function main(): Promise<number> {
  const url = arg("url") ?? fail('--url is required, e.g. --url "/cost?month=2026-11"');
  const out = arg("out") ?? fail("--out DIR is required");
  const zone = arg("tz") ?? "UTC";
  if (!isTimeZone(zone)) fail(`--tz: not an IANA time zone: ${zone}`);
  const formats = (arg("format") ?? "pdf").split(",").map((f) => f.trim()) as ReportFormat[];
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length) fail(`--format: unknown ${unknown.join(", ")} (one or more of ${FORMATS.join(", ")})`);
  const parsed = parseViewUrl(url);
  if (!parsed.ok) fail(`--url: ${parsed.message}`);
  const view = parsed.view;

  const given = arg("base-url");
  const app = given ? { baseUrl: given.replace(/\/+$/, ""), child: undefined } : await startApp();
  const renderer = new Renderer();
  const now = Date.now();
  const stamp = view.params.get("month") ?? formatWall(now, zone).slice(0, 10);
  let failed = 0;
  try {
    for (const format of formats) {
      try {
        const files = await renderer.render(format, {
          baseUrl: app.baseUrl,
          view,
          viewUrl: url,
          fileBase: `${slug(view.id ? `${view.title}-${view.id}` : view.title)}-${stamp}`,
          reportName: `${view.title} (one-off export)`,
          periodLabel: url,
          zone,
          generatedAt: `${formatWall(now, zone)} ${zone}`,
        });
        for (const a of writeArtifacts(path.resolve(out), files))
          console.log(`${path.join(out, a.name)}  ${a.size} bytes  sha256 ${a.sha256}`);
      } catch (e) {
        failed++;
        console.error(
          `report: ${format.toUpperCase()} failed: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
  } finally {
    await renderer.close();
    app.child?.kill("SIGTERM");
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
