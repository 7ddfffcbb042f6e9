import { expect, type Page, test } from "@playwright/test";
import { fitScale } from "@/components/topology/graph-option";
import type { TopologyGraph } from "@/lib/topology/topology-types";
import { ids } from "../test/fixtures/default-scenario-facts";

async function openTopology(page: Page, path = "/topology"): Promise<TopologyGraph> {
  const answer = page.waitForResponse((r) => r.url().includes("/api/topology") && r.ok());
  await page.goto(path);
  const graph = (await (await answer).json()) as TopologyGraph;
  await expect(page.locator('[aria-label="Topology graph"] canvas').first()).toBeVisible();
  return graph;
}

/** Where the chart draws a node: the same fit the option builder applies (zoom 1, no pan). */
async function nodePoint(page: Page, graph: TopologyGraph, id: string) {
  const canvas = await page.locator('[aria-label="Topology graph"] canvas').first().boundingBox();
  if (!canvas) throw new Error("no canvas");
  const { scale, box, origin } = fitScale(graph.nodes, canvas);
  const n = graph.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`${id} not in the graph`);
  return {
    x: canvas.x + box.left + (n.x - origin.x) * scale,
    y: canvas.y + box.top + (n.y - origin.y) * scale,
  };
}

test("the demo's topology shows all three access patterns, every edge between two nodes", async ({
  page,
  request,
}) => {
  await openTopology(page);
  const panel = page.getByRole("complementary", { name: "Topology details" });
  await expect(panel.getByText("Resource endpoint (PrivateLink)")).toBeVisible();
  await expect(panel.getByText("Service network endpoint", { exact: true })).toBeVisible();
  await expect(panel.getByText("Service network VPC association")).toBeVisible();

  // Traffic may still be being read on the first answer ("pending"); the graph does not wait for it.
  let graph: TopologyGraph | undefined;
  await expect
    .poll(async () => {
      graph = (await (await request.get("/api/topology")).json()) as TopologyGraph;
      return graph.traffic;
    })
    .toBe("available");
  if (!graph) throw new Error("no graph");
  const patterns = new Set(graph.nodes.map((n) => n.pattern).filter(Boolean));
  expect([...patterns].sort()).toEqual(["resource-endpoint", "sn-endpoint", "sn-vpc-association"]);
  const present = new Set(graph.nodes.map((n) => n.id));
  for (const e of graph.edges) expect(present.has(e.source) && present.has(e.target), e.id).toBe(true);
  // Edges carry the window's traffic where a source covers them; the rest say "no data" (null), never 0.
  expect(graph.edges.some((e) => (e.bytes ?? 0) > 0)).toBe(true);
});

test("focus narrows the graph to a node's paths and lives in the URL", async ({ page }) => {
  const graph = await openTopology(page);
  await page.getByRole("searchbox", { name: "Search nodes" }).fill("orders-postgres");
  const focused = page.waitForResponse(
    (r) => r.url().includes("/api/topology") && r.url().includes("focus="),
  );
  await page.getByRole("button", { name: "Focus orders-postgres" }).click();
  const narrowed = (await (await focused).json()) as TopologyGraph;
  await expect(page).toHaveURL(
    /focus=configuration%3Arcfg-0a27e0f02a6ca6b0c|focus=configuration:rcfg-0a27e0f02a6ca6b0c/,
  );
  expect(narrowed.nodes.length).toBeLessThan(graph.nodes.length);
  expect(narrowed.nodes.map((n) => n.id)).toEqual(
    expect.arrayContaining([
      `configuration:${ids.configurations.ordersPostgres}`,
      `endpoint:${ids.endpoints.paymentsOrdersDb}`,
      `gateway:${ids.gateways.coreGw}`,
    ]),
  );
  expect(narrowed.nodes.some((n) => n.id === `configuration:${ids.configurations.sessionsRedis}`)).toBe(
    false,
  );
  await expect(page.getByRole("button", { name: "Clear focus" })).toBeVisible();

  // Reloading the URL restores the same focused view.
  await page.reload();
  await expect(page.getByRole("button", { name: "Clear focus" })).toBeVisible();
});

test("clicking a configuration on the canvas opens its page", async ({ page }) => {
  const graph = await openTopology(page);
  const at = await nodePoint(page, graph, `configuration:${ids.configurations.ordersPostgres}`);
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(new RegExp(`/configurations/${ids.configurations.ordersPostgres}$`));
  await expect(page.getByRole("heading", { name: "orders-postgres", level: 1 })).toBeVisible();
});

test("the Sankey view draws bytes from consumers to resources for the same window", async ({ page }) => {
  await openTopology(page);
  await page.getByRole("tab", { name: "Sankey" }).click();
  await expect(page).toHaveURL(/view=sankey/);
  await expect(
    page.locator('[aria-label="Sankey of bytes from consumers to resources"] canvas').first(),
  ).toBeVisible();
});

test("exports the graph as PNG and JSON", async ({ page }) => {
  await openTopology(page);
  const png = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export PNG" }).click();
  const file = await png;
  expect(file.suggestedFilename()).toBe("topology.png");
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(1, 4).toString()).toBe("PNG");

  const json = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  expect((await json).suggestedFilename()).toBe("topology.json");
});

test("bad parameters are a 400 naming the parameter", async ({ request }) => {
  const res = await request.get("/api/topology?account=abc");
  expect(res.status()).toBe(400);
  expect((await res.json()).error.field).toBe("account");
});
