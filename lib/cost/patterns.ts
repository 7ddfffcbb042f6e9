/** The three access patterns as the cost view names them (1, 2, 3) and what differs besides cost. */
import type { AccessPattern } from "@/lib/schemas/inventory";

export type Pattern = 1 | 2 | 3;
export const patterns: Pattern[] = [1, 2, 3];

export const patternOf: Record<AccessPattern, Pattern> = {
  "resource-endpoint": 1,
  "sn-endpoint": 2,
  "sn-vpc-association": 3,
};

export const patternNames: Record<Pattern, string> = {
  1: "PrivateLink resource endpoint",
  2: "Service network + VPC endpoint",
  3: "Service network + VPC association",
};

export interface PatternTraits {
  iamAuthPolicies: string;
  resourcePolicy: string;
  shareableUnit: string;
}

/** The non-cost differences a what-if must show beside the price (design §1, §4). */
export const patternTraits: Record<Pattern, PatternTraits> = {
  1: {
    iamAuthPolicies: "None",
    resourcePolicy: "Endpoint policy",
    shareableUnit: "The resource configuration",
  },
  2: {
    iamAuthPolicies: "Yes, on the service network",
    resourcePolicy: "Endpoint policy and service-network policy",
    shareableUnit: "The service network or the configuration",
  },
  3: {
    iamAuthPolicies: "Yes, on the service network",
    resourcePolicy: "Service-network policy",
    shareableUnit: "The service network or the configuration",
  },
};

/** "pattern 2", "pattern 2 or 3". */
export function describePatterns(ps: readonly Pattern[]): string {
  if (ps.length === 0) return "no pattern";
  const sorted = [...ps].sort();
  const last = sorted.pop()!;
  return sorted.length ? `pattern ${sorted.join(", ")} or ${last}` : `pattern ${last}`;
}
