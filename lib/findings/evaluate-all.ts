import { allRules } from "./all-rules";
import type { Finding, Severity } from "./finding";
import type { Rule, RuleInput } from "./rule";

export interface RuleCoverage {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  /** "unknown": the rule could not run (e.g. no traffic data), so no findings does not mean healthy. */
  status: "evaluated" | "unknown";
  reason?: string;
  failing: number;
  unknown: number;
}

export interface FindingsResult {
  findings: Finding[];
  rules: RuleCoverage[];
}

const severityRank: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Most urgent first: severity, then failing before unknown, then rule order, then primary resource. */
export function compareFindings(ruleOrder: string[]) {
  return (a: Finding, b: Finding): number =>
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.status === b.status ? 0 : a.status === "failing" ? -1 : 1) ||
    ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule) ||
    (a.resources[0]?.id ?? "").localeCompare(b.resources[0]?.id ?? "") ||
    a.id.localeCompare(b.id);
}

/** Runs every rule; a rule that throws is reported as unknown with its error rather than hiding the rest. */
export function evaluateAll(input: RuleInput, rules: readonly Rule[] = allRules): FindingsResult {
  const findings: Finding[] = [];
  const coverage: RuleCoverage[] = [];
  for (const rule of rules) {
    const base = { id: rule.id, title: rule.title, description: rule.description, severity: rule.severity };
    try {
      const status = rule.coverage?.(input) ?? { status: "evaluated" as const };
      const own = rule.evaluate(input);
      findings.push(...own);
      coverage.push({
        ...base,
        ...status,
        failing: own.filter((f) => f.status === "failing").length,
        unknown: own.filter((f) => f.status === "unknown").length,
      });
    } catch (e) {
      coverage.push({
        ...base,
        status: "unknown",
        reason: `Rule failed: ${e instanceof Error ? e.message : String(e)}`,
        failing: 0,
        unknown: 0,
      });
    }
  }
  // A finding id may come from two paths to one resource (e.g. a group and its child); keep one.
  const unique = [...new Map(findings.map((f) => [f.id, f])).values()];
  unique.sort(compareFindings(rules.map((r) => r.id)));
  return { findings: unique, rules: coverage };
}
