import { z } from "zod";
import { type Finding, type Severity, severities } from "./finding";

/** `?account=&region=&severity=` for /api/findings and /findings; each parameter may repeat. */
export const findingsQuerySchema = z
  .object({
    account: z.array(z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id")).default([]),
    region: z
      .array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be an AWS region such as us-east-1"))
      .default([]),
    severity: z.array(z.enum(severities as [Severity, ...Severity[]])).default([]),
  })
  .strict();

export type FindingsQuery = z.infer<typeof findingsQuerySchema>;

export type FindingsQueryResult =
  | { ok: true; query: FindingsQuery }
  | { ok: false; parameter: string; message: string };

const known = new Set(["account", "region", "severity"]);

/** Parses URL parameters; the error names the offending parameter so the user can fix the link. */
export function parseFindingsQuery(params: URLSearchParams): FindingsQueryResult {
  for (const key of params.keys()) {
    if (!known.has(key)) return { ok: false, parameter: key, message: `Unknown parameter "${key}".` };
  }
  // Empty values (e.g. a cleared select) mean "no filter".
  const list = (key: string) =>
    params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .filter((v) => v !== "");
  const parsed = findingsQuerySchema.safeParse({
    account: list("account"),
    region: list("region"),
    severity: list("severity"),
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0];
  const parameter = String(issue?.path[0] ?? "query");
  const value = issue?.path.length === 2 ? list(parameter)[Number(issue.path[1])] : undefined;
  return {
    ok: false,
    parameter,
    message: `Invalid ${parameter}${value !== undefined ? ` "${value}"` : ""}: ${
      parameter === "severity" ? "must be critical, warning or info" : issue?.message
    }.`,
  };
}

/** Keeps findings of the selected severities that touch a selected account and region (any resource). */
export function filterFindings(findings: Finding[], query: Partial<FindingsQuery>): Finding[] {
  const { account = [], region = [], severity = [] } = query;
  return findings.filter(
    (f) =>
      (severity.length === 0 || severity.includes(f.severity)) &&
      (account.length === 0 || f.resources.some((r) => account.includes(r.accountId))) &&
      (region.length === 0 || f.resources.some((r) => region.includes(r.region))),
  );
}
