import type { SimState } from "../state/sim-state";

/** Counts of every scenario section plus the derived objects, for `/_sim/scenario`. */
export function scenarioSummary(state: SimState): Record<string, unknown> {
  const s = state.scenario;
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(s)) if (Array.isArray(value)) counts[key] = value.length;
  return {
    name: s.name,
    description: s.description,
    counts,
    derived: {
      networkInterfaces: state.enis.filter((e) => e.derivedFrom).length,
      resourceEndpointAssociations: state.resourceEndpointAssociations.length,
      serviceNetworkEndpointAssociations: state.serviceNetworkEndpointAssociations.length,
    },
  };
}
