"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

/**
 * Rediscovers through the API (which bypasses the cache), then re-renders the current page from
 * the fresh cache, so the URL never keeps a `refresh=1` that would rediscover on every reload.
 */
export function RefreshButton() {
  const router = useRouter();
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<string>();
  const [rendering, startTransition] = useTransition();
  const busy = fetching || rendering;

  async function refresh() {
    setFetching(true);
    setError(undefined);
    try {
      const res = await fetch("/api/inventory?refresh=1", { cache: "no-store" });
      if (!res.ok) {
        const body = (await res.json().catch(() => undefined)) as
          | { error?: { message?: string } }
          | undefined;
        setError(body?.error?.message ?? `Refresh failed (HTTP ${res.status})`);
      }
    } catch {
      setError("Refresh failed: the server did not answer");
    } finally {
      setFetching(false);
      startTransition(() => router.refresh());
    }
  }

  return (
    <span className="refresh">
      <button type="button" className="btn" onClick={refresh} disabled={busy} aria-busy={busy}>
        <span aria-hidden="true" className={busy ? "spin" : undefined}>
          ↻
        </span>{" "}
        {busy ? "Refreshing…" : "Refresh inventory"}
      </button>
      {error && (
        <span role="alert" className="refresh-error">
          {error}
        </span>
      )}
    </span>
  );
}
