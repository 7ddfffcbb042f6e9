import type { Finding, Severity } from "./finding";

/** The findings that name `resourceId` among their resources (for badges and detail pages). */
export function findingsForResource(findings: Finding[], resourceId: string): Finding[] {
  return findings.filter((f) => f.resources.some((r) => r.id === resourceId));
}

/** The most urgent failing severity, else undefined (unknowns alone do not colour a resource). */
export function worstSeverity(findings: Finding[]): Severity | undefined {
  const failing = findings.filter((f) => f.status === "failing").map((f) => f.severity);
  return (["critical", "warning", "info"] as const).find((s) => failing.includes(s));
}

/** resource id → its findings, for tables that badge every row from one evaluation. */
export function findingsByResource(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const id of new Set(f.resources.map((r) => r.id))) out.set(id, [...(out.get(id) ?? []), f]);
  }
  return out;
}

/** What a table row carries about its findings: small, serialisable, sortable by `rank`. */
export interface FindingSummary {
  /** The most urgent failing severity; undefined when only unknowns (or nothing) remain. */
  severity?: Severity;
  failing: number;
  unknown: number;
  /** Orders rows worst first: critical > warning > info > unknown-only > none, then by count. */
  rank: number;
}

const severityRank: Record<Severity, number> = { critical: 4, warning: 3, info: 2 };

export function summarizeFindings(findings: Finding[]): FindingSummary {
  const severity = worstSeverity(findings);
  const failing = findings.filter((f) => f.status === "failing").length;
  const unknown = findings.length - failing;
  const tier = severity ? severityRank[severity] : unknown > 0 ? 1 : 0;
  return { severity, failing, unknown, rank: tier * 1000 + Math.min(failing || unknown, 999) };
}
