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
