/**
 * The module-boundary check must be able to fail: each rule is shown a probe file that breaks it.
 * (It once could not: node_modules were excluded from the graph, so no rule about a package fired.)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "node_modules", ".bin", "depcruise");

/** A route segment that exists only while the test runs. */
const PROBE_SEGMENT = "app/zz-boundary-probe-segment";

const probes = [
  {
    rule: "lib-no-next-or-react",
    file: "lib/zz-boundary-probe.ts",
    source: 'import { useState } from "react";',
  },
  {
    rule: "components-no-aws",
    file: "components/zz-boundary-probe.ts",
    source: 'import { EC2Client } from "@aws-sdk/client-ec2";',
  },
  {
    rule: "components-no-aws",
    file: "components/zz-boundary-probe-2.ts",
    source: 'import { getInventory } from "@/lib/discovery/get-inventory";',
  },
  {
    rule: "echarts-in-charts-only",
    file: "app/zz-boundary-probe.ts",
    source: 'import * as echarts from "echarts/core";',
  },
  {
    rule: "pure-domain-no-io",
    file: "lib/cost/zz-boundary-probe.ts",
    source: 'import { readFileSync } from "node:fs";',
  },
  {
    rule: "pure-domain-no-orchestration",
    file: "lib/cost/zz-boundary-probe-2.ts",
    source: 'import { getCost } from "@/lib/cost/get-cost";',
  },
  {
    // A segment's private module (itself a probe, so every file written here breaks a rule).
    rule: "echarts-in-charts-only",
    file: `${PROBE_SEGMENT}/_lib/zz-boundary-probe.ts`,
    source: 'import * as echarts from "echarts/core";',
  },
  {
    rule: "app-lib-stays-in-its-segment",
    file: "app/api/zz-boundary-probe.ts",
    source: `import { probe } from "@/${PROBE_SEGMENT}/_lib/zz-boundary-probe";`,
  },
  {
    rule: "app-lib-stays-in-its-segment",
    file: "app/zz-boundary-probe-2.ts",
    source: `import { probe } from "./${PROBE_SEGMENT.slice(4)}/_lib/zz-boundary-probe";`,
  },
  {
    rule: "app-is-the-top",
    file: "lib/zz-boundary-probe-3.ts",
    source: 'import { GET } from "@/app/api/health/route";',
  },
  {
    rule: "no-simulator-from-product",
    file: "lib/zz-boundary-probe-2.ts",
    source: 'import { startSimulator } from "@/simulator/server";',
  },
  {
    rule: "simulator-stays-apart",
    file: "simulator/zz-boundary-probe.ts",
    source: 'import { AppError } from "@/lib/errors";',
  },
];

function cruise(files: string[]): string {
  try {
    return execFileSync(bin, ["--config", ".dependency-cruiser.cjs", "--output-type", "err", ...files], {
      cwd: root,
      encoding: "utf8",
      stdio: "pipe",
    });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe("module boundaries", () => {
  it("every rule catches a probe that breaks it", () => {
    mkdirSync(path.join(root, PROBE_SEGMENT, "_lib"), { recursive: true });
    for (const p of probes) writeFileSync(path.join(root, p.file), `${p.source}\nexport const probe = 1;\n`);
    try {
      const out = cruise(probes.map((p) => p.file));
      for (const p of probes)
        expect(out, p.file).toMatch(new RegExp(`${p.rule}: ${p.file.replace(/[.]/g, "\\.")}`));
    } finally {
      for (const p of probes) rmSync(path.join(root, p.file), { force: true });
      rmSync(path.join(root, PROBE_SEGMENT), { recursive: true, force: true });
    }
  }, 60_000);
});
