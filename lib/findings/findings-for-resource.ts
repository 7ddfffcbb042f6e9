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
