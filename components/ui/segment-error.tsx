"use client";

import Link from "next/link";
import { ErrorPanel } from "./error-panel";

/**
 * Body of every error.tsx: says what failed and offers a retry. In production Next.js replaces
 * server error messages with a digest, so the digest is shown to match against the server log.
 */
export function SegmentError({
  what,
  error,
  reset,
}: {
  what: string;
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorPanel
      title={`Could not show ${what}`}
      message={
        error.digest ? "The server failed while rendering this page." : error.message || "Unknown error."
      }
    >
      {error.digest && (
        <p className="muted small">
          Reference <code>{error.digest}</code> in the server log.
        </p>
      )}
      <p className="links">
        <button type="button" className="btn" onClick={reset}>
          Retry
        </button>
        <Link className="btn" href="/">
          Overview
        </Link>
      </p>
    </ErrorPanel>
  );
}
