/**
 * The files of one export: PDF and PNG through Chromium, CSV (one file per table) and JSON from the
 * view's API data. Each format is rendered on its own, so a missing Chromium fails PDF and PNG with
 * a message naming CHROME_PATH while CSV and JSON are still written.
 */
import type { Browser } from "playwright-core";
import { fetchFromApp } from "./app-request";
import { launchChromium } from "./chromium";
import { renderPdf, renderPngs } from "./render-print";
import type { ReportFormat } from "./report-definition";
import { type ReportView, viewApiSources, viewHref } from "./report-views";
import { tableCsv, viewTables } from "./view-tables";

export interface RenderedFile {
  name: string;
  format: ReportFormat;
  contentType: string;
  body: Buffer;
}

export interface RenderJob {
  baseUrl: string;
  view: ReportView;
  /** The view's URL with the run's period written in. */
  viewUrl: string;
  /** Base of every file name: monthly-cost-2026-11. */
  fileBase: string;
  reportName: string;
  periodLabel: string;
  zone: string;
  generatedAt: string;
  period?: { start: string; end: string; zone: string };
}

export class Renderer {
  private browser: Promise<Browser> | undefined;

  private chromium(): Promise<Browser> {
    this.browser ??= launchChromium();
    this.browser.catch(() => {
      this.browser = undefined;
    });
    return this.browser;
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = undefined;
    if (b) await (await b.catch(() => undefined))?.close();
  }

  async render(format: ReportFormat, job: RenderJob): Promise<RenderedFile[]> {
    const printReq = { ...job, viewTitle: job.view.title };
    switch (format) {
      case "pdf":
        return [
          {
            name: `${job.fileBase}.pdf`,
            format,
            contentType: "application/pdf",
            body: await renderPdf(await this.chromium(), printReq),
          },
        ];
      case "png": {
        const images = await renderPngs(await this.chromium(), printReq);
        return images.map((body, i) => ({
          name: images.length === 1 ? `${job.fileBase}.png` : `${job.fileBase}-chart-${i + 1}.png`,
          format,
          contentType: "image/png",
          body,
        }));
      }
      case "json":
        return [
          {
            name: `${job.fileBase}.json`,
            format,
            contentType: "application/json",
            body: Buffer.from(await renderJson(job)),
          },
        ];
      case "csv":
        return renderCsv(job);
    }
  }
}

async function viewSources(job: RenderJob): Promise<Record<string, unknown>> {
  const view = withRunParams(job);
  const out: Record<string, unknown> = {};
  for (const src of viewApiSources(view)) out[src] = await (await fetchFromApp(job.baseUrl, src)).json();
  return out;
}

/** The view as the run sees it: the period's parameters written into the saved view. */
function withRunParams(job: RenderJob): ReportView {
  const u = new URL(job.viewUrl, "http://x");
  return { ...job.view, params: u.searchParams };
}

async function renderJson(job: RenderJob): Promise<string> {
  const body = {
    report: job.reportName,
    view: job.viewUrl,
    period: job.period ?? null,
    generatedAt: job.generatedAt,
    sources: await viewSources(job),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

async function renderCsv(job: RenderJob): Promise<RenderedFile[]> {
  const view = withRunParams(job);
  if (view.kind === "cost") {
    // The cost view's table is the API's own CSV, byte for byte.
    const src = viewApiSources(view)[0]!;
    const csv = await (
      await fetchFromApp(
        job.baseUrl,
        viewHref(
          { path: src.split("?")[0]!, params: new URLSearchParams(src.split("?")[1] ?? "") },
          { format: "csv" },
        ),
      )
    ).text();
    return [
      {
        name: `${job.fileBase}-cost.csv`,
        format: "csv",
        contentType: "text/csv; charset=utf-8",
        body: Buffer.from(csv),
      },
    ];
  }
  const tables = viewTables(view, await viewSources(job));
  return tables.map((t) => ({
    name: `${job.fileBase}-${t.name}.csv`,
    format: "csv",
    contentType: "text/csv; charset=utf-8",
    body: Buffer.from(tableCsv(t)),
  }));
}
