/**
 * The setup check (lib/setup, shared by /setup and `npm run doctor`) against the simulator: the
 * demo's real gaps come out with commands naming their real ids, and an access-denied fault
 * becomes a blocking denial with the policy statement that grants the operation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import { formatSetupText } from "@/lib/setup/format-setup-text";
import { runSetupCheck } from "@/lib/setup/run-setup-check";
import type { SetupReport } from "@/lib/setup/setup-report";
import { ids, traffic } from "../fixtures/default-scenario-facts";
import { startTrafficHarness, type TrafficHarness } from "./traffic-harness";

const PROVIDER = "111111111111";
const ANALYTICS = "333333333333";
let h: TrafficHarness;
let report: SetupReport;
beforeAll(async () => {
  h = await startTrafficHarness();
  report = await runSetupCheck({ config: h.config, inventory: h.inventory });
});
afterAll(() => h?.sim.close());

const gapsOf = (account: string, region = "us-east-1") =>
  report.checks.find((c) => c.accountId === account && c.region === region)?.gaps ?? [];
const commands = (r: SetupReport) =>
  r.checks.flatMap((c) => c.gaps.flatMap((g) => g.fix?.commands.map((x) => x.text) ?? []));

describe("setup check on the demo estate", () => {
  it("resolves every account's identity and nothing blocks the core views", () => {
    expect(report.checks.length).toBe(h.config.accounts.length * h.config.regions.length);
    for (const c of report.checks) expect(c.identity?.account).toBe(c.accountId);
    expect(report.blocking).toBe(false);
  });

  it("lists the endpoint ENIs without flow logs, with create-flow-logs naming them", () => {
    const gap = gapsOf(ANALYTICS).find((g) => g.kind === "endpoint-flow-logs");
    const analyticsEnis = h.inventory.endpoints
      .filter((e) => e.accountId === ANALYTICS && e.region === "us-east-1")
      .flatMap((e) => e.eniIds);
    expect(gap?.resourceIds.sort()).toEqual(analyticsEnis.sort());
    const create = gap?.fix?.commands.find((c) => c.operation === "create-flow-logs");
    for (const eni of analyticsEnis) expect(create?.text).toContain(eni);
  });

  it("flags the gateway flow log in the default format, with the fields it lacks", () => {
    const gap = gapsOf(PROVIDER).find((g) => g.kind === "flow-log-format");
    expect(gap?.title).toMatch(/lacks pkt-srcaddr, pkt-dstaddr, tcp-flags, flow-direction/);
    expect(gap?.fix?.commands.map((c) => c.operation)).toEqual(["create-flow-logs", "delete-flow-logs"]);
  });

  it("lists the configurations without resource access logs", () => {
    const flagged = report.checks
      .flatMap((c) => c.gaps)
      .filter((g) => g.kind === "configuration-access-logs")
      .flatMap((g) => g.resourceIds);
    for (const id of traffic.configurationsWithoutAccessLogs) expect(flagged).toContain(id);
    expect(flagged).not.toContain(ids.configurations.ordersPostgres);
    expect(commands(report).join("\n")).toContain(
      `aws vpc-lattice create-access-log-subscription --region us-east-1 --resource-identifier ${ids.configurations.sessionsRedis}`,
    );
  });

  it("names consumer VPCs no Network Flow Monitor watches, and not the watched ones", () => {
    const nfm = report.checks.flatMap((c) => c.gaps).filter((g) => g.kind === "network-flow-monitor");
    const vpcs = nfm.flatMap((g) => g.resourceIds);
    expect(vpcs).not.toContain("vpc-8f9d5ae518c480c2e");
    expect(vpcs).not.toContain("vpc-e76b081a85ca70d78");
    expect(vpcs.length).toBeGreaterThan(0);
  });

  it("prints the same as text", () => {
    const text = formatSetupText(report);
    expect(text).toContain("Nothing blocks the core views.");
    for (const c of commands(report)) expect(text).toContain(c);
  });
});

describe("a denied read", () => {
  it("is a blocking denial with the granting statement, and the report blocks", async () => {
    h.sim.setFaults([
      { service: "ec2", operation: "DescribeVpcEndpoints", account: ANALYTICS, accessDenied: true },
    ]);
    try {
      const inventory = await discoverInventory(h.config);
      const r = await runSetupCheck({ config: h.config, inventory });
      const check = r.checks.find((c) => c.accountId === ANALYTICS && c.region === "us-east-1");
      const d = check?.denied.find((x) => x.action === "ec2:DescribeVpcEndpoints");
      expect(d?.blocking).toBe(true);
      expect(d?.statement?.sid).toBe("LatticeLensDiscoverEc2");
      expect(r.blocking).toBe(true);
      expect(formatSetupText(r)).toContain("BLOCKING: ec2:DescribeVpcEndpoints is denied");
    } finally {
      h.sim.setFaults([]);
    }
  });
});
