"use client";

import { useEffect, useState } from "react";

/**
 * The clock, ticking every `everyMs`; null until mounted so server and client render the same
 * first HTML (a resolved "now-24h" differs between the two).
 */
export function useNow(everyMs = 30_000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
