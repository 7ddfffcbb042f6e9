import Link from "next/link";
import type { ResourceKind } from "@/lib/inventory/find-by-id";

const base: Record<ResourceKind, string> = {
  gateway: "/gateways",
  configuration: "/configurations",
  endpoint: "/endpoints",
  "service-network": "/service-networks",
};

export function resourceHref(kind: ResourceKind, id: string): string {
  return `${base[kind]}/${encodeURIComponent(id)}`;
}

/** Link to a detail page: the name, with the id in monospace (or the id alone). */
export function ResourceLink({ kind, id, name }: { kind: ResourceKind; id: string; name?: string }) {
  return (
    <Link href={resourceHref(kind, id)} className="rlink">
      {name && name !== id ? (
        <>
          <span>{name}</span> <code className="dim">{id}</code>
        </>
      ) : (
        <code>{id}</code>
      )}
    </Link>
  );
}
