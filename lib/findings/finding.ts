/**
 * The health-finding DTO: what a rule reports, what `/api/findings` returns and what the UI shows.
 * Plain data, no I/O, safe to import from client components.
 */

export type Severity = "critical" | "warning" | "info";
export const severities: readonly Severity[] = ["critical", "warning", "info"];

/**
 * "failing": the rule read the data and the problem is there.
 * "unknown": the rule could not read what it needs (another account's security groups, no ENI for the
 * target, discovery errors); an unknown is shown, never treated as healthy.
 */
export type FindingStatus = "failing" | "unknown";

export type FindingResourceKind =
  | "gateway"
  | "configuration"
  | "endpoint"
  | "service-network"
  | "association"
  | "security-group"
  | "eni"
  | "subnet"
  | "vpc"
  /** Account × region scope, for unknowns that come from a discovery error rather than one resource. */
  | "account";

export interface FindingResource {
  kind: FindingResourceKind;
  id: string;
  /** Display name where the resource has one. */
  name?: string;
  accountId: string;
  region: string;
}

export type EvidenceValue = string | number | boolean | string[];

export interface Finding {
  /** Stable per rule and resources, for keys and de-duplication. */
  id: string;
  rule: string;
  severity: Severity;
  status: FindingStatus;
  /** The primary resource first. */
  resources: FindingResource[];
  evidence: { summary: string; details: Record<string, EvidenceValue> };
  /** One sentence. */
  fix: string;
}
