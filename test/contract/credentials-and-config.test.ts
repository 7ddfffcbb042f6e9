import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { LensConfig } from "@/lib/config/schema";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import { counts, PAYMENTS, PROVIDER } from "../fixtures/default-scenario-facts";
import { countBy } from "./count-by";
import { type SimHarness, startHarness } from "./sim-harness";

let h: SimHarness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.sim.close());

describe("credentials", () => {
  it("assumes roles (on top of the default chain) for role accounts and discovers the same estate", async () => {
    process.env.AWS_ACCESS_KEY_ID = "AKIAPROVIDER00000001";
    process.env.AWS_SECRET_ACCESS_KEY = "simulator";
    const config: LensConfig = {
      ...h.config,
      accounts: h.config.accounts.map((a) =>
        a.id === PROVIDER
          ? { id: a.id, name: a.name }
          : {
              id: a.id,
              name: a.name,
              roleArn: `arn:aws:iam::${a.id}:role/LatticeLensReadOnly`,
              externalId: "demo",
            },
      ),
    };
    await h.resetStats();
    const inventory = await discoverInventory(config);
    expect(inventory.warnings).toEqual([]);
    expect(countBy(inventory.endpoints)).toEqual(counts.endpoints);
    expect(countBy(inventory.associations)).toEqual(counts.associations);
    // One AssumeRole per role account (two), not one per region or per call.
    expect((await h.stats()).byOperation["sts:AssumeRole"]).toBe(2);
  });
});

describe("loadConfig", () => {
  // lib/env parses process.env once per module instance: reload modules per case.
  beforeEach(() => {
    vi.resetModules();
    delete process.env.LATTICE_LENS_CONFIG;
  });
  const load = async () => (await import("@/lib/config/load-config")).loadConfig();

  it("without a file: one account from STS GetCallerIdentity, the region from AWS_REGION", async () => {
    process.env.AWS_ACCESS_KEY_ID = "AKIAPAYMENTS00000001";
    process.env.AWS_SECRET_ACCESS_KEY = "simulator";
    process.env.AWS_REGION = "eu-west-1";
    const cwd = process.cwd();
    process.chdir(mkdtempSync(path.join(tmpdir(), "lattice-lens-nocfg-")));
    try {
      expect(await load()).toEqual({
        accounts: [{ id: PAYMENTS }],
        regions: ["eu-west-1"],
        inventoryTtlSeconds: 60,
        concurrency: 8,
      });
    } finally {
      process.chdir(cwd);
      delete process.env.AWS_REGION;
    }
  });

  it("reads the file named by LATTICE_LENS_CONFIG", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lattice-lens-cfg-")), "lens.json");
    writeFileSync(
      file,
      JSON.stringify({ accounts: [{ id: PROVIDER, profile: "p" }], regions: ["us-east-1"] }),
    );
    process.env.LATTICE_LENS_CONFIG = file;
    expect((await load()).accounts).toEqual([{ id: PROVIDER, profile: "p" }]);
  });

  it("names the file and the field when the file is invalid", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lattice-lens-cfg-")), "lattice-lens.config.json");
    writeFileSync(
      file,
      JSON.stringify({
        accounts: [{ id: PROVIDER }, { id: PAYMENTS, roleArn: "role/x" }],
        regions: ["us-east-1"],
      }),
    );
    process.env.LATTICE_LENS_CONFIG = file;
    await expect(load()).rejects.toMatchObject({
      code: "invalid_config",
      message: "lattice-lens.config.json: accounts[1].roleArn must be an IAM role ARN",
    });
  });

  it("fails clearly when the named file does not exist", async () => {
    process.env.LATTICE_LENS_CONFIG = "/nonexistent/lens.json";
    await expect(load()).rejects.toMatchObject({
      code: "invalid_config",
      message: /\/nonexistent\/lens\.json: cannot read/,
    });
  });
});

describe("configProblemAtStart", () => {
  beforeEach(() => {
    vi.resetModules();
    delete process.env.LATTICE_LENS_CONFIG;
  });
  const check = async () => (await import("@/lib/config/load-config")).configProblemAtStart();

  it("names the bad field of an invalid file, so the server log says it at start", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lattice-lens-cfg-")), "lattice-lens.config.json");
    writeFileSync(file, JSON.stringify({ accounts: [{ id: "12" }], regions: ["us-east-1"] }));
    process.env.LATTICE_LENS_CONFIG = file;
    expect(await check()).toMatch(
      /^lattice-lens\.config\.json: accounts\[0\]\.id must be a 12-digit AWS account id/,
    );
  });

  it("has nothing to say about a valid file", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lattice-lens-cfg-")), "lens.json");
    writeFileSync(
      file,
      JSON.stringify({ accounts: [{ id: PROVIDER, profile: "p" }], regions: ["us-east-1"] }),
    );
    process.env.LATTICE_LENS_CONFIG = file;
    expect(await check()).toBeUndefined();
  });

  it("makes no AWS call when there is no file (the default chain is resolved on first use)", async () => {
    const cwd = process.cwd();
    process.chdir(mkdtempSync(path.join(tmpdir(), "lattice-lens-nocfg-")));
    try {
      expect(await check()).toBeUndefined();
    } finally {
      process.chdir(cwd);
    }
  });
});
