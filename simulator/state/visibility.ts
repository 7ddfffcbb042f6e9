/**
 * Who sees what in VPC Lattice: the owner, plus accounts the resource is RAM-shared with.
 * A CHILD configuration is shared through its GROUP parent.
 */
import type { ResourceConfiguration, ServiceNetwork, SimState } from "./sim-state";

export function canSeeConfiguration(account: string, cfg: ResourceConfiguration, state: SimState): boolean {
  if (cfg.account === account || cfg.sharedWith.includes(account)) return true;
  const parent = cfg.parentId ? state.configurations.get(cfg.parentId) : undefined;
  return (
    parent !== undefined &&
    parent.id !== cfg.id &&
    (parent.account === account || parent.sharedWith.includes(account))
  );
}

export function canSeeServiceNetwork(account: string, sn: ServiceNetwork): boolean {
  return sn.account === account || sn.sharedWith.includes(account);
}
