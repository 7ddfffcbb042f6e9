/**
 * Every command the setup check suggests is checked against the AWS service models: the
 * operation exists, every flag names a member of its input, every required member is given, and
 * enum values are valid. No AWS CLI call can be made here, so the botocore models
 * (../shared/reference/aws-models) are the authority; for the three operations not in the stored
 * subsets, the members are taken from AWS's API reference pages (cited below).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT } from "@/lib/flows/recommended-flow-log-format";
import { shellQuote } from "./cli-command";
import { accessLogsFix, flowLogFormatFix, flowLogsFix, monitorFix, policyFix } from "./fixes";
import type { CliCommand } from "./setup-report";

const MODELS = path.resolve(__dirname, "../../../shared/reference/aws-models");
const MODEL_FILE: Record<string, string> = {
  "vpc-lattice": "vpc-lattice.json",
  logs: "logs.json",
  networkflowmonitor: "networkflowmonitor.json",
};

interface Shape {
  type: string;
  members?: Record<string, { shape: string }>;
  required?: string[];
  enum?: string[];
}
interface Model {
  operations: Record<string, { input?: { shape: string } }>;
  shapes: Record<string, Shape>;
}
const models = new Map<string, Model>();
function model(service: string): Model | undefined {
  const file = MODEL_FILE[service];
  if (!file) return undefined;
  if (!models.has(service)) models.set(service, JSON.parse(readFileSync(path.join(MODELS, file), "utf8")));
  return models.get(service);
}

/** Operations the stored model subsets lack, with their members from AWS's API reference. */
const DOCUMENTED: Record<string, { source: string; members: string[]; required: string[] }> = {
  "ec2 create-flow-logs": {
    source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html",
    members: [
      "ClientToken",
      "DeliverCrossAccountRole",
      "DeliverLogsPermissionArn",
      "DestinationOptions",
      "DryRun",
      "LogDestination",
      "LogDestinationType",
      "LogFormat",
      "LogGroupName",
      "MaxAggregationInterval",
      "ResourceIds",
      "ResourceType",
      "TagSpecifications",
      "TrafficType",
    ],
    required: ["ResourceIds", "ResourceType"],
  },
  "ec2 delete-flow-logs": {
    source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteFlowLogs.html",
    members: ["DryRun", "FlowLogIds"],
    required: ["FlowLogIds"],
  },
  "iam put-role-policy": {
    source: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html",
    members: ["RoleName", "PolicyName", "PolicyDocument"],
    required: ["RoleName", "PolicyName", "PolicyDocument"],
  },
};

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const norm = (s: string) => s.toLowerCase();

/** Problems with one command; empty when the models accept it. */
function check(cmd: CliCommand): string[] {
  const problems: string[] = [];
  const flags = cmd.args.map(([f]) => f).filter((f) => f !== "--region");
  const names = flags.map((f) => pascal(f.replace(/^--/, "")));
  const m = model(cmd.service);
  if (m) {
    const op = m.operations[pascal(cmd.operation)];
    if (!op) return [`${cmd.service} has no operation ${pascal(cmd.operation)}`];
    const input = op.input ? m.shapes[op.input.shape] : undefined;
    const members = input?.members ?? {};
    const byNorm = new Map(Object.keys(members).map((k) => [norm(k), k]));
    names.forEach((n, i) => {
      const member = byNorm.get(norm(n));
      if (!member) {
        problems.push(`${cmd.operation}: no member for ${flags[i]}`);
        return;
      }
      const shape = m.shapes[members[member]!.shape];
      const values = cmd.args.find(([f]) => f === flags[i])!.slice(1);
      if (shape?.enum)
        for (const v of values)
          if (!shape.enum.includes(v)) problems.push(`${flags[i]}: ${v} not in ${shape.enum}`);
      if (
        shape?.type === "list" &&
        values.length > 0 &&
        m.shapes[(shape as unknown as { member: { shape: string } }).member.shape]?.type === "structure"
      ) {
        const item = m.shapes[(shape as unknown as { member: { shape: string } }).member.shape]!;
        for (const v of values)
          for (const pair of v.split(",")) {
            const k = pair.split("=")[0]!;
            if (!item.members?.[k])
              problems.push(`${flags[i]}: ${k} is not a member of ${members[member]!.shape}`);
          }
      }
    });
    for (const r of input?.required ?? [])
      if (!names.some((n) => norm(n) === norm(r))) problems.push(`${cmd.operation}: required ${r} missing`);
    return problems;
  }
  const doc = DOCUMENTED[`${cmd.service} ${cmd.operation}`];
  if (!doc) return [`no model or documented members for ${cmd.service} ${cmd.operation}`];
  for (const n of names)
    if (!doc.members.includes(n)) problems.push(`${cmd.operation}: no member ${n} (${doc.source})`);
  for (const r of doc.required)
    if (!names.includes(r)) problems.push(`${cmd.operation}: required ${r} missing`);
  return problems;
}

const A = "222222222222";
const R = "us-east-1";
const fixes = {
  "flow logs (new group)": flowLogsFix(A, R, ["eni-0123456789abcdef0", "eni-0fedcba9876543210"], undefined),
  "flow logs (existing group)": flowLogsFix(A, R, ["eni-0123456789abcdef0"], "/vpc/flow-logs"),
  "flow-log format": flowLogFormatFix(A, R, {
    id: "fl-0123456789abcdef0",
    resourceId: "vpc-0123456789abcdef0",
    logGroupName: "/vpc/flow",
  }),
  "configuration access logs": accessLogsFix(A, R, "rcfg-0123456789abcdef0", undefined),
  "service network access logs": accessLogsFix(A, R, "sn-0123456789abcdef0", "/lattice/access"),
  monitor: monitorFix(A, R, "vpc-0123456789abcdef0"),
  policy: policyFix(`arn:aws:iam::${A}:role/LatticeLensReadOnly`)!,
};

describe("suggested commands match the AWS service models", () => {
  it.each(Object.entries(fixes))("%s", (_, fix) => {
    expect(fix.commands.length).toBeGreaterThan(0);
    for (const cmd of fix.commands) expect(check(cmd), cmd.text).toEqual([]);
  });

  it("the checker itself catches a wrong flag, a missing required member and a bad enum value", () => {
    const [cmd] = accessLogsFix(A, R, "sn-0123456789abcdef0", "/g").commands.slice(-1);
    expect(check({ ...cmd!, args: [...cmd!.args, ["--log-type", "x"]] })).not.toEqual([]);
    expect(check({ ...cmd!, args: cmd!.args.filter(([f]) => f !== "--destination-arn") })).not.toEqual([]);
    expect(
      check({
        ...cmd!,
        args: cmd!.args.map((a) =>
          a[0] === "--service-network-log-type" ? ["--service-network-log-type", "ALL"] : a,
        ),
      }),
    ).not.toEqual([]);
    expect(check({ ...cmd!, operation: "create-access-log-subscriptions" })).not.toEqual([]);
  });

  it("fills in the real ids and quotes what the shell would change", () => {
    const text = fixes["flow logs (new group)"].commands.map((c) => c.text).join("\n");
    expect(text).toContain("--resource-ids eni-0123456789abcdef0 eni-0fedcba9876543210");
    expect(text).toContain(`'${RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT}'`);
    expect(fixes["service network access logs"].commands[0]!.text).toContain(
      "--destination-arn arn:aws:logs:us-east-1:222222222222:log-group:/lattice/access",
    );
    expect(shellQuote("a'b; rm -rf /")).toBe(`'a'\\''b; rm -rf /'`);
    expect(shellQuote("$(whoami)")).toBe("'$(whoami)'");
  });
});
