import path from "node:path";

export const DEFAULT_CONFIG_FILE = "lattice-lens.config.json";

/** The config file: LATTICE_LENS_CONFIG if set, else ./lattice-lens.config.json, from the working directory. */
export function configFilePath(explicit: string | undefined): string {
  // Resolved at run time from the working directory; the ignore hint keeps Next from tracing the whole project.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), explicit ?? DEFAULT_CONFIG_FILE);
}
