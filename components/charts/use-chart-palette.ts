"use client";

import { useEffect, useState } from "react";
import { type ChartPalette, lightPalette } from "./options/chart-palette";

function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return color;
  return `rgba(${Number.parseInt(m[1]!, 16)}, ${Number.parseInt(m[2]!, 16)}, ${Number.parseInt(m[3]!, 16)}, ${alpha})`;
}

function readPalette(): ChartPalette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  const bad = v("--bad", lightPalette.bad);
  return {
    text: v("--text", lightPalette.text),
    textMuted: v("--text-3", lightPalette.textMuted),
    grid: v("--border", lightPalette.grid),
    axis: v("--border-strong", lightPalette.axis),
    surface: v("--surface", lightPalette.surface),
    accent: v("--accent", lightPalette.accent),
    // No CSS variable for a second series colour: a teal that reads on both backgrounds.
    accent2: dark ? "#4fc1b5" : "#1d8a7e",
    bad,
    badBg: withAlpha(bad, dark ? 0.28 : 0.18),
    ok: v("--ok", lightPalette.ok),
    pending: v("--pending", lightPalette.pending),
  };
}

/** The page's colours (app/globals.css), re-read when the OS switches between light and dark. */
export function useChartPalette(): ChartPalette {
  const [palette, setPalette] = useState<ChartPalette>(lightPalette);
  useEffect(() => {
    setPalette(readPalette());
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => setPalette(readPalette());
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, []);
  return palette;
}
