import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseInventoryQuery } from "./inventory-query";

const parse = (qs: string) => parseInventoryQuery(new URLSearchParams(qs));

describe("parseInventoryQuery", () => {
  it.each([
    ["", { account: [], region: [], refresh: false }],
    ["refresh=1", { account: [], region: [], refresh: true }],
    [
      "account=111111111111&account=222222222222&region=us-east-1",
      { account: ["111111111111", "222222222222"], region: ["us-east-1"], refresh: false },
    ],
    [
      "region=eu-west-1,us-gov-west-1",
      { account: [], region: ["eu-west-1", "us-gov-west-1"], refresh: false },
    ],
  ])("accepts %j", (qs, expected) => {
    expect(parse(qs)).toEqual(expected);
  });

  it.each([
    ["account=123", "account"],
    ["region=mars-1", "region"],
    ["refresh=yes", "refresh"],
    ["foo=1", "foo"],
    ["refresh=1&refresh=0", "refresh"],
  ])("rejects %s naming %s", (qs, field) => {
    try {
      parse(qs);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("bad_request");
      expect((e as AppError).field).toBe(field);
      expect((e as AppError).message).toContain(field);
    }
  });
});
