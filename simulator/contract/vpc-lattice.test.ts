import {
  GetResourceConfigurationCommand,
  GetResourceGatewayCommand,
  GetServiceNetworkCommand,
  ListAccessLogSubscriptionsCommand,
  ListResourceEndpointAssociationsCommand,
  ListResourceGatewaysCommand,
  ListServiceNetworkVpcEndpointAssociationsCommand,
  ListTagsForResourceCommand,
  paginateListAccessLogSubscriptions,
  paginateListResourceConfigurations,
  paginateListResourceEndpointAssociations,
  paginateListResourceGateways,
  paginateListServiceNetworkResourceAssociations,
  paginateListServiceNetworkServiceAssociations,
  paginateListServiceNetworks,
  paginateListServiceNetworkVpcAssociations,
  paginateListServiceNetworkVpcEndpointAssociations,
  paginateListServices,
  VPCLatticeClient,
} from "@aws-sdk/client-vpc-lattice";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { CONSUMER, CONSUMER_KEY, ids, PROVIDER, PROVIDER_KEY } from "../test-fixtures/small-scenario";
import { clientConfig, startTestSimulator } from "../test-fixtures/start-test-simulator";

let sim: RunningSimulator;
let provider: VPCLatticeClient;
let consumer: VPCLatticeClient;

beforeAll(async () => {
  sim = await startTestSimulator();
  provider = new VPCLatticeClient(clientConfig(sim, PROVIDER_KEY));
  consumer = new VPCLatticeClient(clientConfig(sim, CONSUMER_KEY));
});
afterAll(() => sim.close());

async function collect<T>(pages: AsyncIterable<{ items?: T[] }>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let n = 0;
  for await (const page of pages) {
    n += 1;
    items.push(...(page.items ?? []));
  }
  return { items, pages: n };
}

describe("VPC Lattice through the real SDK", () => {
  it("lists gateways one per page; summaries use vpcIdentifier and Get uses vpcId (by id or ARN)", async () => {
    const { items } = await collect(paginateListResourceGateways({ client: provider, pageSize: 1 }, {}));
    expect(items.map((g) => g.id)).toEqual([ids.gateway]);
    expect(items[0]?.vpcIdentifier).toBe(ids.providerVpc);
    expect(items[0]?.createdAt).toBeInstanceOf(Date);
    const byArn = await provider.send(
      new GetResourceGatewayCommand({ resourceGatewayIdentifier: items[0]!.arn! }),
    );
    expect(byArn.vpcId).toBe(ids.providerVpc);
    expect(byArn).not.toHaveProperty("vpcIdentifier");
  });

  it("gateways are not shared: the consumer sees none and gets 404 on Get", async () => {
    expect((await consumer.send(new ListResourceGatewaysCommand({}))).items).toEqual([]);
    await expect(
      consumer.send(new GetResourceGatewayCommand({ resourceGatewayIdentifier: ids.gateway })),
    ).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      resourceId: ids.gateway,
      resourceType: "RESOURCE_GATEWAY",
      $metadata: { httpStatusCode: 404 },
    });
  });

  it("lists configurations page by page, with gateway and group filters", async () => {
    const all = await collect(paginateListResourceConfigurations({ client: provider, pageSize: 1 }, {}));
    expect(all.items).toHaveLength(5);
    expect(all.pages).toBe(5);
    const children = await collect(
      paginateListResourceConfigurations(
        { client: provider, pageSize: 1 },
        { resourceConfigurationGroupIdentifier: ids.group },
      ),
    );
    expect(children.items.map((c) => c.id)).toEqual([ids.child]);
    expect(children.items[0]?.resourceGatewayId).toBe(ids.gateway);
    const onGateway = await collect(
      paginateListResourceConfigurations({ client: provider }, { resourceGatewayIdentifier: ids.gateway }),
    );
    expect(onGateway.items).toHaveLength(5);
  });

  it("shows RAM-shared configurations (and children of shared groups) to the consumer only", async () => {
    const { items } = await collect(
      paginateListResourceConfigurations({ client: consumer, pageSize: 2 }, {}),
    );
    expect(items.map((c) => c.id).sort()).toEqual([ids.single, ids.group, ids.child].sort());
  });

  it("gets a CHILD configuration with its group id, inherited gateway and definition union", async () => {
    const child = await provider.send(
      new GetResourceConfigurationCommand({ resourceConfigurationIdentifier: ids.child }),
    );
    expect(child).toMatchObject({
      type: "CHILD",
      resourceConfigurationGroupId: ids.group,
      resourceGatewayId: ids.gateway,
      protocol: "TCP",
      resourceConfigurationDefinition: {
        dnsResource: { domainName: "api.example.com", ipAddressType: "IPV4" },
      },
    });
    await expect(
      provider.send(
        new GetResourceConfigurationCommand({ resourceConfigurationIdentifier: "rcfg-00000000000000000" }),
      ),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException", resourceType: "RESOURCE_CONFIGURATION" });
  });

  it("requires resourceConfigurationIdentifier on ListResourceEndpointAssociations", async () => {
    await expect(
      provider.send(new ListResourceEndpointAssociationsCommand({} as never)),
    ).rejects.toMatchObject({
      name: "ValidationException",
      $metadata: { httpStatusCode: 400 },
      fieldList: [{ name: "resourceConfigurationIdentifier" }],
    });
  });

  it("derives resource-endpoint associations, visible to both sides", async () => {
    for (const client of [provider, consumer]) {
      const { items } = await collect(
        paginateListResourceEndpointAssociations(
          { client, pageSize: 1 },
          { resourceConfigurationIdentifier: ids.single },
        ),
      );
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ vpcEndpointId: ids.resourceEndpoint, vpcEndpointOwner: CONSUMER });
      expect(items[0]?.id).toMatch(/^rea-[0-9a-f]{17}$/);
    }
  });

  it("lists service networks with counts and gets one", async () => {
    const { items } = await collect(paginateListServiceNetworks({ client: consumer, pageSize: 1 }, {}));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      numberOfAssociatedVPCs: 1,
      numberOfAssociatedServices: 1,
      numberOfAssociatedResourceConfigurations: 2,
    });
    const sn = await provider.send(
      new GetServiceNetworkCommand({ serviceNetworkIdentifier: items[0]!.arn! }),
    );
    expect(sn).toMatchObject({ id: ids.serviceNetwork, authType: "NONE", sharingConfig: { enabled: true } });
    await expect(
      provider.send(new GetServiceNetworkCommand({ serviceNetworkIdentifier: "sn-00000000000000000" })),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException", resourceType: "SERVICE_NETWORK" });
  });

  it("lists service-network resource associations, with filters and includeChildren", async () => {
    const all = await collect(
      paginateListServiceNetworkResourceAssociations({ client: provider, pageSize: 1 }, {}),
    );
    expect(all.items).toHaveLength(2);
    const withChildren = await collect(
      paginateListServiceNetworkResourceAssociations(
        { client: provider, pageSize: 1 },
        { serviceNetworkIdentifier: ids.serviceNetwork, includeChildren: true },
      ),
    );
    expect(withChildren.items).toHaveLength(3);
    expect(
      withChildren.items.find((a) => a.resourceConfigurationId === ids.child)?.isManagedAssociation,
    ).toBe(true);
    const one = await collect(
      paginateListServiceNetworkResourceAssociations(
        { client: provider },
        { resourceConfigurationIdentifier: ids.single },
      ),
    );
    expect(one.items.map((a) => a.resourceConfigurationName)).toEqual(["orders-db"]);
  });

  it("lists VPC associations and endpoint associations (the latter requires serviceNetworkIdentifier)", async () => {
    const vpcAssocs = await collect(
      paginateListServiceNetworkVpcAssociations(
        { client: consumer, pageSize: 1 },
        { vpcIdentifier: ids.consumerVpc },
      ),
    );
    expect(vpcAssocs.items).toMatchObject([
      { serviceNetworkId: ids.serviceNetwork, vpcId: ids.consumerVpc, createdBy: CONSUMER },
    ]);
    const endpoints = await collect(
      paginateListServiceNetworkVpcEndpointAssociations(
        { client: provider, pageSize: 1 },
        { serviceNetworkIdentifier: ids.serviceNetwork },
      ),
    );
    expect(endpoints.items).toMatchObject([
      { vpcEndpointId: ids.snEndpoint, vpcEndpointOwnerId: CONSUMER, state: "ACTIVE" },
    ]);
    await expect(
      provider.send(new ListServiceNetworkVpcEndpointAssociationsCommand({} as never)),
    ).rejects.toMatchObject({
      name: "ValidationException",
      fieldList: [{ name: "serviceNetworkIdentifier" }],
    });
  });

  it("lists services and service associations", async () => {
    expect((await collect(paginateListServices({ client: provider, pageSize: 1 }, {}))).items).toHaveLength(
      1,
    );
    const assocs = await collect(
      paginateListServiceNetworkServiceAssociations({ client: provider, pageSize: 1 }, {}),
    );
    expect(assocs.items).toMatchObject([{ serviceId: ids.service, serviceNetworkId: ids.serviceNetwork }]);
  });

  it("lists access-log subscriptions with log-group destination ARNs; resourceIdentifier is required", async () => {
    const { items } = await collect(
      paginateListAccessLogSubscriptions(
        { client: provider, pageSize: 1 },
        { resourceIdentifier: ids.single },
      ),
    );
    expect(items).toMatchObject([
      {
        resourceId: ids.single,
        destinationArn: `arn:aws:logs:us-east-1:${PROVIDER}:log-group:/aws/vpc-lattice/resources`,
      },
    ]);
    await expect(provider.send(new ListAccessLogSubscriptionsCommand({} as never))).rejects.toMatchObject({
      name: "ValidationException",
    });
  });

  it("lists tags by ARN", async () => {
    const arn = `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourceconfiguration/${ids.single}`;
    expect((await provider.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({
      app: "orders",
    });
  });

  it("rejects malformed identifiers with 400, not 404", async () => {
    await expect(
      provider.send(new GetResourceGatewayCommand({ resourceGatewayIdentifier: "gw-1" })),
    ).rejects.toMatchObject({
      name: "ValidationException",
      fieldList: [{ name: "resourceGatewayIdentifier" }],
    });
  });

  it("rejects maxResults outside 1-100 and foreign tokens", async () => {
    await expect(provider.send(new ListResourceGatewaysCommand({ maxResults: 101 }))).rejects.toMatchObject({
      name: "ValidationException",
    });
    await expect(
      provider.send(new ListResourceGatewaysCommand({ nextToken: "garbage" })),
    ).rejects.toMatchObject({
      name: "ValidationException",
    });
  });

  it("surfaces throttling without retries and absorbs it with retries", async () => {
    sim.setFaults([{ service: "vpc-lattice", operation: "ListResourceGateways", throttleRate: 1 }]);
    await expect(provider.send(new ListResourceGatewaysCommand({}))).rejects.toMatchObject({
      name: "ThrottlingException",
      $metadata: { httpStatusCode: 429 },
    });
    sim.setFaults([{ service: "vpc-lattice", operation: "ListResourceGateways", throttleRate: 0.5 }]);
    const retrying = new VPCLatticeClient(clientConfig(sim, PROVIDER_KEY, 5));
    const out = await retrying.send(new ListResourceGatewaysCommand({}));
    expect(out.items).toHaveLength(1);
    expect(out.$metadata.attempts).toBe(2);
    sim.setFaults([]);
  });

  it("answers AccessDeniedException for an account under an accessDenied fault", async () => {
    sim.setFaults([{ service: "vpc-lattice", account: CONSUMER, accessDenied: true }]);
    await expect(consumer.send(new ListResourceGatewaysCommand({}))).rejects.toMatchObject({
      name: "AccessDeniedException",
      $metadata: { httpStatusCode: 403 },
    });
    await expect(provider.send(new ListResourceGatewaysCommand({}))).resolves.toBeDefined();
    sim.setFaults([]);
  });
});
