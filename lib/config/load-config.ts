import "server-only";
import { existsSync } from "node:fs";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { makeDefaultStsClient } from "@/lib/aws/make-clients";
import { mapAwsError } from "@/lib/aws/map-aws-error";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { configFilePath, DEFAULT_CONFIG_FILE } from "./config-file-path";
import { withOrganizationAccounts } from "./organization-accounts";
import { readConfigFile } from "./read-config-file";
import { configSchema, type LensConfig } from "./schema";

export { DEFAULT_CONFIG_FILE };

/**
 * The configuration: the file named by LATTICE_LENS_CONFIG, else ./lattice-lens.config.json.
 * With no file at all: one account, the default credential chain's (its id from STS
 * GetCallerIdentity), in AWS_REGION or the SDK's default region.
 */
export async function loadConfig(): Promise<LensConfig> {
  const parsed = await readConfig();
  return parsed.fromFile ? withOrganizationAccounts(parsed.config) : parsed.config;
}

async function readConfig(): Promise<{ config: LensConfig; fromFile: boolean }> {
  const config = await readConfigFile();
  if (config) return { config, fromFile: true };
  return { config: await defaultChainConfig(), fromFile: false };
}

/**
 * At server start: the config file's problem, if it has one, so the operator reads it in the log
 * before anyone opens a page. Without a file there is nothing to check (the default chain is
 * resolved on first use, not at start, to keep start-up free of AWS calls).
 */
export async function configProblemAtStart(): Promise<string | undefined> {
  const explicit = getEnv().LATTICE_LENS_CONFIG;
  if (!explicit && !existsSync(configFilePath(undefined))) return undefined;
  try {
    // The file only: listing an organization's accounts is an AWS call, made on first use.
    await readConfig();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

async function defaultChainConfig(): Promise<LensConfig> {
  const sts = makeDefaultStsClient(getEnv().AWS_REGION);
  try {
    const region = await sts.config.region().catch((e: unknown) => {
      throw new AppError(
        "invalid_config",
        `no ${DEFAULT_CONFIG_FILE} and no default region: set AWS_REGION, a profile region or LATTICE_LENS_CONFIG`,
        { cause: e },
      );
    });
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    if (!identity.Account) throw new AppError("aws_credentials", "STS GetCallerIdentity returned no account");
    return configSchema.parse({ accounts: [{ id: identity.Account }], regions: [region] });
  } catch (e) {
    throw mapAwsError(e, "no config file; default credentials");
  } finally {
    sts.destroy();
  }
}

/**
 * The config file's `reports` section (destinations), or undefined without a file: unlike
 * loadConfig, never calls AWS, so the scheduler and the reports pages work before any discovery.
 */
export async function loadReportsConfig(): Promise<LensConfig["reports"]> {
  const explicit = getEnv().LATTICE_LENS_CONFIG;
  if (!explicit && !existsSync(configFilePath(undefined))) return undefined;
  return (await readConfig()).config.reports;
}
