import type { Gateway, SecurityGroup } from "@/lib/schemas/inventory";
import type { InventoryIndex } from "./inventory-index";

export interface GatewaySecurityGroups {
  ids: string[];
  visible: SecurityGroup[];
  /** Listed on the gateway but absent from the inventory (not described, or another account's). */
  missing: string[];
}

/** The gateway's groups: those on the gateway itself plus any seen on its ENIs. */
export function gatewaySecurityGroups(gateway: Gateway, index: InventoryIndex): GatewaySecurityGroups {
  const ids = [...new Set([...gateway.securityGroupIds, ...gateway.enis.flatMap((e) => e.securityGroupIds)])];
  const visible: SecurityGroup[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const sg = index.securityGroups.get(id);
    if (sg) visible.push(sg);
    else missing.push(id);
  }
  return { ids, visible, missing };
}
