import { describe, expect, it } from "vitest";
import { type PortInterval, parsePortRange, uncoveredPorts } from "./port-ranges";

describe("parsePortRange", () => {
  it.each<[string, PortInterval | undefined]>([
    ["80", [80, 80]],
    ["1-65535", [1, 65535]],
    [" 22 - 30 ", [22, 30]],
    ["30-22", undefined],
    ["70000", undefined],
    ["http", undefined],
    ["", undefined],
  ])("%j", (input, expected) => expect(parsePortRange(input)).toEqual(expected));
});

describe("uncoveredPorts", () => {
  it.each<[PortInterval[], PortInterval[], PortInterval[]]>([
    [[[80, 80]], [[80, 80]], []],
    [[[80, 80]], [[443, 443]], [[80, 80]]],
    [[[1, 65535]], [[0, 65535]], []],
    [
      [[1, 100]],
      [
        [1, 10],
        [11, 50],
        [60, 200],
      ],
      [[51, 59]],
    ],
    [
      [
        [5432, 5432],
        [6432, 6433],
      ],
      [[5432, 5432]],
      [[6432, 6433]],
    ],
  ])("%j minus %j", (wanted, covered, expected) => expect(uncoveredPorts(wanted, covered)).toEqual(expected));
});
