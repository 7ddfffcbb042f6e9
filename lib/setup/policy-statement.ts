/** The statement of the shipped read-only policy that grants an action, to show beside a denial. Pure. */
import policy from "@/iam/lattice-lens-readonly-policy.json";

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
}

export function statementFor(action: string): { sid?: string; json: string } | undefined {
  const s = (policy.Statement as Statement[]).find((st) =>
    (Array.isArray(st.Action) ? st.Action : [st.Action]).includes(action),
  );
  return s ? { sid: s.Sid, json: JSON.stringify(s, null, 2) } : undefined;
}

/** Operations without which the inventory (every core view) is incomplete. */
export function blocksCoreViews(action: string): boolean {
  return action.startsWith("vpc-lattice:") || action.startsWith("ec2:") || action === "sts:GetCallerIdentity";
}
