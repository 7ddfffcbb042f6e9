import type { ListTagsForResourceResponse } from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import { idFromIdentifier } from "../../state/arns";
import { notFound } from "./lattice-errors";
import { findLatticeResource } from "./lattice-resources";

export const tagRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/tags/{resourceArn}",
    operation: "ListTagsForResource",
    handler(ctx, { params }): ListTagsForResourceResponse {
      const arn = params.resourceArn ?? "";
      const r = findLatticeResource(ctx.state, idFromIdentifier(arn));
      const visible = r && r.arn === arn && (r.account === ctx.account || r.sharedWith.includes(ctx.account));
      if (!r || !visible) throw notFound(arn, "RESOURCE");
      return { tags: r.tags };
    },
  },
];
