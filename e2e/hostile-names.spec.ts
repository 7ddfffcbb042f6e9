/**
 * A hostile tenant names things: a consumer account's VPC Name tag, an account's name in the
 * config, a DNS target's domain name (no pattern in the Lattice model) set to markup. A second demo
 * stack runs on that estate; the mouse sweeps every chart and graph, and no injected code may run —
 * while the hostile text must still be shown (as text), so the sweep provably reached the tooltips.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { fitScale } from "@/components/topology/graph-option";
import type { TopologyGraph } from "@/lib/topology/topology-types";
import { ids } from "../test/fixtures/default-scenario-facts";

const appPort = Number(process.env.E2E_HOSTILE_PORT ?? 3290);
const simPort = Number(process.env.E2E_HOSTILE_SIM_PORT ?? 4690);
const base = `http://127.0.0.1:${appPort}`;

// Each payload bumps a counter if it ever runs; the mark lets the test find the text on screen.
const run = "window.__pwned=(window.__pwned||0)+1";
const vpcName = (name: string) => `<img src=x onerror="${run}">${name}`;
const accountName = (name: string) => `"><svg onload="${run}">${name}`;
const domainName = (name: string) => `${name}<script>${run}</script>`;

interface Scenario {
  accounts: Array<{ name: string }>;
  vpcs: Array<{ name?: string }>;
  resourceConfigurations: Array<{ definition?: { dnsResource?: { domainName: string } } }>;
}

function hostileScenario(dir: string): string {
  const scenario = JSON.parse(
    readFileSync(path.resolve(__dirname, "../simulator/scenario/default.scenario.json"), "utf8"),
  ) as Scenario;
  for (const a of scenario.accounts) a.name = accountName(a.name);
  for (const v of scenario.vpcs) v.name = vpcName(v.name ?? "vpc");
  for (const c of scenario.resourceConfigurations) {
    const dns = c.definition?.dnsResource;
    if (dns) dns.domainName = domainName(dns.domainName);
  }
  const file = path.join(dir, "hostile.scenario.json");
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

let stack: ChildProcess | undefined;
let dir = "";

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = mkdtempSync(path.join(os.tmpdir(), "lattice-hostile-"));
  stack = spawn(path.resolve(__dirname, "../node_modules/.bin/tsx"), ["scripts/demo.ts"], {
    cwd: path.resolve(__dirname, ".."),
    env: {
      ...process.env,
      PORT: String(appPort),
      SIM_PORT: String(simPort),
      SCENARIO: hostileScenario(dir),
      DEMO_DATA_DIR: path.join(dir, "demo"),
    },
    stdio: "ignore",
    detached: true,
  });
  const deadline = Date.now() + 540_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (stack.exitCode !== null) throw new Error(`the hostile demo stopped (exit ${stack.exitCode})`);
    if (Date.now() > deadline) throw new Error("the hostile demo did not start");
    await new Promise((r) => setTimeout(r, 300));
  }
});

test.afterAll(() => {
  if (stack?.pid) process.kill(-stack.pid, "SIGTERM");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  test.setTimeout(240_000);
  // A dialog would also mean script ran; fail loudly instead of waiting on it.
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  // Record every text ECharts' HTML tooltips show, as they appear, so the sweep itself stays quick.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __tooltips: Set<string> }).__tooltips = seen;
    new MutationObserver(() => {
      for (const d of document.querySelectorAll<HTMLElement>('div[style*="z-index: 9999999"]'))
        if (d.textContent) seen.add(d.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
});

async function pwned(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);
}

/** Every tooltip text seen on this page so far. */
async function tooltips(page: Page): Promise<string> {
  return page.evaluate(() => [...(window as unknown as { __tooltips: Set<string> }).__tooltips].join("\n"));
}

/** Move over a grid of points on every canvas in `scope`. */
async function sweep(page: Page, scope: string, cols = 24, rows = 10): Promise<void> {
  for (const canvas of await page.locator(`${scope} canvas`).all()) {
    const box = await canvas.boundingBox();
    if (!box || box.width < 20) continue;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        await page.mouse.move(
          box.x + ((c + 0.5) * box.width) / cols,
          box.y + ((r + 0.5) * box.height) / rows,
        );
  }
}

test("topology graph: hovering every node and edge runs nothing, and shows the names as text", async ({
  page,
}) => {
  const answer = page.waitForResponse((r) => r.url().includes("/api/topology") && r.ok());
  await page.goto(`${base}/topology`);
  const graph = (await (await answer).json()) as TopologyGraph;
  const canvas = page.locator('[aria-label="Topology graph"] canvas').first();
  await expect(canvas).toBeVisible();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no canvas");
  const { scale, box: fit, origin } = fitScale(graph.nodes, box);
  const at = (x: number, y: number) => ({
    x: box.x + fit.left + (x - origin.x) * scale,
    y: box.y + fit.top + (y - origin.y) * scale,
  });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const n of graph.nodes.filter((x) => !x.isGroup)) {
    const p = at(n.x, n.y);
    await page.mouse.move(p.x, p.y);
  }
  for (const e of graph.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const p = at((s.x + s.width / 2 + t.x - t.width / 2) / 2, (s.y + t.y) / 2);
    await page.mouse.move(p.x, p.y);
  }
  expect(await tooltips(page)).toContain('<img src=x onerror="window.__pwned');
  expect(await pwned(page)).toBe(0);
});

test("topology Sankey: sweeping the chart runs nothing", async ({ page }) => {
  await page.goto(`${base}/topology?view=sankey&from=now-24h&to=now`);
  const sankey = '[aria-label="Sankey of bytes from consumers to resources"]';
  await expect(page.locator(`${sankey} canvas`).first()).toBeVisible({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await sweep(page, sankey, 24, 12);
  expect(await tooltips(page)).toMatch(/<img src=x onerror=|<script>/);
  expect(await pwned(page)).toBe(0);
});

test("a configuration's traffic chart and pages with hostile names run nothing", async ({ page }) => {
  await page.goto(`${base}/configurations/${ids.configurations.ordersPostgres}?from=now-6h&to=now`);
  await expect(page.getByRole("heading", { name: "Traffic" })).toBeVisible();
  await expect(page.locator('[role="img"] canvas').first()).toBeVisible({ timeout: 60_000 });
  await sweep(page, '[role="img"]', 30, 3);
  // Names from AWS appear as text (React escapes them), never as markup.
  await expect(page.getByText(/<svg onload=/).first()).toBeVisible();
  for (const url of ["/", "/configurations", "/endpoints", "/topology?view=sankey", "/cost", "/findings"]) {
    await page.goto(`${base}${url}`);
    await page.waitForLoadState("networkidle");
    await sweep(page, '[role="img"]', 10, 3);
  }
  expect(await pwned(page)).toBe(0);
});
