import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib"];
const SOURCE_FILES = [
  "package-lock.json",
  "next.config.js",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
];

/** The newest modification time among the files a `next build` depends on, so the demo rebuilds only when needed. */
export function newestSourceMtime(root: string): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else if (!p.endsWith(".test.ts") && stat.mtimeMs > newest) {
      // Unit tests are not part of the build.
      newest = stat.mtimeMs;
    }
  };
  for (const name of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(root, name));
  return newest;
}
