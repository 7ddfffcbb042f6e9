/**
 * The readiness of real accounts for Lattice Lens: what `/setup` shows and `npm run doctor`
 * prints, from one module. Plain data.
 */

/** An AWS CLI command, kept as structure so tests can check it against the service models. */
export interface CliCommand {
  /** CLI service name: `ec2`, `vpc-lattice`, `logs`, `networkflowmonitor`, `iam`. */
  service: string;
  /** CLI operation name (kebab case): `create-flow-logs`. */
  operation: string;
  /** `--flag value…` in order; a flag with no values is a switch. */
  args: Array<[flag: string, ...values: string[]]>;
  /** The command line, shell-quoted. */
  text: string;
}

export interface Fix {
  /** One sentence: what running this does. */
  summary: string;
  commands: CliCommand[];
  /** Placeholders the user must fill (e.g. the flow-log delivery role) and why. */
  notes: string[];
}

export type GapKind =
  | "credentials"
  | "denied"
  | "gateway-flow-logs"
  | "endpoint-flow-logs"
  | "flow-log-format"
  | "configuration-access-logs"
  | "service-network-access-logs"
  | "network-flow-monitor";

export interface SetupGap {
  kind: GapKind;
  /** Blocks the core views (the inventory) rather than degrading traffic views. */
  blocking: boolean;
  title: string;
  detail: string;
  resourceIds: string[];
  fix?: Fix;
}

export interface DeniedOperation {
  /** IAM action, `vpc-lattice:ListResourceGateways`. */
  action: string;
  message: string;
  blocking: boolean;
  /** The statement of iam/lattice-lens-readonly-policy.json that grants it. */
  statement?: { sid?: string; json: string };
}

export interface AccountRegionCheck {
  accountId: string;
  accountName?: string;
  region: string;
  /** How the account is reached: profile, role, default chain. */
  via: string;
  identity?: { arn: string; account: string; userId?: string };
  identityError?: string;
  denied: DeniedOperation[];
  gaps: SetupGap[];
}

export interface SetupReport {
  generatedAt: string;
  checks: AccountRegionCheck[];
  /** Something blocks the core views: doctor exits non-zero. */
  blocking: boolean;
  counts: { checks: number; gaps: number; blocking: number; denied: number };
  /** Accounts listed from AWS Organizations (when the config asks for them). */
  organization?: { listed: number; error?: string };
}

export function summarize(
  checks: AccountRegionCheck[],
  now: Date,
  organization?: SetupReport["organization"],
): SetupReport {
  const gaps = checks.flatMap((c) => c.gaps);
  const blocking = gaps.filter((g) => g.blocking).length;
  return {
    generatedAt: now.toISOString(),
    checks,
    blocking: blocking > 0,
    counts: {
      checks: checks.length,
      gaps: gaps.length,
      blocking,
      denied: checks.reduce((n, c) => n + c.denied.length, 0),
    },
    organization,
  };
}
