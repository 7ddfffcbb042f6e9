"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { absoluteLink } from "@/lib/links/absolute-link";
import { useDisplayZone } from "../time/use-display-zone";

/**
 * Copies this view as an absolute link with an absolute window ("this moment") and the display
 * zone, on LATTICE_LENS_PUBLIC_URL when set (else this page's origin).
 */
export function CopyLinkButton({ publicBase }: { publicBase?: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const [zone] = useDisplayZone();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <button
      type="button"
      className="btn"
      title="Copy an absolute link to this view at this moment"
      onClick={() => {
        const link = absoluteLink(
          publicBase ?? window.location.origin,
          pathname,
          search.toString(),
          Date.now(),
          zone,
        );
        navigator.clipboard
          ?.writeText(link)
          .then(() => setCopied(link))
          .catch(() => setCopied(link));
        setCopied(link);
        setTimeout(() => setCopied(null), 4000);
      }}
    >
      {copied ? "Link copied" : "Copy link"}
      {copied && (
        <output className="sr-only" data-copied-link={copied}>
          {copied}
        </output>
      )}
    </button>
  );
}
