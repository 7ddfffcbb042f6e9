import {
  ListResourceGatewaysCommand,
  ListTagsForResourceCommand,
  VPCLatticeClient,
} from "@aws-sdk/client-vpc-lattice";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import type { AwsClients } from "@/lib/aws/make-clients";
import { discoverGateways } from "./discover-gateways";
import { type RegionContext, WarningSink } from "./region-context";

const lattice = mockClient(VPCLatticeClient);
const arn = (id: string, account = "111111111111") =>
  `arn:aws:vpc-lattice:us-east-1:${account}:resourcegateway/${id}`;

function context(ownedElsewhere = false): RegionContext {
  return {
    clients: { lattice: new VPCLatticeClient({ region: "us-east-1" }) } as unknown as AwsClients,
    accountId: "111111111111",
    region: "us-east-1",
    pageSize: 1,
    itemConcurrency: 2,
    ownedElsewhere: () => ownedElsewhere,
    warnings: new WarningSink(),
  };
}

beforeEach(() => lattice.reset());

describe("discoverGateways (aws-sdk-client-mock)", () => {
  it("follows nextToken through the paginator and tags each gateway", async () => {
    lattice
      .on(ListResourceGatewaysCommand, { nextToken: undefined })
      .resolves({ items: [{ id: "rgw-1", arn: arn("rgw-1"), vpcIdentifier: "vpc-1" }], nextToken: "t2" })
      .on(ListResourceGatewaysCommand, { nextToken: "t2" })
      .resolves({ items: [{ id: "rgw-2", arn: arn("rgw-2"), vpcIdentifier: "vpc-2" }] });
    lattice.on(ListTagsForResourceCommand).callsFake(({ resourceArn }) => ({ tags: { arn: resourceArn } }));
    const ctx = context();
    const gateways = await discoverGateways(ctx);
    expect(gateways.map((g) => [g.id, g.vpcId, g.tags.arn])).toEqual([
      ["rgw-1", "vpc-1", arn("rgw-1")],
      ["rgw-2", "vpc-2", arn("rgw-2")],
    ]);
    expect(lattice.commandCalls(ListResourceGatewaysCommand).map((c) => c.args[0].input.maxResults)).toEqual([
      1, 1,
    ]);
    expect(ctx.warnings.list()).toEqual([]);
  });

  it("turns a failed list into a warning and an empty result", async () => {
    lattice
      .on(ListResourceGatewaysCommand)
      .rejects(Object.assign(new Error("not allowed"), { name: "AccessDeniedException" }));
    const ctx = context();
    expect(await discoverGateways(ctx)).toEqual([]);
    expect(ctx.warnings.list()).toEqual([
      {
        accountId: "111111111111",
        region: "us-east-1",
        service: "vpc-lattice",
        operation: "ListResourceGateways",
        code: "aws_access_denied",
        message: "AccessDeniedException: not allowed",
      },
    ]);
  });

  it("keeps the gateway when only its tags fail, and counts repeated warnings once", async () => {
    lattice.on(ListResourceGatewaysCommand).resolves({
      items: [
        { id: "rgw-1", arn: arn("rgw-1") },
        { id: "rgw-2", arn: arn("rgw-2") },
      ],
    });
    lattice
      .on(ListTagsForResourceCommand)
      .rejects(Object.assign(new Error("slow down"), { name: "ThrottlingException" }));
    const ctx = context();
    expect((await discoverGateways(ctx)).map((g) => g.tags)).toEqual([{}, {}]);
    const [warning, ...rest] = ctx.warnings.list();
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: "aws_throttled", operation: "ListTagsForResource" });
    expect(warning?.message).toMatch(/and 1 more like it/);
  });
});
