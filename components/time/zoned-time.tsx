"use client";

import { formatInZone } from "@/lib/links/display-zone";
import { useDisplayZone } from "./use-display-zone";

/** An instant in the display zone (UTC on the server's first paint). */
export function ZonedTime({ ms, withSeconds = false }: { ms: number; withSeconds?: boolean }) {
  const [zone] = useDisplayZone();
  return (
    <time dateTime={new Date(ms).toISOString()} suppressHydrationWarning>
      {formatInZone(ms, zone, withSeconds)}
    </time>
  );
}
