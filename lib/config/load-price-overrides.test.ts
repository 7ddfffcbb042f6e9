/**
 * The cost view's price overrides come from the config file through lib/config, the one reader:
 * no file is "no overrides", but a file that is there and cannot be read is an error naming it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError } from "@/lib/errors";

// Root (as in CI containers) reads any file whatever its mode: a permission error is injected.
const denied = vi.hoisted(() => ({ path: undefined as string | undefined }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    readFile: (async (file: string, ...rest: unknown[]) => {
      if (denied.path && path.resolve(String(file)) === denied.path)
        throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), {
          code: "EACCES",
          errno: -13,
          syscall: "open",
          path: file,
        });
      return (real.readFile as (...a: unknown[]) => Promise<unknown>)(file, ...rest);
    }) as typeof real.readFile,
  };
});

const prices = { regions: { "us-east-1": { resourceEndpointHour: { usd: 0.5 } } } };
const config = { accounts: [{ id: "111111111111" }], regions: ["us-east-1"], prices };

let cwd: string;
let dir: string;
beforeEach(() => {
  // lib/env parses process.env once per module instance: reload modules per case.
  vi.resetModules();
  delete process.env.LATTICE_LENS_CONFIG;
  denied.path = undefined;
  cwd = process.cwd();
  dir = mkdtempSync(path.join(tmpdir(), "lattice-lens-prices-"));
  process.chdir(dir);
});
afterEach(() => process.chdir(cwd));

const load = async () => (await import("./load-price-overrides")).loadPriceOverrides();

async function failure(): Promise<AppError> {
  const e = await load().then(
    () => undefined,
    (x: unknown) => x,
  );
  // The module instance of this case's load (modules are reloaded per case).
  const { AppError: ThisAppError } = await import("@/lib/errors");
  expect(e).toBeInstanceOf(ThisAppError);
  return e as AppError;
}

describe("loadPriceOverrides", () => {
  it("without a file (none named, no default file) there are no overrides", async () => {
    expect(await load()).toBeUndefined();
  });

  it("reads the default file's prices section", async () => {
    writeFileSync(path.join(dir, "lattice-lens.config.json"), JSON.stringify(config));
    expect(await load()).toEqual(prices);
  });

  it("reads the file named by LATTICE_LENS_CONFIG; a file without prices has none", async () => {
    const file = path.join(dir, "named.json");
    writeFileSync(file, JSON.stringify(config));
    process.env.LATTICE_LENS_CONFIG = file;
    expect(await load()).toEqual(prices);
    vi.resetModules();
    writeFileSync(file, JSON.stringify({ ...config, prices: undefined }));
    expect(await load()).toBeUndefined();
  });

  it("a default file it may not read is an error naming the file, not 'no overrides'", async () => {
    writeFileSync(path.join(dir, "lattice-lens.config.json"), JSON.stringify(config));
    denied.path = path.join(dir, "lattice-lens.config.json");
    const e = await failure();
    expect(e.code).toBe("invalid_config");
    expect(e.message).toMatch(/^lattice-lens\.config\.json: cannot read \(EACCES: permission denied/);
  });

  it("a named file it may not read is an error naming that file", async () => {
    const file = path.join(dir, "named.json");
    writeFileSync(file, JSON.stringify(config));
    process.env.LATTICE_LENS_CONFIG = file;
    denied.path = file;
    const e = await failure();
    expect(e.code).toBe("invalid_config");
    expect(e.message).toContain(`${file}: cannot read (EACCES`);
  });

  it("a default path that is a directory is an error too (any failure but 'no such file')", async () => {
    mkdirSync(path.join(dir, "lattice-lens.config.json"));
    const e = await failure();
    expect(e.code).toBe("invalid_config");
    expect(e.message).toMatch(/^lattice-lens\.config\.json: cannot read \(EISDIR/);
  });

  it("a named file that is missing is an error naming it", async () => {
    process.env.LATTICE_LENS_CONFIG = path.join(dir, "missing.json");
    const e = await failure();
    expect(e.message).toContain("missing.json: cannot read (ENOENT");
  });

  it("bad prices are the invalid_config error naming the file and the field", async () => {
    const bad = { ...config, prices: { regions: { "us-east-1": { resourceEndpointHour: { usd: -1 } } } } };
    writeFileSync(path.join(dir, "lattice-lens.config.json"), JSON.stringify(bad));
    const e = await failure();
    expect(e.code).toBe("invalid_config");
    expect(e.message).toContain(
      "lattice-lens.config.json: prices.regions.us-east-1.resourceEndpointHour.usd",
    );
  });
});
