import { describe, expect, it } from "vitest";
import { parseArgs } from "./cli-args";

describe("simulator CLI arguments", () => {
  it("defaults to port 4566 on loopback with the default scenario", () => {
    expect(parseArgs([])).toEqual({
      port: 4566,
      host: "127.0.0.1",
      scenario: "simulator/scenario/default.scenario.json",
    });
  });

  it("reads --port, --host, --scenario and --generate", () => {
    expect(
      parseArgs(["--port", "0", "--host", "0.0.0.0", "--scenario", "x.json", "--generate", "2000"]),
    ).toEqual({
      port: 0,
      host: "0.0.0.0",
      scenario: "x.json",
      generate: 2000,
    });
  });

  it("reads --flow-logs s3 with --generate only", () => {
    expect(parseArgs(["--generate", "2000", "--flow-logs", "s3"])).toMatchObject({
      generate: 2000,
      flowLogs: "s3",
    });
    expect(() => parseArgs(["--flow-logs", "s3"])).toThrow(/--generate only/);
    expect(() => parseArgs(["--generate", "5", "--flow-logs", "firehose"])).toThrow(/s3 or cloud-watch-logs/);
  });

  it("reads Logs Insights latency, scan rate (MB/s) and quota, and the realistic preset", () => {
    expect(
      parseArgs(["--insights-latency-ms", "250", "--insights-scan-mb-per-s", "2.5", "--insights-quota", "3"])
        .insights,
    ).toEqual({ latencyMs: 250, scanBytesPerSecond: 2_500_000, maxConcurrentQueries: 3 });
    expect(parseArgs(["--generate", "10", "--insights-realistic"]).insights).toEqual({
      latencyMs: 5000,
      scanBytesPerSecond: 100_000_000,
    });
    // Flags after the preset win.
    expect(parseArgs(["--insights-realistic", "--insights-latency-ms", "0"]).insights?.latencyMs).toBe(0);
    expect(parseArgs([]).insights).toBeUndefined();
  });

  it.each([
    ["--insights-latency-ms", "-1", /0-3600000/],
    ["--insights-latency-ms", "1.5", /0-3600000/],
    ["--insights-scan-mb-per-s", "0", /positive/],
    ["--insights-scan-mb-per-s", "fast", /positive/],
    ["--insights-quota", "0", /1-1000/],
    ["--insights-quota", "1001", /1-1000/],
    ["--insights-quota", "", /1-1000/],
  ])("%s %j is refused, naming the flag", (flag, value, why) => {
    expect(() => parseArgs([flag, value])).toThrow(new RegExp(`${flag}.*${why.source}`));
  });

  it("rejects unknown flags, missing values and bad numbers", () => {
    expect(() => parseArgs(["--nope"])).toThrow(/unknown argument --nope/);
    expect(() => parseArgs(["--port"])).toThrow(/--port needs a value/);
    expect(() => parseArgs(["--port", "70000"])).toThrow(/--port/);
    expect(() => parseArgs(["--generate", "0"])).toThrow(/--generate/);
  });
});
