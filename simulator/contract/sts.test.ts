import { DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { CONSUMER, ids, PROVIDER, PROVIDER_KEY } from "../test-fixtures/small-scenario";
import { clientConfig, FIXED_NOW, startTestSimulator } from "../test-fixtures/start-test-simulator";

let sim: RunningSimulator;
let sts: STSClient;

beforeAll(async () => {
  sim = await startTestSimulator();
  sts = new STSClient(clientConfig(sim, PROVIDER_KEY));
});
afterAll(() => sim.close());

describe("STS through the real SDK (query protocol)", () => {
  it("maps scenario keys to their account and unknown keys to the first account", async () => {
    expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe(PROVIDER);
    const stranger = new STSClient(clientConfig(sim, "AKIAUNKNOWN000000000"));
    expect((await stranger.send(new GetCallerIdentityCommand({}))).Account).toBe(PROVIDER);
  });

  it("issues credentials for a role whose account every later call lands in", async () => {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${CONSUMER}:role/lattice-lens-reader`,
        RoleSessionName: "lens",
      }),
    );
    expect(out.Credentials?.Expiration?.getTime()).toBe(FIXED_NOW.getTime() + 3600_000);
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${CONSUMER}:assumed-role/lattice-lens-reader/lens`);
    const credentials = {
      accessKeyId: out.Credentials!.AccessKeyId!,
      secretAccessKey: out.Credentials!.SecretAccessKey!,
      sessionToken: out.Credentials!.SessionToken!,
    };
    const assumed = new STSClient({ ...clientConfig(sim, credentials.accessKeyId), credentials });
    expect(await assumed.send(new GetCallerIdentityCommand({}))).toMatchObject({
      Account: CONSUMER,
      Arn: `arn:aws:sts::${CONSUMER}:assumed-role/lattice-lens-reader/lens`,
    });
    const ec2 = new EC2Client({ ...clientConfig(sim, credentials.accessKeyId), credentials });
    expect((await ec2.send(new DescribeVpcsCommand({}))).Vpcs?.map((v) => v.VpcId)).toEqual([
      ids.consumerVpc,
    ]);
  });

  it("denies roles in accounts the scenario does not know", async () => {
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::999999999999:role/x", RoleSessionName: "s" })),
    ).rejects.toMatchObject({ name: "AccessDenied", $metadata: { httpStatusCode: 403 } });
  });
});
