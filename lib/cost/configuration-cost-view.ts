import type { ConfigurationCost, CostResponse } from "./cost-result";

/** One configuration's cost as its page shows it (the props of <ConfigurationCostPanel>). */
export interface ConfigurationCostView {
  /** The configuration's cost; undefined when it has no billed path (or its GROUP parent carries it). */
  cost?: ConfigurationCost;
  /** Set when the configuration is billed through its GROUP parent. */
  billedWith?: { id: string; name: string };
  month: string;
  window: string;
  confidence: CostResponse["confidence"];
  patternTraits: CostResponse["patternTraits"];
  /** Why cost could not be computed (inventory or config error): shown instead of figures. */
  error?: string;
}
