import {
  DeleteResourceConfigurationCommand,
  GetResourceConfigurationCommand,
  ListResourceConfigurationsCommand,
  UpdateResourceConfigurationCommand,
  VPCLatticeClient,
} from "@aws-sdk/client-vpc-lattice";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { CONSUMER_KEY, ids, PROVIDER_KEY } from "../test-fixtures/small-scenario";
import { clientConfig, FIXED_NOW, startTestSimulator } from "../test-fixtures/start-test-simulator";

// Its own simulator: these tests change the estate.
let sim: RunningSimulator;
let provider: VPCLatticeClient;
let consumer: VPCLatticeClient;

beforeAll(async () => {
  sim = await startTestSimulator();
  provider = new VPCLatticeClient(clientConfig(sim, PROVIDER_KEY));
  consumer = new VPCLatticeClient(clientConfig(sim, CONSUMER_KEY));
});
afterAll(() => sim.close());

const summaryOf = async (id: string) =>
  (await provider.send(new ListResourceConfigurationsCommand({}))).items?.find((c) => c.id === id);

describe("VPC Lattice configuration writes through the real SDK", () => {
  it("UpdateResourceConfiguration changes ports and definition and moves lastUpdatedAt in list and Get", async () => {
    const before = await summaryOf(ids.privateCfg);
    expect(before?.lastUpdatedAt).toEqual(before?.createdAt);
    const out = await provider.send(
      new UpdateResourceConfigurationCommand({
        resourceConfigurationIdentifier: ids.privateCfg,
        portRanges: ["22", "2200-2210"],
        resourceConfigurationDefinition: { ipResource: { ipAddress: "10.0.2.10" } },
      }),
    );
    expect(out.portRanges).toEqual(["22", "2200-2210"]);
    const after = await summaryOf(ids.privateCfg);
    expect(after?.lastUpdatedAt).toEqual(FIXED_NOW);
    const got = await provider.send(
      new GetResourceConfigurationCommand({ resourceConfigurationIdentifier: ids.privateCfg }),
    );
    expect(got.portRanges).toEqual(["22", "2200-2210"]);
    expect(got.resourceConfigurationDefinition).toEqual({ ipResource: { ipAddress: "10.0.2.10" } });
    expect(got.lastUpdatedAt).toEqual(FIXED_NOW);
    // A second write within the same (pinned) millisecond still moves it.
    await provider.send(
      new UpdateResourceConfigurationCommand({
        resourceConfigurationIdentifier: ids.privateCfg,
        portRanges: ["22"],
      }),
    );
    expect((await summaryOf(ids.privateCfg))?.lastUpdatedAt?.getTime()).toBeGreaterThan(FIXED_NOW.getTime());
  });

  it("rejects a malformed port range with a ValidationException", async () => {
    await expect(
      provider.send(
        new UpdateResourceConfigurationCommand({
          resourceConfigurationIdentifier: ids.privateCfg,
          portRanges: ["ssh"],
        }),
      ),
    ).rejects.toMatchObject({ name: "ValidationException", $metadata: { httpStatusCode: 400 } });
  });

  it("a consumer that sees a shared configuration cannot change it", async () => {
    await expect(
      consumer.send(
        new UpdateResourceConfigurationCommand({
          resourceConfigurationIdentifier: ids.single,
          portRanges: ["1"],
        }),
      ),
    ).rejects.toMatchObject({ name: "AccessDeniedException", $metadata: { httpStatusCode: 403 } });
  });

  it("DeleteResourceConfiguration refuses one in use and removes an unused one (204, then 404)", async () => {
    await expect(
      provider.send(new DeleteResourceConfigurationCommand({ resourceConfigurationIdentifier: ids.single })),
    ).rejects.toMatchObject({ name: "ConflictException", $metadata: { httpStatusCode: 409 } });
    const out = await provider.send(
      new DeleteResourceConfigurationCommand({ resourceConfigurationIdentifier: ids.privateCfg }),
    );
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect(await summaryOf(ids.privateCfg)).toBeUndefined();
    await expect(
      provider.send(new GetResourceConfigurationCommand({ resourceConfigurationIdentifier: ids.privateCfg })),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
  });
});
