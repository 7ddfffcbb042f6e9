/**
 * Topology benchmark: `/api/topology` time (cold: first request, discovery and layout included;
 * layout-cold: inventory cached, new graph shape; warm: both cached) and time to first render of
 * /topology in headless Chromium, for generated estates of 200 and 2,000 configurations.
 *
 *   npm run build && npm run bench:topology [-- 200 2000]
 *   npm run bench:topology -- --serve 2000   (start the stack and keep it up, to look at it;
 *                                            PORT and SIM_PORT pick the ports)
 *
 * For each size it starts the simulator (`simulator/main.ts --generate N`) and the built app
 * (`next start`) on free loopback ports with a config naming every generated account, as the demo
 * does. Needs a production build (.next) and /usr/bin/chromium (or CHROME_PATH).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { generateScenario } from "@/simulator/scenario/generate-scenario";
import { chromiumLaunchOptions } from "../e2e/chromium-launch";

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const serve = args.includes("--serve");
const sizes = args.map(Number).filter(Boolean);
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

async function timed(
  url: string,
): Promise<{ ms: number; nodes: number; edges: number; layoutMs: number; traffic: string }> {
  const t = performance.now();
  const res = await fetch(url);
  const body = (await res.json()) as {
    nodes: unknown[];
    edges: unknown[];
    traffic: string;
    stats: { layoutMs: number };
  };
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return {
    ms: Math.round(performance.now() - t),
    nodes: body.nodes.length,
    edges: body.edges.length,
    layoutMs: body.stats.layoutMs,
    traffic: body.traffic,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function bench(n: number): Promise<string | undefined> {
  const scenario = generateScenario(n);
  const dir = mkdtempSync(path.join(tmpdir(), "lattice-lens-topo-bench-"));
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
  const simPort = serve && process.env.SIM_PORT ? Number(process.env.SIM_PORT) : await freePort();
  const appPort = serve && process.env.PORT ? Number(process.env.PORT) : await freePort();
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
  try {
    await waitFor(`${simUrl}/_sim/health`, 60_000);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ["AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"])
      delete env[k];
    next = spawn(bin("next"), ["start", "--port", String(appPort), "--hostname", host], {
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
        NEXT_TELEMETRY_DISABLED: "1",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      },
    });
    await waitFor(`${app}/api/health`, 60_000);
    if (serve) {
      console.log(`${n} configurations: ${app}/topology (simulator ${simUrl}); Ctrl-C stops both`);
      await new Promise<void>((r) => process.once("SIGINT", r).once("SIGTERM", r));
      return undefined;
    }

    const api = `${app}/api/topology?from=now-1h&to=now`;
    const started = performance.now();
    const cold = await timed(api);
    // The graph does not wait for traffic beyond a short budget: time until the weights are in.
    let traffic = cold.traffic;
    while (traffic === "pending") {
      await new Promise((r) => setTimeout(r, 250));
      traffic = (await timed(api)).traffic;
    }
    const trafficMs = Math.round(performance.now() - started);
    // Inventory cached, graph shape new (one account expanded): layout runs again.
    const layoutCold = await timed(`${api}&expand=account:${scenario.accounts.at(-1)?.id}`);
    const warm: number[] = [];
    for (let i = 0; i < 5; i += 1) warm.push((await timed(api)).ms);
    const full = n <= 200 ? await timed(`${api}&aggregate=off`) : undefined;

    const browser = await chromium.launch(chromiumLaunchOptions);
    const renders: number[] = [];
    try {
      for (let i = 0; i < 3; i += 1) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const t = performance.now();
        await page.goto(`${app}/topology`);
        // First render: the graph's canvas is up and the side panel shows the loaded graph.
        await page.locator('[aria-label="Topology graph"] canvas').first().waitFor({ timeout: 30_000 });
        await page.getByRole("complementary", { name: "Topology details" }).waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        renders.push(Math.round(performance.now() - t));
        await page.close();
      }
    } finally {
      await browser.close();
    }
    return [
      `${n} configurations: ${cold.nodes} nodes / ${cold.edges} edges (aggregated default)`,
      `  traffic ${traffic} ${trafficMs} ms after the first request (first answer: ${cold.traffic})`,
      `  API cold (discovery + layout): ${cold.ms} ms; layout-cold (new shape): ${layoutCold.ms} ms (elk ${layoutCold.layoutMs} ms); warm: median ${median(warm)} ms [${warm.join(", ")}]`,
      ...(full
        ? [
            `  unaggregated: ${full.nodes} nodes / ${full.edges} edges, ${full.ms} ms (elk ${full.layoutMs} ms)`,
          ]
        : []),
      `  first render in Chromium: first ${renders[0]} ms, then ${renders.slice(1).join(", ")} ms (median ${median(renders)} ms)`,
    ].join("\n");
  } finally {
    if (next) await stop(next);
    await stop(sim);
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("no production build: run `npm run build` first");
  for (const n of sizes.length ? sizes : [200, 2000]) {
    const report = await bench(n);
    if (report) console.log(report);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
