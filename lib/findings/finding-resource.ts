import type { FindingResource, FindingResourceKind } from "./finding";

/** A finding's reference to an inventory item. */
export function ref(
  kind: FindingResourceKind,
  item: { id: string; accountId: string; region: string; name?: string },
): FindingResource {
  const base = { kind, id: item.id, accountId: item.accountId, region: item.region };
  return item.name && item.name !== item.id ? { ...base, name: item.name } : base;
}

/** The detail page for a resource kind that has one. */
export function resourceHref(resource: FindingResource): string | undefined {
  const id = encodeURIComponent(resource.id);
  switch (resource.kind) {
    case "gateway":
      return `/gateways/${id}`;
    case "configuration":
      return `/configurations/${id}`;
    case "endpoint":
      return `/endpoints/${id}`;
    case "service-network":
      return `/service-networks/${id}`;
    default:
      return undefined;
  }
}

/** Stable finding id from the rule and its resources. */
export function findingId(rule: string, resources: FindingResource[], suffix?: string): string {
  return [rule, ...resources.map((r) => r.id), ...(suffix ? [suffix] : [])].join(":");
}
