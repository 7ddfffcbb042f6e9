/** Lookup of taggable / log-subscribable Lattice resources by id, with their owner and ARN. */

import { latticeArn } from "../../state/arns";
import type { SimState } from "../../state/sim-state";
import { configurationArn } from "./resource-configurations";
import { serviceNetworkArn } from "./service-networks";
import { serviceArn } from "./services";

export interface LatticeResourceRef {
  id: string;
  arn: string;
  account: string;
  region: string;
  sharedWith: string[];
  tags: Record<string, string>;
}

export function findLatticeResource(state: SimState, id: string): LatticeResourceRef | undefined {
  const cfg = state.configurations.get(id);
  if (cfg) return { ...cfg, arn: configurationArn(cfg) };
  const sn = state.serviceNetworks.get(id);
  if (sn) return { ...sn, arn: serviceNetworkArn(sn) };
  const svc = state.services.get(id);
  if (svc) return { ...svc, arn: serviceArn(svc), sharedWith: [], tags: {} };
  const gw = state.gateways.get(id);
  if (gw) return { ...gw, arn: latticeArn(gw.region, gw.account, "resourcegateway", gw.id), sharedWith: [] };
  return undefined;
}
