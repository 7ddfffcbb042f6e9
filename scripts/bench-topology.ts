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
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium-launch";
import { median, requireBuild, startStack } from "./bench-stack";

const args = process.argv.slice(2);
const serve = args.includes("--serve");
const sizes = args.map(Number).filter(Boolean);

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

async function bench(n: number): Promise<string | undefined> {
  const { app, simUrl, accountIds, stop } = await startStack(n, serve);
  try {
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
    const layoutCold = await timed(`${api}&expand=account:${accountIds.at(-1)}`);
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
    await stop();
  }
}

async function main(): Promise<void> {
  requireBuild();
  for (const n of sizes.length ? sizes : [200, 2000]) {
    const report = await bench(n);
    if (report) console.log(report);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
