import type { Inventory } from "@/lib/schemas/inventory";

/** account id → configured name, for labels ("111111111111 (provider)"). */
export function accountNames(inv: Pick<Inventory, "accounts">): Record<string, string> {
  return Object.fromEntries(inv.accounts.flatMap((a) => (a.name ? [[a.accountId, a.name]] : [])));
}
