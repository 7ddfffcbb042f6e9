import type {
  ListServiceNetworkResourceAssociationsResponse,
  ServiceNetworkResourceAssociationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { RestRoute } from "../../protocols/rest-json";
import type { CallContext } from "../../protocols/types";
import { latticeArn } from "../../state/arns";
import { hashHex } from "../../state/hash-hex";
import { latticePage, optionalId } from "./lattice-params";
import { configurationArn } from "./resource-configurations";
import { serviceNetworkArn } from "./service-networks";

/**
 * Scenario associations, plus (with includeChildren) the managed associations AWS creates for each
 * CHILD of an associated GROUP. Visible to the service-network owner, the configuration owner and
 * the creator.
 */
function associations(
  ctx: CallContext,
  includeChildren: boolean,
): ServiceNetworkResourceAssociationSummary[] {
  const { state } = ctx;
  const out: ServiceNetworkResourceAssociationSummary[] = [];
  for (const a of state.scenario.serviceNetworkResourceAssociations) {
    const sn = state.serviceNetworks.get(a.serviceNetworkId);
    const cfg = state.configurations.get(a.resourceConfigurationId);
    if (!sn || !cfg || sn.region !== ctx.region) continue;
    const creator = a.account ?? cfg.account;
    if (![sn.account, cfg.account, creator].includes(ctx.account)) continue;
    const targets = [{ cfg, id: a.id, managed: false }];
    if (includeChildren && (cfg.type === "GROUP" || cfg.type === "ARN")) {
      for (const child of state.scenario.resourceConfigurations.filter((c) => c.parentId === cfg.id)) {
        targets.push({ cfg: child, id: `snra-${hashHex(`${a.id}/${child.id}`, 17)}`, managed: true });
      }
    }
    for (const t of targets) {
      out.push({
        id: t.id,
        arn: latticeArn(sn.region, creator, "servicenetworkresourceassociation", t.id),
        status: a.status,
        createdBy: creator,
        createdAt: new Date(a.createdAt),
        resourceConfigurationId: t.cfg.id,
        resourceConfigurationArn: configurationArn(t.cfg),
        resourceConfigurationName: t.cfg.name,
        serviceNetworkId: sn.id,
        serviceNetworkArn: serviceNetworkArn(sn),
        serviceNetworkName: sn.name,
        dnsEntry: {
          domainName: `${t.id}.${t.cfg.id}.vpc-lattice-rsc.${sn.region}.on.aws`,
          hostedZoneId: "Z0000000SIMULATED",
        },
        isManagedAssociation: t.managed,
        failureCode: a.failureCode,
        privateDnsEnabled: a.privateDnsEnabled,
      });
    }
  }
  return out;
}

export const snResourceAssociationRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/servicenetworkresourceassociations",
    operation: "ListServiceNetworkResourceAssociations",
    handler(ctx, { query }): ListServiceNetworkResourceAssociationsResponse {
      const snId = optionalId(query, "serviceNetworkIdentifier");
      const cfgId = optionalId(query, "resourceConfigurationIdentifier");
      const items = associations(ctx, query.get("includeChildren") === "true")
        .filter((a) => snId === undefined || a.serviceNetworkId === snId)
        .filter((a) => cfgId === undefined || a.resourceConfigurationId === cfgId);
      return latticePage("ListServiceNetworkResourceAssociations", query, items);
    },
  },
];
