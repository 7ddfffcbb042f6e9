import type { Inventory } from "@/lib/schemas/inventory";
import type { Finding, Severity } from "./finding";
import type { TrafficInput } from "./traffic-input";

export interface RuleInput {
  inventory: Inventory;
  /** Flow-log and access-log aggregates; absent until traffic discovery lands or when not queried. */
  traffic?: TrafficInput;
}

export interface RuleCoverageStatus {
  status: "evaluated" | "unknown";
  reason?: string;
}

export interface Rule {
  id: string;
  title: string;
  description: string;
  /** The severity of a failing finding from this rule; unknowns keep it so the UI can rank them. */
  severity: Severity;
  evaluate(input: RuleInput): Finding[];
  /** Whether the rule could run at all (traffic rules need traffic). Defaults to "evaluated". */
  coverage?(input: RuleInput): RuleCoverageStatus;
}
