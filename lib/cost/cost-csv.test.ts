import { describe, expect, it } from "vitest";
import { costCsv } from "./cost-csv";
import type { CostResponse } from "./cost-result";

const money = (soFar: number, projectedMonth: number | null) => ({ soFar, projectedMonth });

// Only what the CSV reads; the rest of a CostResponse does not reach it.
const response = {
  month: "2026-11",
  configurations: [
    {
      id: "rcfg-0123456789abcdef0",
      name: '=HYPERLINK("http://evil.example","open")',
      region: "us-east-1",
      accountId: "111111111111",
      patterns: ["resource-endpoint"],
      consumers: 2,
      hourlyCharges: money(1.5, 20.16),
      gb: money(0.5, 3),
      dataCharges: money(0.005, null),
      totalSoFar: 1.505,
      projectedMonth: -0.25,
      includesData: false,
      cheapest: ["sn-endpoint"],
      saving: null,
      breakEvenConsumers: 6,
      paths: [],
    },
  ],
} as unknown as CostResponse;

describe("costCsv", () => {
  it("neutralises formulas in names from AWS and keeps numbers, negative ones too, as numbers", () => {
    const [header, row] = costCsv(response).trimEnd().split("\r\n");
    expect(header).toMatch(/^month,row,configuration_id,configuration_name,/);
    expect(row).toBe(
      '2026-11,configuration,rcfg-0123456789abcdef0,"\'=HYPERLINK(""http://evil.example"",""open"")",' +
        "us-east-1,111111111111,resource-endpoint,,2,1.5,20.16,0.5,3,0.005,,1.505,-0.25,false,sn-endpoint,0,6",
    );
  });
});
