"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * Body of a detail segment's not-found page. not-found.tsx gets no params, so the id comes from the
 * path the user asked for.
 */
export function MissingResource({
  noun,
  listHref,
  listLabel,
}: {
  noun: string;
  listHref: string;
  listLabel: string;
}) {
  const pathname = usePathname();
  const last = pathname.split("/").filter(Boolean).pop() ?? "";
  let id = last;
  try {
    id = decodeURIComponent(last);
  } catch {}
  return (
    <>
      <div className="page-head">
        <div>
          <div className="kicker">Not found</div>
          <h1>
            No {noun} <code>{id}</code>
          </h1>
        </div>
      </div>
      <section className="panel">
        <p>
          No {noun} <code>{id}</code> in the accounts and regions Lattice Lens watches.
        </p>
        <p className="muted">
          It may have been deleted, live in an account or region that is not configured, or discovery for its
          account and region may have failed (see the warnings on the overview).
        </p>
        <p className="links">
          <Link href={listHref}>All {listLabel}</Link> · <Link href="/">Overview</Link>
        </p>
      </section>
    </>
  );
}
