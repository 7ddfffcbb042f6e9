import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "./nav-links";
import { type RefreshAction, RefreshButton } from "./refresh-button";

export function AppHeader({ meta, refresh }: { meta: ReactNode; refresh: RefreshAction }) {
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          ◈
        </span>
        Lattice Lens
      </Link>
      <NavLinks />
      <div className="header-tools">
        {meta}
        <RefreshButton action={refresh} />
      </div>
    </header>
  );
}
