/** Command-line options of `npm run sim`. */
import path from "node:path";

export interface CliOptions {
  port: number;
  host: string;
  scenario: string;
  generate?: number;
  /** With --generate: where the flow logs go. */
  flowLogs?: "cloud-watch-logs" | "s3";
  /** Logs Insights timing and quota, over the scenario's own `logsInsights` (generated or file). */
  insights?: { latencyMs?: number; scanBytesPerSecond?: number; maxConcurrentQueries?: number };
}

/**
 * `--insights-realistic`: what a small query costs on AWS (simulator/README.md, *Logs Insights
 * timing and quota*): ~5 s end to end, plus an assumed 100 MB/s scan rate.
 */
export const REALISTIC_INSIGHTS = { latencyMs: 5000, scanBytesPerSecond: 100_000_000 } as const;

function numberFlag(flag: string, raw: string, ok: (n: number) => boolean, what: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !ok(n)) throw new Error(`${flag} must be ${what}`);
  return n;
}

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    port: 4566,
    host: "127.0.0.1",
    scenario: path.join("simulator", "scenario", "default.scenario.json"),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = () => {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i += 1;
      return value;
    };
    if (flag === "--port") opts.port = Number(need());
    else if (flag === "--host") opts.host = need();
    else if (flag === "--scenario") opts.scenario = need();
    else if (flag === "--generate") opts.generate = Number(need());
    else if (flag === "--flow-logs") {
      const v = need();
      if (v !== "s3" && v !== "cloud-watch-logs")
        throw new Error("--flow-logs must be s3 or cloud-watch-logs");
      opts.flowLogs = v;
    } else if (flag === "--insights-realistic") opts.insights = { ...REALISTIC_INSIGHTS, ...opts.insights };
    else if (flag === "--insights-latency-ms") {
      const ms = numberFlag(
        flag,
        need(),
        (n) => Number.isInteger(n) && n >= 0 && n <= 3_600_000,
        "0-3600000",
      );
      opts.insights = { ...opts.insights, latencyMs: ms };
    } else if (flag === "--insights-scan-mb-per-s") {
      const mb = numberFlag(flag, need(), (n) => Number.isFinite(n) && n > 0, "a positive number");
      opts.insights = { ...opts.insights, scanBytesPerSecond: mb * 1_000_000 };
    } else if (flag === "--insights-quota") {
      const q = numberFlag(flag, need(), (n) => Number.isInteger(n) && n >= 1 && n <= 1000, "1-1000");
      opts.insights = { ...opts.insights, maxConcurrentQueries: q };
    } else throw new Error(`unknown argument ${flag}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
    throw new Error("--port must be 0-65535");
  if (opts.generate !== undefined && (!Number.isInteger(opts.generate) || opts.generate < 1)) {
    throw new Error("--generate must be a positive integer");
  }
  if (opts.flowLogs !== undefined && opts.generate === undefined)
    throw new Error("--flow-logs applies to --generate only");
  return opts;
}
