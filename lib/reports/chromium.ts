/** Debian's Chromium (or CHROME_PATH) through playwright-core, for PDF and PNG exports. */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export class ChromiumMissingError extends Error {
  readonly permanent = true;
}

export function chromiumPath(): string {
  return process.env.CHROME_PATH || "/usr/bin/chromium";
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(/* turbopackIgnore: true */ executablePath))
    throw new ChromiumMissingError(
      `PDF and PNG exports need Chromium: none at ${executablePath}. Install it (apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable; CSV and JSON exports work without it.`,
    );
  try {
    return await chromium.launch({
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  } catch (e) {
    throw new ChromiumMissingError(
      `Chromium at ${executablePath} did not start (set CHROME_PATH to a working one): ${(e as Error).message.split("\n")[0]}`,
    );
  }
}
