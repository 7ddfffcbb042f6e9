import { describe, expect, it } from "vitest";
import type { EndpointMetricSeries } from "@/lib/schemas/traffic";
import { matchEndpointMetrics, metricLabel, seriesForConsumer, seriesKey } from "./endpoint-metric-series";

const E1 = "vpce-0123456789abcdef0";
const E2 = "vpce-0fedcba9876543210";

describe("matchEndpointMetrics", () => {
  const listed = [
    { metricName: "A", dimensions: [{ name: "Whatever", value: E1 }] },
    { metricName: "A", dimensions: [{ name: "Whatever", value: E1 }] },
    {
      metricName: "B",
      dimensions: [
        { name: "X", value: "rcfg-1" },
        { name: "Y", value: E1 },
      ],
    },
    { metricName: "A", dimensions: [{ name: "Whatever", value: E2 }] },
    { metricName: "C", dimensions: [{ name: "Service", value: "svc-1" }] },
  ];
  it.each([
    { ids: [E1], want: { [E1]: 2 } },
    { ids: [E1, E2], want: { [E1]: 2, [E2]: 1 } },
    { ids: ["vpce-nope"], want: {} },
  ])("matches by dimension value, whatever the names ($ids)", ({ ids, want }) => {
    const got = matchEndpointMetrics(listed, new Set(ids));
    expect(Object.fromEntries([...got].map(([k, v]) => [k, v.length]))).toEqual(want);
  });
  it("keys ignore dimension order", () => {
    expect(
      seriesKey({
        metricName: "A",
        dimensions: [
          { name: "b", value: "1" },
          { name: "a", value: "2" },
        ],
      }),
    ).toBe(
      seriesKey({
        metricName: "A",
        dimensions: [
          { name: "a", value: "2" },
          { name: "b", value: "1" },
        ],
      }),
    );
  });
});

describe("metricLabel", () => {
  it.each([
    ["BytesProcessed", "Bytes processed"],
    ["NewConnections", "New connections"],
    ["HTTPCode_5XX_Count", "HTTP code 5XX count"],
    ["x", "x"],
  ])("%s → %s", (name, label) => expect(metricLabel(name)).toBe(label));
});

describe("seriesForConsumer", () => {
  const s = (metricName: string, dims: Array<[string, string]>): EndpointMetricSeries => ({
    key: metricName + dims.join(),
    metricName,
    dimensions: dims.map(([name, value]) => ({ name, value })),
    sum: 1,
    peak: 1,
    points: [],
  });
  const all = [
    s("A", [["E", E1]]),
    s("A", [
      ["C", "rcfg-1"],
      ["E", E1],
    ]),
    s("A", [
      ["C", "rcfg-2"],
      ["E", E1],
    ]),
    s("B", [["E", E1]]),
  ];
  it.each([
    { cfg: "rcfg-1", want: ["A:rcfg-1", "B:-"] },
    { cfg: "rcfg-9", want: ["A:-", "B:-"] },
    { cfg: undefined, want: ["A:-", "B:-"] },
  ])("prefers the configuration's own series ($cfg)", ({ cfg, want }) => {
    const got = seriesForConsumer(all, E1, cfg).map(
      (x) => `${x.metricName}:${x.dimensions.find((d) => d.name === "C")?.value ?? "-"}`,
    );
    expect(got).toEqual(want);
  });
});
