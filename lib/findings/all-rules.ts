import type { Rule } from "./rule";
import { accessLogCoverage } from "./rules/access-log-coverage";
import { endpointAzOverlap } from "./rules/endpoint-az-overlap";
import { failedStates } from "./rules/failed-states";
import { flowLogCoverage } from "./rules/flow-log-coverage";
import { gatewayEgressBlocked } from "./rules/gateway-egress-blocked";
import { gatewayEgressWideOpen } from "./rules/gateway-egress-wide-open";
import { gatewaySgInbound } from "./rules/gateway-sg-inbound";
import { gatewaySingleAz } from "./rules/gateway-single-az";
import { resourceSgAdmitsGateway } from "./rules/resource-sg-admits-gateway";
import { sourcePortHeadroom } from "./rules/source-port-headroom";
import { trafficRejects } from "./rules/traffic-rejects";

/** Every check of ARCHITECTURE §3, in the order the coverage panel lists them. */
export const allRules: readonly Rule[] = [
  endpointAzOverlap,
  failedStates,
  gatewayEgressBlocked,
  resourceSgAdmitsGateway,
  trafficRejects,
  gatewaySingleAz,
  gatewayEgressWideOpen,
  flowLogCoverage,
  sourcePortHeadroom,
  gatewaySgInbound,
  accessLogCoverage,
];
