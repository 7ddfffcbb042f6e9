"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

export type RefreshAction = () => Promise<{ ok: true } | { ok: false; message: string }>;

/**
 * Rediscovers (a server action passed in by the layout, so components/ stays free of discovery
 * imports), then re-renders the current page from the fresh cache. The URL never carries a
 * `refresh=1` that would rediscover again on every reload.
 */
export function RefreshButton({ action }: { action: RefreshAction }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, startTransition] = useTransition();

  function refresh() {
    setError(undefined);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) setError(result.message);
      } catch {
        setError("Refresh failed: the server did not answer");
      }
      router.refresh();
    });
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
