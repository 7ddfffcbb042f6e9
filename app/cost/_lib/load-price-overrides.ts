import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_CONFIG_FILE } from "@/lib/config/load-config";
import { parseConfig } from "@/lib/config/parse-config";
import type { PriceOverrides } from "@/lib/cost/price-table";
import { getEnv } from "@/lib/env";

/**
 * The config file's `prices` section. Read directly rather than through loadConfig: with no file,
 * loadConfig asks STS who the caller is, and the cost view needs no identity to price things.
 * A bad file is an invalid_config error (the same message every other page shows).
 */
export async function loadPriceOverrides(): Promise<PriceOverrides | undefined> {
  const explicit = getEnv().LATTICE_LENS_CONFIG;
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), explicit ?? DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    // No file: no overrides (getInventory reports a missing explicit file on every page already).
    return undefined;
  }
  return parseConfig(text, path.basename(file)).prices;
}
