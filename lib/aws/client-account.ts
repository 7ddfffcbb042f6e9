/**
 * Which account an SDK client reads, for code that only holds the client (the Logs Insights
 * queue keys its slots by account × region). Held on globalThis because Next's bundles and our
 * server may each load their own copy of this module.
 */
const key = Symbol.for("lattice-lens.client-account");
type Holder = { [key]?: WeakMap<object, string> };

function accounts(): WeakMap<object, string> {
  const g = globalThis as Holder;
  g[key] ??= new WeakMap();
  return g[key];
}

export function tagClientAccount(client: object, accountId: string): void {
  accounts().set(client, accountId);
}

export function clientAccount(client: object): string | undefined {
  return accounts().get(client);
}
