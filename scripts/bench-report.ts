/**
 * Report benchmark: the PDF of the cost page for a generated estate of N configurations (default
 * 2,000): render time (Chromium opening the print page, waiting for the charts, printing), pages,
 * size, and peak memory (resident set) of the app server and of Chromium, sampled every 100 ms.
 *
 *   npm run build && npm run bench:report [-- 2000]
 *
 * Starts the simulator (`simulator/main.ts --generate N`) and the built app (`next start`) on free
 * loopback ports with a config naming every generated account, as scripts/bench-topology.ts does.
 * Needs a production build (.next) and /usr/bin/chromium (or CHROME_PATH).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractText } from "unpdf";
import { Renderer } from "@/lib/reports/render-artifacts";
import { parseViewUrl } from "@/lib/reports/report-views";
import { generateScenario } from "@/simulator/scenario/generate-scenario";

const root = path.resolve(__dirname, "..");
const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2000);
const host = "127.0.0.1";
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, host, () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once("exit", () => r());
    child.kill("SIGTERM");
  });
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(pid: number, filter: (cmd: string) => boolean = () => true): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const cmd = new Map<number, string>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(d), Number(fields[1]));
      rss.set(Number(d), Number(fields[21]) * 4096);
      cmd.set(Number(d), readFileSync(`/proc/${d}/cmdline`, "utf8"));
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    if (filter(cmd.get(p) ?? "")) total += rss.get(p) ?? 0;
    for (const [c, pp] of parent) if (pp === p) stack.push(c);
  }
  return total;
}

const mib = (b: number) => `${Math.round(b / 1048576)} MiB`;

async function main(): Promise<void> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("no production build: run `npm run build` first");
  const scenario = generateScenario(n);
  const dir = mkdtempSync(path.join(tmpdir(), "lattice-lens-report-bench-"));
  writeFileSync(
    path.join(dir, "credentials"),
    scenario.accounts
      .map(
        (a, i) =>
          `[b-${a.id}]\naws_access_key_id=${a.accessKeyIds?.[0] ?? `AKIABENCH${i}`}\naws_secret_access_key=x\n`,
      )
      .join(""),
  );
  writeFileSync(
    path.join(dir, "config.json"),
    JSON.stringify({
      accounts: scenario.accounts.map((a) => ({ id: a.id, name: a.name, profile: `b-${a.id}` })),
      regions: scenario.regions,
      inventoryTtlSeconds: 600,
    }),
  );
  const [simPort, appPort] = [await freePort(), await freePort()];
  const simUrl = `http://${host}:${simPort}`;
  const app = `http://${host}:${appPort}`;
  const sim = spawn(
    bin("tsx"),
    ["simulator/main.ts", "--generate", String(n), "--port", String(simPort), "--host", host],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
  let next: ChildProcess | undefined;
  const renderer = new Renderer();
  try {
    await waitFor(`${simUrl}/_sim/health`, 120_000);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ["AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"])
      delete env[k];
    // The same server as `npm start` (peer address, sign-in rules); the renderer's token key is the data folder's.
    process.env.LATTICE_LENS_DATA = path.join(dir, "data");
    next = spawn(bin("tsx"), ["scripts/start.ts"], {
      cwd: root,
      stdio: "ignore",
      env: {
        ...env,
        AWS_ENDPOINT_URL: simUrl,
        AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
        AWS_CONFIG_FILE: path.join(dir, "aws-config"),
        AWS_REGION: scenario.regions[0],
        AWS_EC2_METADATA_DISABLED: "true",
        LATTICE_LENS_CONFIG: path.join(dir, "config.json"),
        LATTICE_LENS_DATA: path.join(dir, "data"),
        LATTICE_LENS_SCHEDULER: "off",
        PORT: String(appPort),
        HOST: host,
        NEXT_TELEMETRY_DISABLED: "1",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      },
    });
    await waitFor(`${app}/api/health`, 60_000);
    // Warm the inventory and the month's traffic, so the figure is the PDF's own cost.
    const warm = performance.now();
    const cost = (await (await fetch(`${app}/api/cost`)).json()) as { configurations: unknown[] };
    const warmMs = Math.round(performance.now() - warm);

    const view = parseViewUrl("/cost");
    if (!view.ok) throw new Error(view.message);
    let peakServer = 0;
    let peakChromium = 0;
    const serverPid = next.pid!;
    const sampler = setInterval(() => {
      peakServer = Math.max(peakServer, treeRss(serverPid));
      peakChromium = Math.max(
        peakChromium,
        treeRss(process.pid, (c) => c.includes("chromium")),
      );
    }, 100);
    const t = performance.now();
    const [file] = await renderer.render("pdf", {
      baseUrl: app,
      view: view.view,
      viewUrl: "/cost",
      fileBase: "bench-cost",
      reportName: `Benchmark: ${n} configurations`,
      periodLabel: "this month",
      zone: "UTC",
      generatedAt: new Date().toISOString(),
    });
    const ms = Math.round(performance.now() - t);
    clearInterval(sampler);
    const out = path.join(dir, "bench-cost.pdf");
    writeFileSync(out, file!.body);
    const { totalPages, text } = await extractText(new Uint8Array(file!.body), { mergePages: true });
    const rows = (text.match(/rcfg-[0-9a-f]{17}/g) ?? []).length;
    console.log(
      [
        `${n} configurations (${cost.configurations.length} with a cost row): /api/cost warm-up ${warmMs} ms`,
        `  PDF of /cost: ${ms} ms, ${totalPages} pages, ${mib(file!.body.length)} (${file!.body.length} bytes), ${rows} configuration ids in its text`,
        `  peak memory: app server ${mib(peakServer)}, Chromium ${mib(peakChromium)}`,
        `  file: ${out}`,
      ].join("\n"),
    );
  } finally {
    await renderer.close();
    if (next) await stop(next);
    await stop(sim);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
