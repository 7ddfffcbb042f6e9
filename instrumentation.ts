/** Next.js calls register() once when a server starts: validate the config file then, not on first page. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { configProblemAtStart } = await import("./lib/config/load-config");
  const problem = await configProblemAtStart();
  if (problem) {
    console.error(`[lattice-lens] configuration error: ${problem}`);
    console.error(
      "[lattice-lens] pages show this error until the file is fixed; it is read again on the next request.",
    );
  }
}
