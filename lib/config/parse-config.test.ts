import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseConfig } from "./parse-config";

const FILE = "lattice-lens.config.json";
const good = { id: "111111111111", profile: "net" };

function messageOf(json: unknown): string {
  try {
    parseConfig(typeof json === "string" ? json : JSON.stringify(json), FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("invalid_config");
    return (e as AppError).message;
  }
  throw new Error("expected invalid_config");
}

describe("parseConfig", () => {
  it("accepts a valid file and fills defaults", () => {
    const config = parseConfig(JSON.stringify({ accounts: [good], regions: ["us-east-1"] }), FILE);
    expect(config).toEqual({
      accounts: [good],
      regions: ["us-east-1"],
      inventoryTtlSeconds: 60,
      concurrency: 8,
    });
  });

  it.each([
    [
      "bad role ARN",
      {
        accounts: [good, { id: "222222222222", roleArn: "arn:aws:iam::2222:user/x" }],
        regions: ["us-east-1"],
      },
      `${FILE}: accounts[1].roleArn must be an IAM role ARN`,
    ],
    [
      "bad account id",
      { accounts: [{ id: "12" }], regions: ["us-east-1"] },
      `${FILE}: accounts[0].id must be a 12-digit AWS account id`,
    ],
    [
      "bad region",
      { accounts: [good], regions: ["us-east-1", "mars"] },
      `${FILE}: regions[1] must be an AWS region name such as us-east-1`,
    ],
    [
      "no accounts",
      { accounts: [], regions: ["us-east-1"] },
      `${FILE}: accounts must list at least one account`,
    ],
    [
      "unknown field",
      { accounts: [{ ...good, rolearn: "x" }], regions: ["us-east-1"] },
      `${FILE}: accounts[0]: unknown field rolearn`,
    ],
  ])("%s", (_name, json, message) => {
    expect(messageOf(json)).toBe(message);
  });

  it("names the file on broken JSON", () => {
    expect(messageOf("{ accounts: ")).toMatch(/^lattice-lens\.config\.json: not valid JSON/);
  });

  it("reports the field path on the error", () => {
    try {
      parseConfig(JSON.stringify({ accounts: [good], regions: ["us-east-1"], concurrency: 0 }), FILE);
    } catch (e) {
      expect((e as AppError).field).toBe("concurrency");
    }
  });
});
