import "server-only";
import { readConfigFile } from "./read-config-file";
import type { LensConfig } from "./schema";

/**
 * The config file's `prices` section (per-region price overrides), or undefined without a file.
 * Unlike loadConfig, never calls AWS: the cost view needs no identity to price things. A file
 * that exists but cannot be read or parsed is an invalid_config error naming it.
 */
export async function loadPriceOverrides(): Promise<LensConfig["prices"]> {
  return (await readConfigFile())?.prices;
}
