import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { ZonePicker } from "../time/zone-picker";
import { CopyLinkButton } from "./copy-link-button";
import { NavLinks } from "./nav-links";
import { type RefreshAction, RefreshButton } from "./refresh-button";
import { ScheduleViewLink } from "./schedule-view-link";

export function AppHeader({
  meta,
  refresh,
  user,
  publicBase,
}: {
  meta?: ReactNode;
  refresh?: RefreshAction;
  /** The signed-in user; without one (a public page before sign-in) only the brand is shown. */
  user?: ReactNode;
  /** LATTICE_LENS_PUBLIC_URL, for "Copy link". */
  publicBase?: string;
}) {
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          ◈
        </span>
        Lattice Lens
      </Link>
      {refresh && <NavLinks />}
      <div className="header-tools">
        {meta}
        {refresh && (
          <Suspense fallback={null}>
            <ScheduleViewLink />
          </Suspense>
        )}
        <Suspense fallback={null}>
          <ZonePicker />
        </Suspense>
        {refresh && (
          <Suspense fallback={null}>
            <CopyLinkButton publicBase={publicBase} />
          </Suspense>
        )}
        {refresh && <RefreshButton action={refresh} />}
        {user}
      </div>
    </header>
  );
}
