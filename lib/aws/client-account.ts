import { processSingleton } from "@/lib/process-singleton";

/**
 * Which account an SDK client reads, for code that only holds the client (the Logs Insights
 * queue keys its slots by account × region).
 */
function accounts(): WeakMap<object, string> {
  return processSingleton("client-account", () => new WeakMap<object, string>());
}

export function tagClientAccount(client: object, accountId: string): void {
  accounts().set(client, accountId);
}

export function clientAccount(client: object): string | undefined {
  return accounts().get(client);
}
