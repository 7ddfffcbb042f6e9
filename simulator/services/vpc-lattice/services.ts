import type {
  ListServiceNetworkServiceAssociationsResponse,
  ListServicesResponse,
  ServiceNetworkServiceAssociationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import { latticeArn } from "../../state/arns";
import type { LatticeService } from "../../state/sim-state";
import { latticePage, optionalId } from "./lattice-params";
import { serviceNetworkArn } from "./service-networks";

export function serviceArn(s: LatticeService): string {
  return latticeArn(s.region, s.account, "service", s.id);
}

function serviceDns(s: LatticeService) {
  return {
    domainName: `${s.name}-${s.id.slice(4, 11)}.7d67968.vpc-lattice-svcs.${s.region}.on.aws`,
    hostedZoneId: "Z0000000SIMULATED",
  };
}

export const serviceRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/services",
    operation: "ListServices",
    handler(ctx, { query }): ListServicesResponse {
      const items = ctx.state.scenario.services
        .filter((s) => s.account === ctx.account && s.region === ctx.region)
        .map((s) => ({
          id: s.id,
          name: s.name,
          arn: serviceArn(s),
          createdAt: new Date(s.createdAt),
          lastUpdatedAt: new Date(s.createdAt),
          dnsEntry: serviceDns(s),
          status: s.status,
        }));
      return latticePage("ListServices", query, items);
    },
  },
  {
    method: "GET",
    path: "/servicenetworkserviceassociations",
    operation: "ListServiceNetworkServiceAssociations",
    handler(ctx, { query }): ListServiceNetworkServiceAssociationsResponse {
      const snId = optionalId(query, "serviceNetworkIdentifier");
      const svcId = optionalId(query, "serviceIdentifier");
      const items: ServiceNetworkServiceAssociationSummary[] = [];
      for (const a of ctx.state.scenario.serviceNetworkServiceAssociations) {
        const sn = ctx.state.serviceNetworks.get(a.serviceNetworkId);
        const svc = ctx.state.services.get(a.serviceId);
        if (!sn || !svc || sn.region !== ctx.region) continue;
        if (sn.account !== ctx.account && svc.account !== ctx.account) continue;
        if ((snId !== undefined && sn.id !== snId) || (svcId !== undefined && svc.id !== svcId)) continue;
        items.push({
          id: a.id,
          status: a.status,
          arn: latticeArn(sn.region, svc.account, "servicenetworkserviceassociation", a.id),
          createdBy: svc.account,
          createdAt: new Date(a.createdAt),
          serviceId: svc.id,
          serviceName: svc.name,
          serviceArn: serviceArn(svc),
          serviceNetworkId: sn.id,
          serviceNetworkName: sn.name,
          serviceNetworkArn: serviceNetworkArn(sn),
          dnsEntry: serviceDns(svc),
        });
      }
      return latticePage("ListServiceNetworkServiceAssociations", query, items);
    },
  },
];
