import "server-only";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { EC2Client } from "@aws-sdk/client-ec2";
import { STSClient } from "@aws-sdk/client-sts";
import { VPCLatticeClient } from "@aws-sdk/client-vpc-lattice";
import type { AccountConfig } from "@/lib/config/schema";
import { type CallCounter, requestCallCounter } from "./call-counter";
import { tagClientAccount } from "./client-account";
import { credentialsFor } from "./credentials";
import { NetworkFlowMonitorClient } from "./network-flow-monitor-client";

/**
 * Retries: the standard strategy backs off exponentially (longer for throttling errors).
 * 8 attempts rather than the SDK's 3 because discovery fans out hundreds of read calls per
 * region and a single unabsorbed throttle would turn into a warning and a hole in the inventory.
 */
export const MAX_ATTEMPTS = 8;

export interface AwsClients {
  accountId: string;
  region: string;
  lattice: VPCLatticeClient;
  ec2: EC2Client;
  sts: STSClient;
}

/**
 * The one place SDK clients are built. Endpoints are left to the SDK, which honours
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>: the simulator and real AWS differ only there.
 */
export function makeClients(
  account: Pick<AccountConfig, "id" | "profile" | "roleArn" | "externalId">,
  region: string,
  counter?: CallCounter,
): AwsClients {
  const config = {
    region,
    credentials: credentialsFor(account, region),
    maxAttempts: MAX_ATTEMPTS,
    retryMode: "standard",
  };
  const lattice = new VPCLatticeClient(config);
  const ec2 = new EC2Client(config);
  const sts = new STSClient(config);
  for (const c of [lattice, ec2, sts]) c.middlewareStack.use(requestCallCounter());
  if (counter) {
    lattice.middlewareStack.use(counter.plugin());
    ec2.middlewareStack.use(counter.plugin());
    sts.middlewareStack.use(counter.plugin());
  }
  return { accountId: account.id, region, lattice, ec2, sts };
}

/** The default-chain STS client used when no config file names accounts. */
export function makeDefaultStsClient(region: string | undefined, counter?: CallCounter): STSClient {
  const sts = new STSClient({ region, maxAttempts: MAX_ATTEMPTS, retryMode: "standard" });
  sts.middlewareStack.use(requestCallCounter());
  if (counter) sts.middlewareStack.use(counter.plugin());
  return sts;
}

export function destroyClients(clients: AwsClients): void {
  clients.lattice.destroy();
  clients.ec2.destroy();
  clients.sts.destroy();
}

/** Clients for the traffic views: Logs Insights, CloudWatch metrics and Network Flow Monitor. */
export interface TrafficClients {
  accountId: string;
  region: string;
  logs: CloudWatchLogsClient;
  cloudwatch: CloudWatchClient;
  nfm: NetworkFlowMonitorClient;
}

export function makeTrafficClients(
  account: Pick<AccountConfig, "id" | "profile" | "roleArn" | "externalId">,
  region: string,
  counter?: CallCounter,
): TrafficClients {
  const credentials = credentialsFor(account, region);
  const config = { region, credentials, maxAttempts: MAX_ATTEMPTS, retryMode: "standard" };
  const logs = new CloudWatchLogsClient(config);
  tagClientAccount(logs, account.id);
  const cloudwatch = new CloudWatchClient(config);
  logs.middlewareStack.use(requestCallCounter());
  cloudwatch.middlewareStack.use(requestCallCounter());
  if (counter) {
    logs.middlewareStack.use(counter.plugin());
    cloudwatch.middlewareStack.use(counter.plugin());
  }
  const nfm = new NetworkFlowMonitorClient({ region, credentials });
  return { accountId: account.id, region, logs, cloudwatch, nfm };
}
