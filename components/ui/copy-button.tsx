"use client";

import { useState } from "react";

/** Copies `value`; clipboard needs a secure context, so on plain-HTTP hosts it selects-and-fails quietly. */
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy"
      aria-label={`${label} ${value}`}
      title={copied ? "Copied" : `Copy ${value}`}
      onClick={() => {
        navigator.clipboard
          ?.writeText(value)
          .then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1200);
          })
          .catch(() => {});
      }}
    >
      {copied ? "✓" : "⧉"}
    </button>
  );
}
