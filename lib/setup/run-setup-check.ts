import "server-only";
import { ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { destroyClients, makeClients, makeTrafficClients } from "@/lib/aws/make-clients";
import { awsErrorCode } from "@/lib/aws/map-aws-error";
import { loadConfig } from "@/lib/config/load-config";
import { organizationStatus } from "@/lib/config/organization-accounts";
import type { AccountConfig, LensConfig } from "@/lib/config/schema";
import { getInventory } from "@/lib/discovery/get-inventory";
import { mapPool } from "@/lib/discovery/run-pool";
import { ENDPOINT_METRICS_NAMESPACE } from "@/lib/metrics/endpoint-metric-series";
import type { Inventory } from "@/lib/schemas/inventory";
import { findGaps, type MonitorInfo } from "./find-gaps";
import { policyFix } from "./fixes";
import { blocksCoreViews, statementFor } from "./policy-statement";
import { type AccountRegionCheck, type DeniedOperation, type SetupReport, summarize } from "./setup-report";

export interface SetupDeps {
  config?: LensConfig;
  inventory?: Inventory;
  now?: () => Date;
}

function via(a: AccountConfig): string {
  if (a.roleArn) return `role ${a.roleArn}${a.profile ? ` from profile ${a.profile}` : ""}`;
  if (a.profile) return `profile ${a.profile}`;
  return "the default credential chain";
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function denial(action: string, e: unknown): DeniedOperation {
  return { action, message: message(e), blocking: blocksCoreViews(action), statement: statementFor(action) };
}

async function identityOf(account: AccountConfig, region: string) {
  const clients = makeClients(account, region);
  try {
    const out = await clients.sts.send(new GetCallerIdentityCommand({}));
    return { identity: { arn: out.Arn ?? "", account: out.Account ?? "", userId: out.UserId } };
  } catch (e) {
    return { error: e };
  } finally {
    destroyClients(clients);
  }
}

/** Reads the traffic views need beyond discovery: probed with one cheap call each. */
async function probeTrafficReads(account: AccountConfig, region: string, denied: DeniedOperation[]) {
  const clients = makeTrafficClients(account, region);
  let monitors: MonitorInfo[] | undefined;
  try {
    await clients.cloudwatch
      .send(new ListMetricsCommand({ Namespace: ENDPOINT_METRICS_NAMESPACE }))
      .catch((e: unknown) => {
        if (awsErrorCode(e) === "aws_access_denied") denied.push(denial("cloudwatch:ListMetrics", e));
      });
    try {
      const list = await clients.nfm.listMonitors();
      monitors = await Promise.all(
        list.map(async (m) => {
          const full = await clients.nfm.getMonitor(m.monitorName);
          return {
            monitorName: full.monitorName,
            monitorStatus: full.monitorStatus,
            localResources: full.localResources,
          };
        }),
      );
    } catch (e) {
      if (awsErrorCode(e) === "aws_access_denied") denied.push(denial("networkflowmonitor:ListMonitors", e));
    }
  } finally {
    clients.logs.destroy();
    clients.cloudwatch.destroy();
  }
  return monitors;
}

/**
 * Readiness of every configured account × region: the identity its credentials resolve to, the
 * read operations AWS denied (and the policy statement that grants each), and the gaps in flow
 * logs, access logs and Network Flow Monitor, each with the commands that close it. Read-only:
 * it suggests commands and runs none of them.
 */
export async function runSetupCheck(deps: SetupDeps = {}): Promise<SetupReport> {
  const config = deps.config ?? (await loadConfig());
  const inventory = deps.inventory ?? (await getInventory());
  const now = (deps.now ?? (() => new Date()))();
  const identities = new Map(
    await mapPool(config.accounts, config.concurrency, async (a) => {
      const r = await identityOf(a, (a.regions ?? config.regions)[0]!);
      return [a.id, r] as const;
    }),
  );
  const pairs = config.accounts.flatMap((a) =>
    (a.regions ?? config.regions).map((region) => ({ a, region })),
  );
  const checks = await mapPool(
    pairs,
    config.concurrency,
    async ({ a, region }): Promise<AccountRegionCheck> => {
      const id = identities.get(a.id);
      const check: AccountRegionCheck = {
        accountId: a.id,
        accountName: a.name,
        region,
        via: via(a),
        identity: id?.identity,
        identityError: id?.error === undefined ? undefined : message(id.error),
        denied: [],
        gaps: [],
      };
      if (!id?.identity) {
        check.gaps.push({
          kind: "credentials",
          blocking: true,
          title: `The credentials for ${a.id} do not work`,
          detail: `${via(a)}: ${check.identityError ?? "no identity"}. Check the profile (aws sso login for SSO profiles) or the role's trust policy (iam/lattice-lens-readonly-role.cfn.json).`,
          resourceIds: [a.id],
        });
        return check;
      }
      if (id.identity.account !== a.id)
        check.gaps.push({
          kind: "credentials",
          blocking: true,
          title: `The credentials for ${a.id} belong to ${id.identity.account}`,
          detail: `${via(a)} resolves to ${id.identity.arn}: every read would show the wrong account. Point the profile or roleArn at ${a.id}.`,
          resourceIds: [a.id],
        });
      for (const w of inventory.warnings)
        if (
          w.accountId === a.id &&
          (w.region === region || w.region === undefined) &&
          w.code === "aws_access_denied"
        ) {
          const action = `${w.service}:${w.operation}`;
          if (!check.denied.some((d) => d.action === action))
            check.denied.push(denial(action, new Error(w.message)));
        }
      const monitors = await probeTrafficReads(a, region, check.denied);
      for (const d of check.denied)
        check.gaps.push({
          kind: "denied",
          blocking: d.blocking,
          title: `${d.action} is denied`,
          detail: d.blocking
            ? "The inventory of this account and region is incomplete: every view misses what this operation reads."
            : "The traffic views of this account and region miss what this operation reads.",
          resourceIds: [a.id],
          fix: policyFix(a.roleArn),
        });
      check.gaps.push(...findGaps({ inventory, accountId: a.id, region, monitors }));
      return check;
    },
  );
  const org = config.organization ? organizationStatus() : undefined;
  return summarize(checks, now, org && { listed: org.listed, error: org.error });
}
