/**
 * AWS Organizations ListAccounts through the real SDK client: pages of at most 20, the member
 * shape of the model, the management account only, and the errors AWS gives otherwise.
 */
import path from "node:path";
import {
  ListAccountsCommand,
  OrganizationsClient,
  paginateListAccounts,
} from "@aws-sdk/client-organizations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../scenario/load-scenario";
import { type RunningSimulator, startSimulator } from "../server";
import { clientConfig, FIXED_NOW } from "../test-fixtures/start-test-simulator";

const PROVIDER_KEY = "AKIAPROVIDER00000001";
const PAYMENTS_KEY = "AKIAPAYMENTS00000001";
let sim: RunningSimulator;
let bare: RunningSimulator;

beforeAll(async () => {
  const scenario = loadScenario(path.join(__dirname, "..", "scenario", "default.scenario.json"));
  const extra = Array.from({ length: 47 }, (_, i) => ({
    id: String(500000000000 + i),
    name: `member-${i}`,
    state: i === 0 ? ("SUSPENDED" as const) : ("ACTIVE" as const),
  }));
  sim = await startSimulator({
    scenario: {
      ...scenario,
      organization: {
        id: "o-a1b2c3d4e5",
        managementAccountId: "111111111111",
        delegatedAdministrators: [],
        extraAccounts: extra,
      },
    },
    port: 0,
    now: () => FIXED_NOW,
  });
  bare = await startSimulator({ scenario, port: 0, now: () => FIXED_NOW });
});
afterAll(async () => {
  await sim.close();
  await bare.close();
});

const client = (s: RunningSimulator, key: string) => new OrganizationsClient(clientConfig(s, key));

describe("Organizations ListAccounts", () => {
  it("lists every member over pages of at most 20, in the model's shape", async () => {
    const pages: number[] = [];
    const ids: string[] = [];
    for await (const page of paginateListAccounts({ client: client(sim, PROVIDER_KEY) }, {})) {
      pages.push(page.Accounts?.length ?? 0);
      for (const a of page.Accounts ?? []) {
        ids.push(a.Id!);
        expect(a.Arn).toBe(`arn:aws:organizations::111111111111:account/o-a1b2c3d4e5/${a.Id}`);
        expect(a.State).toMatch(/^(ACTIVE|SUSPENDED)$/);
        expect(a.JoinedTimestamp).toBeInstanceOf(Date);
        expect(a.Name).toBeTruthy();
      }
    }
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(Math.max(...pages)).toBeLessThanOrEqual(20);
    expect(pages.length).toBe(3);
  });

  it("rejects MaxResults above 20 and a forged NextToken", async () => {
    await expect(
      client(sim, PROVIDER_KEY).send(new ListAccountsCommand({ MaxResults: 21 })),
    ).rejects.toMatchObject({
      name: "InvalidInputException",
    });
    await expect(
      client(sim, PROVIDER_KEY).send(new ListAccountsCommand({ NextToken: "nope" })),
    ).rejects.toMatchObject({ name: "InvalidInputException" });
  });

  it("only the management account (or a delegated administrator) may list", async () => {
    await expect(client(sim, PAYMENTS_KEY).send(new ListAccountsCommand({}))).rejects.toMatchObject({
      name: "AccessDeniedException",
    });
  });

  it("without an organization: AWSOrganizationsNotInUseException", async () => {
    await expect(client(bare, PROVIDER_KEY).send(new ListAccountsCommand({}))).rejects.toMatchObject({
      name: "AWSOrganizationsNotInUseException",
    });
  });
});
