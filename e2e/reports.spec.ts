import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { extractText } from "unpdf";
import { expectHardened } from "./expect-hardened";

// Schedule the cost page from its own "Schedule this view…", run it now, and check the files
// against the screen and the API. The report covers the previous UTC billing month: a complete
// month, so the page, the PDF and /api/cost?format=csv describe the same settled figures.
function previousMonth(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

async function totalOnScreen(page: Page, month: string): Promise<string> {
  await page.goto(`/cost?month=${month}`);
  const stat = page.getByTestId("cost-totals").locator(".stat").first();
  await expect(stat).toContainText(/Month total|Projected month/);
  return ((await stat.locator(".stat-value").textContent()) ?? "").trim();
}

test("schedule the cost view, run it now, download a PDF showing the total and a CSV equal to the API's", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const month = previousMonth();
  const total = await totalOnScreen(page, month);
  expect(total).toMatch(/^\$\d[\d,]*\.\d{2}\+?$/);

  await page.getByTestId("schedule-view").click();
  await expect(page).toHaveURL(/\/reports\/new\?url=/);
  const form = page.getByRole("form", { name: "New report" });
  await expect(form.getByLabel(/^View/)).toHaveValue(`/cost?month=${month}`);
  const name = `e2e cost ${Date.now()}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Time zone").fill("UTC");
  await form.getByLabel("Window").selectOption("calendar:previous-month");
  await expect(form.getByLabel(/^PDF/)).toBeChecked();
  await expect(form.getByLabel(/^CSV/)).toBeChecked();
  await form.getByRole("button", { name: "Create report" }).click();

  await expect(page).toHaveURL(/\/reports\?report=rpt-/);
  const id = new URL(page.url()).searchParams.get("report")!;
  const section = page.locator(`section[data-report="${id}"]`);
  await expect(section.getByRole("heading", { name })).toBeVisible();
  await expect(section.getByTestId("next-run")).toContainText("UTC");
  await expect(section.getByTestId("last-status")).toContainText("never run");

  await section.getByRole("button", { name: "Run now" }).click();
  const row = section.locator("tr[data-run]").first();
  await expect(row).toHaveAttribute("data-status", "succeeded", { timeout: 240_000 });
  await expect(section.getByTestId("last-status")).toContainText("succeeded");
  await expect(row).toContainText(`${month} (UTC billing month)`);

  // The API shows the run with its period, artifacts (sha256) and per-destination delivery.
  const runs = (await (await request.get(`/api/reports/${id}/runs`)).json()) as {
    runs: Array<{
      period: { start: string; end: string; zone: string };
      status: string;
      attempts: number;
      artifacts: Array<{ name: string; format: string; sha256: string; url: string }>;
      deliveries: Array<{ destination: string; status: string }>;
    }>;
  };
  const run = runs.runs[0]!;
  expect(run.period).toMatchObject({ start: `${month}-01T00:00:00.000Z`, zone: "UTC" });
  expect(run.deliveries).toEqual([
    expect.objectContaining({ destination: "folder:data-folder", status: "delivered" }),
  ]);
  for (const a of run.artifacts) expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);

  // The PDF, downloaded from the history, reads the total the page showed.
  const pdfLink = row.getByRole("link", { name: /\.pdf$/ });
  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  const pdf = new Uint8Array(readFileSync((await pdfDownload.path())!));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  expect(totalPages).toBeGreaterThan(0);
  expect(text).toContain(total.replace(/\+$/, ""));
  expect(text).toContain(name);
  expect(text).toMatch(/page 1 of \d+/);

  // The files are served with the same hardened headers as pages, as downloads.
  const pdfArtifact = run.artifacts.find((a) => a.format === "pdf")!;
  const pdfResponse = await request.get(pdfArtifact.url);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
  expect(pdfResponse.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.pdf"$/);
  expectHardened(pdfResponse.headers());

  // The CSV is the API's CSV of the same month, byte for byte.
  const csvArtifact = run.artifacts.find((a) => a.format === "csv")!;
  const csv = await (await request.get(csvArtifact.url)).text();
  const api = await (await request.get(`/api/cost?month=${month}&format=csv`)).text();
  expect(csv).toBe(api);

  // Pause, resume, then delete after confirming.
  await section.getByRole("button", { name: "Pause" }).click();
  await expect(section.getByText("paused", { exact: true })).toBeVisible();
  await section.getByRole("button", { name: "Resume" }).click();
  await expect(section.getByText("paused", { exact: true })).toHaveCount(0);
  await section.getByRole("button", { name: "Delete…" }).click();
  await section.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.locator(`section[data-report="${id}"]`)).toHaveCount(0);
  expect((await request.get(`/api/reports/${id}`)).status()).toBe(404);
});

test("the reports API refuses bad input naming the field, and cross-site writes", async ({
  request,
  baseURL,
}) => {
  const good = {
    name: "bad",
    url: "/cost",
    formats: ["csv"],
    schedule: { kind: "daily", at: "08:00" },
    timeZone: "Europe/Berlin",
    destinations: [{ kind: "folder", name: "data-folder" }],
  };
  for (const [patch, field] of [
    [{ schedule: { kind: "cron", cron: "not cron" } }, "schedule.cron"],
    [{ timeZone: "Europe/Atlantis" }, "timeZone"],
    [{ url: "/nowhere" }, "url"],
    [{ destinations: [{ kind: "folder", name: "elsewhere" }] }, "destinations[0].name"],
  ] as const) {
    const res = await request.post("/api/reports", { data: { ...good, ...patch } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.field).toBe(field);
  }
  const cross = await request.post("/api/reports", {
    data: good,
    headers: { origin: "https://evil.example" },
  });
  expect(cross.status()).toBe(403);
  const form = await request.post("/api/reports", {
    data: JSON.stringify(good),
    headers: { "content-type": "text/plain", origin: baseURL! },
  });
  expect(form.status()).toBe(415);
});
