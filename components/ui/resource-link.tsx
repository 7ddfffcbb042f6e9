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

/** Link to a detail page: the name as the link, the id beside it in monospace (or the id alone as the link). */
export function ResourceLink({ kind, id, name }: { kind: ResourceKind; id: string; name?: string }) {
  return (
    <span className="rlink">
      <Link href={resourceHref(kind, id)}>{name && name !== id ? name : <code>{id}</code>}</Link>
      {name && name !== id && (
        <>
          {" "}
          <code className="dim">{id}</code>
        </>
      )}
    </span>
  );
}
