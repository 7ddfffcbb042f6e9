"use client";

import Link from "next/link";
import { statusTone } from "@/lib/inventory/status-tone";

/** Small cell renderers shared by the list tables (client-side twins of components/ui). */
/** The link is the name alone (what people search and say); the id sits below it, selectable. */
export function NameCell({ href, name, id }: { href: string; name: string; id: string }) {
  return name !== id ? (
    <>
      <Link href={href} className="rlink">
        {name}
      </Link>
      <code className="cell-sub">{id}</code>
    </>
  ) : (
    <Link href={href} className="rlink">
      <code>{id}</code>
    </Link>
  );
}

export function Badge({ status }: { status: string }) {
  return status ? <span className={`badge badge-${statusTone(status)}`}>{status}</span> : null;
}

export function Mono({ value }: { value: string }) {
  return value ? <code>{value}</code> : <span className="dim">—</span>;
}

export function AccountCell({ id, name }: { id: string; name?: string }) {
  return (
    <span>
      <code>{id}</code>
      {name && <span className="cell-sub">{name}</span>}
    </span>
  );
}
