/**
 * Access key → account. Scenario keys map to their account; keys issued by the simulator's
 * AssumeRole embed the target account (`ASIA` + 12 digits + suffix), so role-based account
 * configuration works without server-side sessions; anything else is the first account.
 */
import type { Scenario } from "../scenario/schema";

export const TEMP_KEY_PREFIX = "ASIA";

export function temporaryAccessKeyId(account: string, suffix: string): string {
  return `${TEMP_KEY_PREFIX}${account}${suffix.toUpperCase().slice(0, 4).padEnd(4, "0")}`;
}

export function resolveAccount(scenario: Scenario, accessKeyId: string): string {
  for (const account of scenario.accounts) if (account.accessKeyIds.includes(accessKeyId)) return account.id;
  const m = /^ASIA(\d{12})/.exec(accessKeyId);
  if (m && scenario.accounts.some((a) => a.id === m[1])) return m[1]!;
  return scenario.accounts[0]!.id;
}
