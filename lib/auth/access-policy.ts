import type { Audience, AuthConfig } from "./auth-config-schema";
import type { Role } from "./identity";

export interface Claimed {
  email?: string;
  groups: readonly string[];
}

function inAudience(audience: Audience | undefined, who: Claimed): boolean {
  if (!audience) return false;
  const email = who.email?.toLowerCase();
  if (email) {
    if (audience.emails.some((e) => e.toLowerCase() === email)) return true;
    const domain = email.slice(email.lastIndexOf("@") + 1);
    if (audience.domains.some((d) => d.toLowerCase() === domain)) return true;
  }
  return audience.groups.some((g) => who.groups.includes(g));
}

export type RoleDecision = { ok: true; role: Role } | { ok: false; reason: string };

/**
 * Editor if in `editors`, else viewer if in `viewers`, else refused. With no `viewers` list,
 * `everyoneViews` decides (proxy mode: the proxy already chose who gets through).
 */
export function decideRole(
  who: Claimed,
  config: Pick<AuthConfig, "viewers" | "editors"> | undefined,
  everyoneViews: boolean,
): RoleDecision {
  if (inAudience(config?.editors, who)) return { ok: true, role: "editor" };
  if (inAudience(config?.viewers, who)) return { ok: true, role: "viewer" };
  if (!config?.viewers && everyoneViews) return { ok: true, role: "viewer" };
  const who_ = who.email ?? (who.groups.length ? `groups ${who.groups.join(", ")}` : "this identity");
  return {
    ok: false,
    reason: `${who_} is not allowed in: not in auth.viewers or auth.editors (emails, domains, groups)`,
  };
}
