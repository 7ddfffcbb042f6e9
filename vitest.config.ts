import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{lib,simulator,test,scripts,components}/**/*.test.ts"],
    environment: "node",
    // Contract tests start the simulator in-process on a random loopback port; keep files isolated.
    pool: "forks",
    // Contract tests over a day of traffic take seconds alone and several times that on a shared,
    // loaded machine (2 cores for many runs): a timeout there is not a failure of the product.
    testTimeout: 60_000,
    // The SDK warns on Node 20 about releases after January 2027; the project's machines run Node 20.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    hookTimeout: 30_000,
  },
});
