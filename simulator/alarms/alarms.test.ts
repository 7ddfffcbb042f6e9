import { describe, expect, it } from "vitest";
import type { Alarm } from "../state/sim-state";
import { evaluateRule, parseRule, RuleError, ruleAlarms } from "./composite-rule";
import { evaluateMetricAlarm } from "./evaluate-metric-alarm";

const base: Alarm = {
  name: "a",
  account: "111111111111",
  region: "us-east-1",
  namespace: "N",
  metricName: "M",
  dimensions: [],
  statistic: "Sum",
  period: 60,
  threshold: 10,
  comparisonOperator: "GreaterThanThreshold",
  evaluationPeriods: 1,
  treatMissingData: "missing",
};
const T0 = 1_800_000_000_000 - (1_800_000_000_000 % 60_000);

function run(alarm: Partial<Alarm>, values: Array<number | undefined>) {
  const a = { ...base, ...alarm };
  return evaluateMetricAlarm(
    a,
    "arn",
    T0,
    T0 + values.length * 60_000,
    (b) => values[(b * 1000 - T0) / 60_000],
  );
}

describe("metric alarm evaluation", () => {
  it.each([
    ["1 of 1 breaching", {}, [1, 20, 20, 1], ["INSUFFICIENT_DATA>OK@1", "OK>ALARM@2", "ALARM>OK@4"]],
    [
      "2 of 3",
      { evaluationPeriods: 3, datapointsToAlarm: 2 },
      [20, 1, 20, 1, 1],
      ["INSUFFICIENT_DATA>OK@1", "OK>ALARM@3", "ALARM>OK@4"],
    ],
    [
      "missing: all missing is INSUFFICIENT_DATA",
      {},
      [1, undefined, 1],
      ["INSUFFICIENT_DATA>OK@1", "OK>INSUFFICIENT_DATA@2", "INSUFFICIENT_DATA>OK@3"],
    ],
    [
      "ignore keeps the state",
      { treatMissingData: "ignore" as const },
      [20, undefined, 20],
      ["INSUFFICIENT_DATA>ALARM@1"],
    ],
    [
      "breaching",
      { treatMissingData: "breaching" as const },
      [1, undefined],
      ["INSUFFICIENT_DATA>OK@1", "OK>ALARM@2"],
    ],
    [
      "notBreaching with no data at all",
      { treatMissingData: "notBreaching" as const },
      [undefined, undefined],
      ["INSUFFICIENT_DATA>OK@1"],
    ],
    [
      "less than",
      { comparisonOperator: "LessThanThreshold" as const },
      [20, 5],
      ["INSUFFICIENT_DATA>OK@1", "OK>ALARM@2"],
    ],
  ])("%s", (_, alarm, values, expected) => {
    const t = run(alarm, values);
    expect(t.changes.map((c) => `${c.from}>${c.to}@${(c.at - T0) / 60_000}`)).toEqual(expected);
  });

  it("writes CloudWatch's reason text", () => {
    const t = run({}, [20]);
    expect(t.reason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoints \[20\.0 \(\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d\)\] was greater than the threshold \(10\.0\) \(minimum 1 datapoint for OK -> ALARM transition\)\.$/,
    );
    expect(run({}, [1]).reason).toContain("was not greater than the threshold (10.0)");
  });
});

describe("composite rules", () => {
  const states: Record<string, "OK" | "ALARM" | "INSUFFICIENT_DATA"> = {
    a: "ALARM",
    b: "OK",
    "c d": "INSUFFICIENT_DATA",
  };
  it.each([
    ['ALARM("a") OR ALARM("b")', true],
    ['ALARM("a") AND ALARM("b")', false],
    ["ALARM(a) AND NOT ALARM(b)", true],
    ['(ALARM("b") OR OK("b")) AND INSUFFICIENT_DATA("c d")', true],
    ["TRUE AND FALSE", false],
    ['ALARM("b") OR ALARM("b") AND TRUE', false],
  ])("%s → %s", (rule, expected) => {
    expect(evaluateRule(parseRule(rule), (n) => states[n] ?? "INSUFFICIENT_DATA")).toBe(expected);
  });
  it("names the alarms it reads and rejects what it cannot parse", () => {
    expect(
      ruleAlarms(parseRule('ALARM("x") OR NOT OK(arn:aws:cloudwatch:us-east-1:111111111111:alarm:y)')),
    ).toEqual(["x", "arn:aws:cloudwatch:us-east-1:111111111111:alarm:y"]);
    for (const bad of ['ALARM("x"', "ALARM x", 'ALARM("x") XOR OK("y")', ""])
      expect(() => parseRule(bad)).toThrow(RuleError);
  });
});
