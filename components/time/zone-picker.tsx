"use client";

import { UTC, zoneName } from "@/lib/links/display-zone";
import { browserZone, useDisplayZone } from "./use-display-zone";

/** UTC or the browser's zone, for every time and chart axis; remembered in this browser. */
export function ZonePicker() {
  const [zone, setZone] = useDisplayZone();
  const local = typeof window === "undefined" ? UTC : browserZone();
  return (
    <label className="zone-picker small">
      <span className="sr-only">Time zone</span>
      <select
        aria-label="Time zone"
        value={zone === UTC ? UTC : "local"}
        onChange={(e) => setZone(e.target.value === UTC ? UTC : local)}
        suppressHydrationWarning
      >
        <option value={UTC}>UTC</option>
        <option value="local" suppressHydrationWarning>
          {local === UTC ? "Browser (UTC)" : `Browser (${local}, ${zoneName(local)})`}
        </option>
      </select>
    </label>
  );
}
