/**
 * The read-only IAM policy in iam/ must list exactly the AWS operations the product calls:
 * a call the policy lacks fails in production; an action the code never calls is excess privilege.
 * Calls are found in the source as SDK commands and paginators, or declared with an
 * `// aws-operation: service:Action` comment where the SDK makes the call for us (credential providers)
 * or a hand-signed client does.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const policy = JSON.parse(readFileSync(path.join(root, "iam/lattice-lens-readonly-policy.json"), "utf8")) as {
  Statement: { Effect: string; Action: string | string[] }[];
};

const CLIENT_PREFIX: Record<string, string> = {
  "client-vpc-lattice": "vpc-lattice",
  "client-ec2": "ec2",
  "client-cloudwatch": "cloudwatch",
  "client-cloudwatch-logs": "logs",
  "client-sts": "sts",
  "client-organizations": "organizations",
};

/** Read operations and query lifecycles only; anything else is a write. */
const READ_ONLY = /^(Describe|List|Get|BatchGet|StartQuery|StopQuery|FilterLogEvents|AssumeRole$)/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push(p);
  }
  return out;
}

function calledActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of [...sourceFiles(path.join(root, "lib")), ...sourceFiles(path.join(root, "app"))]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"@aws-sdk\/(client-[a-z0-9-]+)"/g,
    )) {
      const prefix = CLIENT_PREFIX[m[2]!];
      if (!prefix) throw new Error(`${file}: no IAM prefix known for @aws-sdk/${m[2]}`);
      for (const raw of m[1]!.split(",")) {
        const name = raw
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)[0]!;
        const command = /^([A-Z]\w+)Command$/.exec(name);
        const paginator = /^paginate([A-Z]\w+)$/.exec(name);
        const op = command?.[1] ?? paginator?.[1];
        if (op && !raw.trim().startsWith("type ")) actions.add(`${prefix}:${op}`);
      }
    }
    for (const m of text.matchAll(/\/\/\s*aws-operation:\s*([a-z0-9-]+:[A-Za-z]+)/g)) actions.add(m[1]!);
  }
  return actions;
}

const allowed = new Set(
  policy.Statement.filter((s) => s.Effect === "Allow").flatMap((s) =>
    Array.isArray(s.Action) ? s.Action : [s.Action],
  ),
);
const called = calledActions();

describe("read-only IAM policy", () => {
  it("finds the operations the code calls", () => {
    expect(called.size).toBeGreaterThan(10);
  });

  it("allows every operation the code calls", () => {
    expect([...called].filter((a) => !allowed.has(a)).sort()).toEqual([]);
  });

  it("allows nothing the code does not call (no wildcards)", () => {
    expect([...allowed].filter((a) => !called.has(a)).sort()).toEqual([]);
  });

  it("contains only read operations", () => {
    expect([...allowed, ...called].filter((a) => !READ_ONLY.test(a.split(":")[1] ?? "")).sort()).toEqual([]);
  });
});
