/**
 * A team installs Lattice Lens with `npm ci --omit=dev`. Whatever runs the production commands
 * (the server, the scheduler, report and doctor) must then still be installed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("production commands run from a production install", () => {
  it.each(["start", "scheduler", "report", "doctor", "demo"])("npm run %s", (script) => {
    const command = pkg.scripts[script];
    expect(command, `package.json has a ${script} script`).toBeDefined();
    const runner = command!.split(/\s+/)[0]!;
    if (runner === "node" || runner === "bash") return;
    expect(Object.keys(pkg.dependencies), `${runner} runs "npm run ${script}"`).toContain(runner);
  });
});
