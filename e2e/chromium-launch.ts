import type { LaunchOptions } from "@playwright/test";

/**
 * How every browser run here starts Debian's Chromium: no sandbox (root), no GPU, and none of the
 * background connections that this machine's closed network would refuse.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
