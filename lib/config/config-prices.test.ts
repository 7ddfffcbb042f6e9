import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseConfig } from "./parse-config";

const FILE = "lattice-lens.config.json";
const base = { accounts: [{ id: "111111111111" }], regions: ["us-east-1"] };

function messageOf(json: unknown): string {
  try {
    parseConfig(JSON.stringify(json), FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).message;
  }
  throw new Error("expected invalid_config");
}

describe("config file: prices (per-region overrides of the bundled price table)", () => {
  it("is optional, so existing files stay valid", () => {
    expect(parseConfig(JSON.stringify(base), FILE).prices).toBeUndefined();
  });

  it("accepts per-region overrides of any entry", () => {
    const prices = {
      regions: {
        "ap-northeast-1": {
          resourceEndpointHour: { usd: 0.03, basis: "endpoint-az", source: "rate card", confirmed: true },
          serviceNetworkResourceHour: { usd: 0.14 },
          dataProcessingGb: {
            tiers: [
              { upToGb: 1048576, usd: 0.012 },
              { upToGb: null, usd: 0.008 },
            ],
          },
        },
      },
    };
    expect(parseConfig(JSON.stringify({ ...base, prices }), FILE).prices).toEqual(prices);
  });

  it.each([
    [
      { regions: { "us-east-1": { resourceEndpointHour: { usd: -1 } } } },
      "prices.regions.us-east-1.resourceEndpointHour.usd",
    ],
    [
      { regions: { "us-east-1": { resourceEndpointHour: { basis: "az" } } } },
      "prices.regions.us-east-1.resourceEndpointHour.basis",
    ],
    [{ regions: { "us-east-1": { endpointHour: { usd: 1 } } } }, "unknown field endpointHour"],
    [
      { regions: { "us-east-1": { dataProcessingGb: { tiers: [{ upToGb: 10, usd: 0.01 }] } } } },
      "only the last tier",
    ],
  ])("names the bad field: %j", (prices, expected) => {
    expect(messageOf({ ...base, prices })).toContain(expected);
  });
});
