import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { configFilePath, DEFAULT_CONFIG_FILE } from "./config-file-path";
import { parseConfig } from "./parse-config";
import type { LensConfig } from "./schema";

/**
 * The config file (LATTICE_LENS_CONFIG, else ./lattice-lens.config.json) parsed; undefined only
 * when there is no default file and none was named. loadConfig, its reports and price sections
 * all read the file through here, so they agree on what "no file" and "cannot read" mean.
 */
export async function readConfigFile(): Promise<LensConfig | undefined> {
  const explicit = getEnv().LATTICE_LENS_CONFIG;
  const file = configFilePath(explicit);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    // A path the user named must exist; the default file is optional. Any other failure (a
    // permission, a directory) is the file's problem, never "no file".
    if ((e as NodeJS.ErrnoException).code === "ENOENT" && !explicit) return undefined;
    throw new AppError(
      "invalid_config",
      `${explicit ?? DEFAULT_CONFIG_FILE}: cannot read (${(e as Error).message})`,
      {
        cause: e,
      },
    );
  }
  return parseConfig(text, path.basename(file));
}
