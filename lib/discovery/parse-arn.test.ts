import { describe, expect, it } from "vitest";
import { idFromArn, ownerOf, parseArn } from "./parse-arn";

describe("parseArn", () => {
  it.each([
    [
      "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0a27e0f02a6ca6b0c",
      {
        service: "vpc-lattice",
        region: "us-east-1",
        accountId: "111111111111",
        resourceId: "rcfg-0a27e0f02a6ca6b0c",
      },
    ],
    [
      "arn:aws:rds:us-east-1:111111111111:cluster:customers-aurora",
      {
        service: "rds",
        accountId: "111111111111",
        resource: "cluster:customers-aurora",
        resourceId: "customers-aurora",
      },
    ],
    [
      "arn:aws:logs:eu-west-1:222222222222:log-group:/lattice/access/x",
      { service: "logs", region: "eu-west-1", resourceId: "x" },
    ],
    ["arn:aws:iam::222222222222:role/Reader", { service: "iam", region: "", resourceId: "Reader" }],
  ])("%s", (arn, expected) => {
    expect(parseArn(arn)).toMatchObject(expected);
  });

  it.each([undefined, "", "rcfg-123", "arn:aws"])("rejects %j", (input) => {
    expect(parseArn(input)).toBeUndefined();
  });
});

describe("idFromArn / ownerOf", () => {
  it.each([
    [
      "arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-088483bc1175bf1ea",
      "sn-088483bc1175bf1ea",
    ],
    ["sn-088483bc1175bf1ea", "sn-088483bc1175bf1ea"],
    [undefined, undefined],
  ])("idFromArn(%j) = %j", (input, id) => {
    expect(idFromArn(input)).toBe(id);
  });

  it.each([
    ["arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-1", "222222222222", "111111111111"],
    [undefined, "222222222222", "222222222222"],
    ["arn:aws:s3:::bucket", "222222222222", "222222222222"],
  ])("ownerOf(%j, %s) = %s", (arn, fallback, owner) => {
    expect(ownerOf(arn, fallback)).toBe(owner);
  });
});
