import path from "node:path";

/**
 * The product's own data folder (reports, runs, artifacts): LATTICE_LENS_DATA, else ./.data.
 * Resolved from the working directory at call time, so a test or a second server can point elsewhere.
 */
export function dataDir(): string {
  // The ignore hint keeps Next from tracing the whole project for a path built at run time.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.LATTICE_LENS_DATA || ".data");
}
