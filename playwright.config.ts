import { defineConfig, devices } from "@playwright/test";

import { chromiumLaunchOptions } from "./e2e/chromium-launch";
import testSecrets from "./e2e/test-secrets.json";
import { e2eUrls } from "./e2e/urls";

export default defineConfig({
  testDir: "e2e",
  // One shared demo stack: specs that inject faults must not overlap with others.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: e2eUrls.app,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  // The README's own demo command starts the simulator and the app (building if needed).
  webServer: {
    command: "npm run demo",
    url: `${e2eUrls.app}/api/health`,
    // The test secrets are in the environment of the build too, so the bundle scan (auth-oidc.spec.ts) can miss none.
    env: { ...testSecrets, PORT: String(e2eUrls.appPort), SIM_PORT: String(e2eUrls.simPort) },
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
