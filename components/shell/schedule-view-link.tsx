"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

/** "Schedule this view…": the report form, prefilled with the current page and its filters. */
export function ScheduleViewLink() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  if (pathname.startsWith("/reports")) return null;
  const url = search ? `${pathname}?${search}` : pathname;
  return (
    <Link
      className="btn no-print"
      href={`/reports/new?url=${encodeURIComponent(url)}`}
      data-testid="schedule-view"
    >
      Schedule this view…
    </Link>
  );
}
