/**
 * What an endpoint policy says about a connection, as far as it can be told without the caller:
 * none (EC2 returned no document: the default full-access policy applies), allow-all, or statements
 * whose principals or conditions only the caller's identity can decide.
 */
interface Statement {
  Effect?: string;
  Principal?: unknown;
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: unknown;
}

const star = (v: unknown) =>
  v === "*" ||
  (Array.isArray(v) && v.includes("*")) ||
  (typeof v === "object" && v !== null && (v as { AWS?: unknown }).AWS === "*");

export function describePolicy(document: string | undefined): { decided: boolean; summary: string } {
  if (!document)
    return { decided: true, summary: "No endpoint policy returned: the default policy allows full access." };
  let statements: Statement[];
  try {
    const parsed = JSON.parse(document) as { Statement?: Statement | Statement[] };
    statements = Array.isArray(parsed.Statement)
      ? parsed.Statement
      : parsed.Statement
        ? [parsed.Statement]
        : [];
  } catch {
    return { decided: false, summary: "The endpoint policy could not be read as JSON." };
  }
  const allowAll = statements.some(
    (s) =>
      s.Effect === "Allow" && star(s.Principal) && star(s.Action) && star(s.Resource ?? "*") && !s.Condition,
  );
  const denies = statements.filter((s) => s.Effect === "Deny").length;
  if (allowAll && denies === 0)
    return { decided: true, summary: "The endpoint policy allows every principal and action." };
  return {
    decided: false,
    summary: `The endpoint policy has ${statements.length} statement(s)${denies ? `, ${denies} Deny` : ""} limited by principal, action or condition: whether it admits this connection depends on the caller's identity.`,
  };
}
