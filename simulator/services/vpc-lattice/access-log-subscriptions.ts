import type {
  AccessLogSubscriptionSummary,
  ListAccessLogSubscriptionsResponse,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import { idFromIdentifier, latticeArn, logGroupArn } from "../../state/arns";
import { latticePage, requireQuery } from "./lattice-params";
import { findLatticeResource } from "./lattice-resources";

/** Subscriptions are the resource owner's: the destination log group lives in the owner's account. */
export const accessLogSubscriptionRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/accesslogsubscriptions",
    operation: "ListAccessLogSubscriptions",
    handler(ctx, { query }): ListAccessLogSubscriptionsResponse {
      const resourceId = idFromIdentifier(requireQuery(query, "resourceIdentifier"));
      const resource = findLatticeResource(ctx.state, resourceId);
      if (!resource || resource.account !== ctx.account || resource.region !== ctx.region)
        return { items: [] };
      const items: AccessLogSubscriptionSummary[] = ctx.state.scenario.accessLogSubscriptions
        .filter((s) => s.resourceId === resourceId)
        .map((s) => ({
          id: s.id,
          arn: latticeArn(resource.region, resource.account, "accesslogsubscription", s.id),
          resourceId,
          resourceArn: resource.arn,
          destinationArn:
            s.destinationArn ?? logGroupArn(resource.region, resource.account, s.logGroupName ?? ""),
          // A network's subscription is SERVICE unless created with RESOURCE (the API default;
          // aws-facts §0.1.2); a configuration's carries no type.
          ...(resourceId.startsWith("sn-")
            ? { serviceNetworkLogType: s.serviceNetworkLogType ?? "SERVICE" }
            : {}),
          createdAt: new Date(s.createdAt),
          lastUpdatedAt: new Date(s.createdAt),
        }));
      return latticePage("ListAccessLogSubscriptions", query, items);
    },
  },
];
