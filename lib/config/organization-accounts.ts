import "server-only";
import { OrganizationsClient, paginateListAccounts } from "@aws-sdk/client-organizations";
import { credentialsFor } from "@/lib/aws/credentials";
import { MAX_ATTEMPTS } from "@/lib/aws/make-clients";
import { mapAwsError } from "@/lib/aws/map-aws-error";
import { AppError } from "@/lib/errors";
import type { AccountConfig, LensConfig, OrganizationConfig } from "./schema";

/** An organization's member list changes rarely: list it once per 10 minutes. */
const TTL_MS = 10 * 60_000;
const shared = globalThis as {
  __latticeLensOrgAccounts?: { key: string; at: number; accounts: Promise<OrgAccount[]> };
  __latticeLensOrgStatus?: OrganizationStatus;
};

export interface OrgAccount {
  id: string;
  name?: string;
  state?: string;
}

/** What the last listing found, for /setup and doctor. */
export interface OrganizationStatus {
  listed: number;
  added: number;
  error?: string;
}

export function organizationStatus(): OrganizationStatus | undefined {
  return shared.__latticeLensOrgStatus;
}

/** `LatticeLensReadOnly`, or a template with `{accountId}` / `{accountName}`, → the role name for one account. */
export function roleNameFor(template: string, account: OrgAccount): string {
  return template
    .replaceAll("{accountId}", account.id)
    .replaceAll("{accountName}", (account.name ?? account.id).replace(/[^\w+=,.@-]/g, "-"));
}

/**
 * The accounts the organization adds to the config: every ACTIVE member not listed explicitly
 * (explicit entries win) and not excluded, reached by assuming the templated role. Pure.
 */
export function organizationAccounts(
  org: OrganizationConfig,
  explicit: readonly AccountConfig[],
  listed: readonly OrgAccount[],
  partition = "aws",
): AccountConfig[] {
  const known = new Set(explicit.map((a) => a.id));
  return listed
    .filter((a) => (a.state ?? "ACTIVE") === "ACTIVE" && !known.has(a.id) && !org.exclude.includes(a.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      ...((org.memberProfile ?? org.profile) ? { profile: org.memberProfile ?? org.profile } : {}),
      roleArn: `arn:${partition}:iam::${a.id}:role/${roleNameFor(org.roleNameTemplate, a)}`,
      ...(org.externalId ? { externalId: org.externalId } : {}),
    }));
}

async function listMembers(org: OrganizationConfig): Promise<OrgAccount[]> {
  // Organizations is a global service whose endpoint lives in us-east-1.
  const client = new OrganizationsClient({
    region: "us-east-1",
    credentials: credentialsFor(
      { id: "organization", profile: org.profile, roleArn: org.roleArn, externalId: org.externalId },
      "us-east-1",
    ),
    maxAttempts: MAX_ATTEMPTS,
  });
  try {
    const out: OrgAccount[] = [];
    for await (const page of paginateListAccounts({ client }, {}))
      for (const a of page.Accounts ?? [])
        if (a.Id) out.push({ id: a.Id, name: a.Name, state: a.State ?? a.Status });
    return out;
  } finally {
    client.destroy();
  }
}

/**
 * The config with the organization's member accounts added (AWS Organizations ListAccounts,
 * read-only, cached). A listing that fails keeps the explicit accounts and says why; with none
 * left, the config cannot be used and the error names the field.
 */
export async function withOrganizationAccounts(config: LensConfig, now = Date.now()): Promise<LensConfig> {
  const org = config.organization;
  if (!org) return config;
  const key = JSON.stringify(org);
  let hit = shared.__latticeLensOrgAccounts;
  if (!hit || hit.key !== key || now - hit.at > TTL_MS) {
    hit = { key, at: now, accounts: listMembers(org) };
    shared.__latticeLensOrgAccounts = hit;
    hit.accounts.catch(() => {
      if (shared.__latticeLensOrgAccounts === hit) shared.__latticeLensOrgAccounts = undefined;
    });
  }
  try {
    const listed = await hit.accounts;
    const added = organizationAccounts(org, config.accounts, listed);
    shared.__latticeLensOrgStatus = { listed: listed.length, added: added.length };
    return { ...config, accounts: [...config.accounts, ...added] };
  } catch (e) {
    const err = mapAwsError(e, "organization: ListAccounts");
    shared.__latticeLensOrgStatus = { listed: 0, added: 0, error: err.message };
    if (config.accounts.length > 0) return config;
    throw new AppError("invalid_config", `organization: accounts could not be listed (${err.message})`, {
      field: "organization",
      cause: e,
    });
  }
}
