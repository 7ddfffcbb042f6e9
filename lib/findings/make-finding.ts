import type { EvidenceValue, Finding, FindingResource, FindingStatus, Severity } from "./finding";
import { findingId } from "./finding-resource";

export interface FindingParts {
  status?: FindingStatus;
  resources: FindingResource[];
  summary: string;
  details?: Record<string, EvidenceValue | undefined>;
  fix: string;
  /** Distinguishes two findings of one rule on the same resources (e.g. per security group). */
  idSuffix?: string;
}

/** Builds a finding for `rule`, dropping undefined evidence values so the DTO stays JSON-clean. */
export function makeFinding(rule: { id: string; severity: Severity }, parts: FindingParts): Finding {
  const details: Record<string, EvidenceValue> = {};
  for (const [k, v] of Object.entries(parts.details ?? {})) if (v !== undefined) details[k] = v;
  return {
    id: findingId(rule.id, parts.resources, parts.idSuffix),
    rule: rule.id,
    severity: rule.severity,
    status: parts.status ?? "failing",
    resources: parts.resources,
    evidence: { summary: parts.summary, details },
    fix: parts.fix,
  };
}
