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

/** Where a trait's value comes from: a page (with the words that support it) or our own notes. */
export interface TraitSource {
  title: string;
  url?: string;
  /** The passage that supports the value, quoted where it is AWS's text. */
  supports: string;
}

/** One cell of the trait table: a value, its sources, and whether AWS documents it. */
export interface TraitCell {
  value: string;
  confirmed: boolean;
  sources: TraitSource[];
}

export interface PatternTraits {
  iamAuthPolicies: TraitCell;
  resourcePolicy: TraitCell;
  shareableUnit: TraitCell;
}

export type TraitKey = keyof PatternTraits;

export const traitLabels: Record<TraitKey, string> = {
  iamAuthPolicies: "IAM auth policy",
  resourcePolicy: "Resource policy",
  shareableUnit: "Shareable unit",
};

const AUTH_POLICIES: TraitSource = {
  title: "VPC Lattice User Guide: Control access to VPC Lattice services using auth policies",
  url: "https://docs.aws.amazon.com/vpc-lattice/latest/ug/auth-policies.html",
  supports:
    "“The auth policy on the service network doesn't apply to resource configurations in the service network.” (aws-facts §0.1 item 10)",
};
const SN_ACCESS: TraitSource = {
  title: "VPC Lattice User Guide: Manage the access settings of a service network",
  url: "https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-access.html",
  supports:
    "“Access settings of the service network do not apply to the resource configurations associated to the service network.” (aws-facts §0.1 item 10)",
};
const SEED_DECK: TraitSource = {
  title: "Seed deck (pattern comparison table)",
  supports: "The seed deck's table; not found in AWS's documentation yet.",
};
const DESIGN_SHARING: TraitSource = {
  title: "Lattice Lens design §1",
  supports:
    "“The shareable unit is the resource configuration (1) or the service network (2, 3)”; a RAM-shared configuration can also be associated with the consumer's own service network.",
};

/**
 * The non-cost differences a what-if must show beside the price (design §1, §4), as data with a
 * source per cell. No pattern gives IAM auth for a resource: a service network's auth policy and
 * access settings do not apply to resource configurations (aws-facts §0.1 item 10), which corrects
 * the seed deck's "Yes, on the service network" for patterns 2 and 3.
 */
export const patternTraits: Record<Pattern, PatternTraits> = {
  1: {
    iamAuthPolicies: {
      value: "None: auth policies attach to services and service networks, not to resource endpoints",
      confirmed: true,
      sources: [AUTH_POLICIES],
    },
    resourcePolicy: { value: "Endpoint policy", confirmed: false, sources: [SEED_DECK] },
    shareableUnit: { value: "The resource configuration", confirmed: false, sources: [DESIGN_SHARING] },
  },
  2: {
    iamAuthPolicies: {
      value: "None: the service network's auth policy does not apply to resource configurations",
      confirmed: true,
      sources: [AUTH_POLICIES],
    },
    resourcePolicy: {
      value: "Endpoint policy; the service network's access settings do not apply",
      confirmed: false,
      sources: [SEED_DECK, SN_ACCESS],
    },
    shareableUnit: {
      value: "The service network or the configuration",
      confirmed: false,
      sources: [DESIGN_SHARING],
    },
  },
  3: {
    iamAuthPolicies: {
      value: "None: the service network's auth policy does not apply to resource configurations",
      confirmed: true,
      sources: [AUTH_POLICIES],
    },
    resourcePolicy: {
      value: "None at the service network: its access settings do not apply",
      confirmed: true,
      sources: [SN_ACCESS],
    },
    shareableUnit: {
      value: "The service network or the configuration",
      confirmed: false,
      sources: [DESIGN_SHARING],
    },
  },
};

/** "pattern 2", "pattern 2 or 3". */
export function describePatterns(ps: readonly Pattern[]): string {
  if (ps.length === 0) return "no pattern";
  const sorted = [...ps].sort();
  const last = sorted.pop()!;
  return sorted.length ? `pattern ${sorted.join(", ")} or ${last}` : `pattern ${last}`;
}
