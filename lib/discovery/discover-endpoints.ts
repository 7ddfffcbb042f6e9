import "server-only";
import { paginateDescribeVpcEndpoints } from "@aws-sdk/client-ec2";
import type { Endpoint } from "@/lib/schemas/inventory";
import { EC2, ec2Paging } from "./ec2-helpers";
import { attempt, collect, type RegionContext } from "./region-context";
import { toEndpoint } from "./to-endpoint";

/** VPC endpoints of the two types that reach VPC Lattice resources (patterns 1 and 2). */
export async function discoverEndpoints(ctx: RegionContext): Promise<Endpoint[]> {
  const raw = await attempt(
    ctx,
    EC2,
    "DescribeVpcEndpoints",
    () =>
      collect(
        paginateDescribeVpcEndpoints(ec2Paging(ctx), {
          Filters: [{ Name: "vpc-endpoint-type", Values: ["Resource", "ServiceNetwork"] }],
        }),
        (p) => p.VpcEndpoints,
      ),
    [],
  );
  return raw.map((e) => toEndpoint(e, ctx));
}
