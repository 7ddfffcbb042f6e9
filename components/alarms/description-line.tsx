"use client";

import { useState } from "react";
import { CopyButton } from "../ui/copy-button";

/**
 * The line to paste into an alarm's description. For an alarm the resolver can relate, its
 * `/alarms/<name>` link; for any other, a resource link that opens the chosen view with the
 * alarm drawn on it.
 */
export function DescriptionLine({
  base,
  alarm,
  resolvable,
  configurations,
}: {
  base: string;
  alarm: string;
  resolvable?: string;
  configurations?: Array<{ id: string; name: string }>;
}) {
  const [id, setId] = useState(configurations?.[0]?.id ?? "");
  const line = resolvable
    ? `Lattice Lens: ${base}${resolvable}`
    : `Lattice Lens: ${base}/configurations/${id}?alarm=${encodeURIComponent(alarm)}`;
  return (
    <span className="description-line">
      {!resolvable && configurations && (
        <select aria-label={`Configuration for ${alarm}`} value={id} onChange={(e) => setId(e.target.value)}>
          {configurations.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
      <code className="small description-line-text">{line}</code>
      <CopyButton value={line} label="Copy description line" />
    </span>
  );
}
