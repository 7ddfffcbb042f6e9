import type { Inventory } from "@/lib/schemas/inventory";
import type { ResourceKind } from "./find-by-id";
import { statusTone } from "./status-tone";

export interface UnhealthyItem {
  kind: ResourceKind | "association";
  id: string;
  name?: string;
  accountId: string;
  region: string;
  status: string;
  tone: "bad" | "pending";
  reason?: string;
  /** For associations: the resource whose page shows it. */
  link?: { kind: ResourceKind; id: string };
}

/** Everything not ACTIVE/available, failures first: what on-call looks at before anything else. */
export function unhealthyResources(inv: Inventory): UnhealthyItem[] {
  const out: UnhealthyItem[] = [];
  const add = (item: Omit<UnhealthyItem, "tone">) => {
    const tone = statusTone(item.status);
    if (tone === "bad" || tone === "pending") out.push({ ...item, tone });
  };
  for (const g of inv.gateways)
    add({
      kind: "gateway",
      id: g.id,
      name: g.name,
      accountId: g.accountId,
      region: g.region,
      status: g.status,
    });
  for (const c of inv.resourceConfigurations) {
    add({
      kind: "configuration",
      id: c.id,
      name: c.name,
      accountId: c.accountId,
      region: c.region,
      status: c.status,
      reason: c.failureReason,
    });
  }
  for (const e of inv.endpoints) {
    add({
      kind: "endpoint",
      id: e.id,
      accountId: e.accountId,
      region: e.region,
      status: e.state,
      reason: e.failureReason,
    });
  }
  for (const a of inv.associations) {
    if (!a.status) continue;
    const link: UnhealthyItem["link"] =
      a.kind === "resource-endpoint"
        ? { kind: "configuration", id: a.resourceConfigurationId }
        : a.kind === "sn-resource"
          ? { kind: "configuration", id: a.resourceConfigurationId }
          : { kind: "service-network", id: a.serviceNetworkId };
    add({
      kind: "association",
      id: a.id,
      accountId: a.accountId,
      region: a.region,
      status: a.status,
      reason: a.kind === "sn-resource" ? a.failureCode : undefined,
      link,
    });
  }
  return out.sort((x, y) => (x.tone === y.tone ? 0 : x.tone === "bad" ? -1 : 1));
}
