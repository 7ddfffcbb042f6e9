import { describe, expect, it } from "vitest";
import { FaultEngine } from "./fault-engine";

const target = { service: "ec2", operation: "DescribeVpcs", account: "111111111111", region: "us-east-1" };
const run = (engine: FaultEngine, n: number) =>
  Array.from({ length: n }, () => engine.decide(target).outcome ?? "ok");

describe("FaultEngine", () => {
  it("fails exactly the share asked for, starting with the first request, the same way every time", () => {
    const engine = new FaultEngine([{ throttleRate: 0.5 }]);
    expect(run(engine, 4)).toEqual(["throttle", "ok", "throttle", "ok"]);
    engine.set([{ errorRate: 0.25 }]);
    expect(run(engine, 8)).toEqual(["internal", "ok", "ok", "ok", "internal", "ok", "ok", "ok"]);
    engine.set([{ errorRate: 0.1 }]);
    expect(run(engine, 100).filter((o) => o === "internal")).toHaveLength(10);
  });

  it("matches on service, operation, account and region; latency is the largest matching delay", () => {
    const engine = new FaultEngine([
      { service: "vpc-lattice", accessDenied: true },
      { account: "222222222222", accessDenied: true },
      { operation: "DescribeVpcs", region: "us-east-1", latencyMs: 20 },
      { latencyMs: 5 },
    ]);
    expect(engine.decide(target)).toEqual({ latencyMs: 20 });
    expect(engine.decide({ ...target, account: "222222222222" }).outcome).toBe("accessDenied");
    expect(engine.decide({ ...target, service: "vpc-lattice" }).outcome).toBe("accessDenied");
    expect(engine.decide({ ...target, region: "eu-west-1" })).toEqual({ latencyMs: 5 });
  });

  it("lists and clears faults", () => {
    const engine = new FaultEngine([{ throttleRate: 1 }]);
    expect(engine.list()).toEqual([{ throttleRate: 1 }]);
    engine.set([]);
    expect(run(engine, 2)).toEqual(["ok", "ok"]);
  });
});
