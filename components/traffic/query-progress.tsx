"use client";

import { useEffect, useState } from "react";
import styles from "./traffic.module.css";

/** Shown while a traffic request (Logs Insights queries behind it) runs, with the time it has taken. */
export function QueryProgress({ active }: { active: boolean }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [, tick] = useState(0);
  useEffect(() => {
    if (!active) {
      setStartedAt(null);
      return;
    }
    setStartedAt(Date.now());
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [active]);
  if (!active) return null;
  const seconds = startedAt === null ? 0 : Math.floor((Date.now() - startedAt) / 1000);
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <span className={`spin ${styles.spinner}`} aria-hidden>
        ◌
      </span>
      Querying flow logs and access logs… <span className="num">{seconds} s</span>
      <span className={styles.bar} aria-hidden />
    </div>
  );
}
