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

  it("rejects unknown flags, missing values and bad numbers", () => {
    expect(() => parseArgs(["--nope"])).toThrow(/unknown argument --nope/);
    expect(() => parseArgs(["--port"])).toThrow(/--port needs a value/);
    expect(() => parseArgs(["--port", "70000"])).toThrow(/--port/);
    expect(() => parseArgs(["--generate", "0"])).toThrow(/--generate/);
  });
});
