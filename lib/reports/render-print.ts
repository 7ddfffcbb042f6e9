/**
 * PDF and PNG of a view: Chromium opens the view's print page (the page itself with print=1: every
 * table row, the print stylesheet) in the report's time zone, so time axes read in that zone, with
 * no network besides the app; it waits for every ECharts chart's finished event before printing.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { escapeHtml } from "@/components/charts/options/escape-html";
import { appRequestHeaders, refusalHint } from "./app-request";

export interface PrintRequest {
  baseUrl: string;
  viewUrl: string;
  /** Report name (or the CLI's view title), view title, period label, zone: the PDF's page header. */
  reportName: string;
  viewTitle: string;
  periodLabel: string;
  zone: string;
  generatedAt: string;
}

/** A4 landscape less 10 mm margins is ~1047 CSS px: lay the page out at the width it prints at. */
const PRINT_WIDTH = 1040;
const CHART_TIMEOUT_MS = 60_000;

/** The one way the renderer opens the app's print route: headers from appRequestHeaders(). */
export async function openPrintPage(
  browser: Browser,
  req: PrintRequest,
  media: "print" | "screen" = "screen",
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    timezoneId: req.zone,
    locale: "en-US",
    viewport: { width: PRINT_WIDTH, height: 900 },
    extraHTTPHeaders: appRequestHeaders(),
  });
  const origin = new URL(req.baseUrl).origin;
  await context.route("**/*", (route) => {
    const u = route.request().url();
    return u.startsWith("data:") || u.startsWith("blob:") || new URL(u).origin === origin
      ? route.continue()
      : route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  // Laid out for paper from the start: charts size themselves once, to the printed width.
  await page.emulateMedia({ media });
  const url = new URL(req.viewUrl, req.baseUrl);
  url.searchParams.set("print", "1");
  url.searchParams.set("tz", req.zone);
  const res = await page.goto(url.toString(), { waitUntil: "networkidle", timeout: 120_000 });
  if (!res) throw new Error(`no answer from ${url}`);
  if (res.status() >= 400) {
    await context.close();
    throw new Error(
      `${req.viewUrl}: the page answered HTTP ${res.status()}${refusalHint(res.status(), req.baseUrl)}`,
    );
  }
  // A sign-in redirect answers 200 with another page: printing it would be a wrong report.
  const landed = new URL(page.url());
  if (landed.pathname !== url.pathname) {
    await context.close();
    throw new Error(
      `${req.viewUrl}: the app sent the renderer to ${landed.pathname} instead${refusalHint(401, req.baseUrl)}`,
    );
  }
  try {
    await page.waitForFunction(
      () =>
        !document.querySelector('[aria-busy="true"]') &&
        [...document.querySelectorAll("[data-echart]")].every((e) => {
          const box = e.getBoundingClientRect();
          // A chart in a closed panel has no size and never draws: nothing to wait for.
          return e.getAttribute("data-chart-finished") === "true" || box.width === 0 || box.height === 0;
        }),
      undefined,
      { timeout: CHART_TIMEOUT_MS, polling: 100 },
    );
  } catch (e) {
    await context.close();
    throw new Error(
      `${req.viewUrl}: the page's charts did not finish drawing within ${CHART_TIMEOUT_MS / 1000} s (${(e as Error).message.split("\n")[0]})`,
    );
  }
  return { page, context };
}

function headerTemplate(req: PrintRequest): string {
  const e = escapeHtml;
  return `<div style="font: 8px sans-serif; width: 100%; padding: 0 10mm; display: flex; justify-content: space-between; color: #333;">
    <span><b>${e(req.reportName)}</b> · ${e(req.viewTitle)}</span><span>${e(req.periodLabel)} · time zone ${e(req.zone)}</span></div>`;
}

function footerTemplate(req: PrintRequest): string {
  const e = escapeHtml;
  return `<div style="font: 8px sans-serif; width: 100%; padding: 0 10mm; display: flex; justify-content: space-between; color: #555;">
    <span>Lattice Lens · generated ${e(req.generatedAt)}</span>
    <span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

export async function renderPdf(browser: Browser, req: PrintRequest): Promise<Buffer> {
  const { page, context } = await openPrintPage(browser, req, "print");
  try {
    return await page.pdf({
      format: "A4",
      landscape: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(req),
      footerTemplate: footerTemplate(req),
      margin: { top: "16mm", bottom: "14mm", left: "10mm", right: "10mm" },
    });
  } finally {
    await context.close();
  }
}

/** Each chart and graph of the view as its own PNG; the whole page when it has none. */
export async function renderPngs(browser: Browser, req: PrintRequest): Promise<Buffer[]> {
  const { page, context } = await openPrintPage(browser, req);
  try {
    const charts = await page.locator("[data-echart]").all();
    if (charts.length === 0) return [await page.screenshot({ fullPage: true })];
    const out: Buffer[] = [];
    for (const c of charts) out.push(await c.screenshot());
    return out;
  } finally {
    await context.close();
  }
}
