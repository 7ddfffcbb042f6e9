import { CloudWatchClient, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { mockClient } from "aws-sdk-client-mock";
import { expect, it } from "vitest";
import { getMetricData } from "./get-metric-data";

const cw = mockClient(CloudWatchClient);

it("getMetricData: batches of 500, every NextToken page, values back in request order", async () => {
  cw.reset();
  cw.on(GetMetricDataCommand).callsFake(
    (input: { MetricDataQueries: Array<{ Id: string }>; NextToken?: string }) => {
      const page = input.NextToken ? 1 : 0;
      return {
        MetricDataResults: input.MetricDataQueries.slice(0, 2).map((q) => ({
          Id: q.Id,
          Timestamps: [new Date(page * 60_000)],
          Values: [page + 1],
        })),
        ...(page === 0 ? { NextToken: "p2" } : {}),
      };
    },
  );
  const requests = Array.from({ length: 501 }, (_, i) => ({
    namespace: "N",
    metricName: "M",
    dimensions: [{ name: "D", value: String(i) }],
    stat: "Sum",
    period: 60,
  }));
  const r = await getMetricData(new CloudWatchClient({ region: "us-east-1" }), requests, 0, 120_000);
  expect(r.metricsRequested).toBe(501);
  expect(cw.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input.MetricDataQueries?.length)).toEqual(
    [500, 500, 1, 1],
  );
  expect([...r.series[0]!.points]).toEqual([
    [0, 1],
    [60_000, 2],
  ]);
  expect([...r.series[500]!.points]).toEqual([
    [0, 1],
    [60_000, 2],
  ]);
  expect(r.series[2]!.points.size).toBe(0);
});
