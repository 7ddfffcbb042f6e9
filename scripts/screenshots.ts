/**
 * Screenshots of the running dashboard's pages, for checking a UI change by eye.
 * Usage: tsx scripts/screenshots.ts [baseUrl] [outDir] [paths…]
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium-launch";

const [baseUrl = "http://127.0.0.1:3000", outDir = ".data/screenshots", ...given] = process.argv.slice(2);
const paths =
  given.length > 0 ? given : ["/", "/gateways", "/configurations", "/endpoints", "/service-networks"];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  for (const p of paths) {
    const started = Date.now();
    const res = await page.goto(new URL(p, baseUrl).toString(), { waitUntil: "networkidle" });
    const file = path.join(outDir, `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${res?.status()} ${p} ${Date.now() - started}ms → ${file}`);
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
