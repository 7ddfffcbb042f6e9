/**
 * The configuration file (`lattice-lens.config.json`, or the path in LATTICE_LENS_CONFIG):
 * which accounts and regions to discover, and how to reach each account.
 */
import { z } from "zod";
import { authConfigSchema } from "@/lib/auth/auth-config-schema";
import { priceOverridesSchema } from "@/lib/cost/price-overrides-schema";
import { reportsConfigSchema } from "@/lib/reports/reports-config-schema";

const accountId = z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id");
const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be an AWS region name such as us-east-1");

export const accountConfigSchema = z
  .object({
    id: accountId,
    name: z.string().min(1).optional(),
    /** A named profile from the shared config/credentials files (SSO profiles work too). */
    profile: z.string().min(1).optional(),
    /** A role to assume (from the base credentials of the default chain, or of `profile` if both are given). */
    roleArn: z
      .string()
      .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/, "must be an IAM role ARN")
      .optional(),
    externalId: z.string().min(2).max(1224).optional(),
    /** Overrides the top-level regions for this account. */
    regions: z.array(region).min(1).optional(),
  })
  .strict();

const roleArn = z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/, "must be an IAM role ARN");

/** Member accounts from AWS Organizations (ListAccounts), each reached through a templated role. */
export const organizationConfigSchema = z
  .object({
    /** Credentials that may call organizations:ListAccounts (management account or delegated administrator). */
    profile: z.string().min(1).optional(),
    roleArn: roleArn.optional(),
    externalId: z.string().min(2).max(1224).optional(),
    /** The role assumed in each member; `{accountId}` and `{accountName}` are replaced. */
    roleNameTemplate: z
      .string()
      .regex(/^[\w+=,.@{}-]{1,64}$/, "must be an IAM role name, optionally with {accountId} or {accountName}")
      .default("LatticeLensReadOnly"),
    /** Base credentials for assuming the member roles (default: `profile`). */
    memberProfile: z.string().min(1).optional(),
    exclude: z.array(accountId).default([]),
  })
  .strict();

export const configSchema = z
  .object({
    accounts: z.array(accountConfigSchema),
    regions: z.array(region).min(1, "must list at least one region"),
    /** Seconds an inventory stays fresh before the next request rediscovers it. */
    inventoryTtlSeconds: z.number().int().min(0).max(3600).default(60),
    /** Concurrent account × region discoveries. */
    concurrency: z.number().int().min(1).max(64).default(8),
    /** Per-region overrides of the bundled price table (lib/cost/prices.json) for the cost view. */
    prices: priceOverridesSchema.optional(),
    /** Sign-in, roles and machine tokens (used when LATTICE_LENS_AUTH is oidc or proxy). */
    auth: authConfigSchema.optional(),
    /** Where scheduled reports may be delivered (folders, SMTP, webhooks), by name. */
    reports: reportsConfigSchema.optional(),
    organization: organizationConfigSchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    // With an organization the accounts come from ListAccounts; without one, they must be listed.
    if (c.accounts.length === 0 && !c.organization)
      ctx.addIssue({ code: "custom", path: ["accounts"], message: "must list at least one account" });
  });

export type AccountConfig = z.infer<typeof accountConfigSchema>;
export type LensConfig = z.infer<typeof configSchema>;
export type OrganizationConfig = z.infer<typeof organizationConfigSchema>;
