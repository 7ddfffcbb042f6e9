/**
 * What one flow query over a log group should ask for: every gateway ENI in the inventory that
 * the same flow log (group and format) covers, and the resource ports of all those gateways'
 * configurations. Logs Insights bills the bytes of the log group scanned, whatever the filter, so
 * one query for all gateways in a VPC's log group costs what a query for one gateway costs — and
 * the configuration, gateway and estate views then share the same cached buckets. Pure; memoized
 * per inventory.
 */
import type { FlowLog, Inventory } from "@/lib/schemas/inventory";
import { coverEnis, scopeKey } from "./flow-coverage";
import { mergeRanges, type PortRange, resourceTargets } from "./resource-targets";

export interface FlowLogScope {
  flowLog: FlowLog;
  eniIds: string[];
  ports: PortRange[];
}

const memo = new WeakMap<Inventory, Map<string, FlowLogScope>>();

export function flowLogScopes(inventory: Inventory): Map<string, FlowLogScope> {
  const hit = memo.get(inventory);
  if (hit) return hit;
  const scopes = new Map<string, FlowLogScope>();
  for (const gateway of inventory.gateways) {
    const configIds = inventory.resourceConfigurations
      .filter((c) => c.gatewayId === gateway.id || gateway.configurationIds.includes(c.id))
      .map((c) => c.id);
    const ports = resourceTargets(inventory, configIds).flatMap((t) => t.ports);
    for (const c of coverEnis(gateway.enis, gateway.accountId, gateway.region, inventory.flowLogs)) {
      if (!c.flowLog?.logGroupName) continue;
      const k = scopeKey(c.flowLog);
      const scope = scopes.get(k) ?? { flowLog: c.flowLog, eniIds: [], ports: [] };
      if (!scope.eniIds.includes(c.eni.id)) scope.eniIds.push(c.eni.id);
      scope.ports = mergeRanges([...scope.ports, ...ports]);
      scopes.set(k, scope);
    }
  }
  for (const s of scopes.values()) s.eniIds.sort();
  memo.set(inventory, scopes);
  return scopes;
}
