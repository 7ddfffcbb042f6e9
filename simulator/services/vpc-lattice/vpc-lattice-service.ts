import { restJsonService } from "../../protocols/rest-json";
import type { ServiceHandler } from "../../protocols/types";
import { accessLogSubscriptionRoutes } from "./access-log-subscriptions";
import { latticeFaultErrors } from "./lattice-errors";
import { resourceConfigurationRoutes } from "./resource-configurations";
import { resourceEndpointAssociationRoutes } from "./resource-endpoint-associations";
import { resourceGatewayRoutes } from "./resource-gateways";
import { serviceNetworkRoutes } from "./service-networks";
import { serviceRoutes } from "./services";
import { snResourceAssociationRoutes } from "./sn-resource-associations";
import { snVpcAssociationRoutes } from "./sn-vpc-associations";
import { tagRoutes } from "./tags";

export function vpcLatticeService(): ServiceHandler {
  return restJsonService(
    [
      ...resourceGatewayRoutes,
      ...resourceConfigurationRoutes,
      ...resourceEndpointAssociationRoutes,
      ...serviceNetworkRoutes,
      ...snResourceAssociationRoutes,
      ...snVpcAssociationRoutes,
      ...serviceRoutes,
      ...accessLogSubscriptionRoutes,
      ...tagRoutes,
    ],
    latticeFaultErrors,
  );
}
