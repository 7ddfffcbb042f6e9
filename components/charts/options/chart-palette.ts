/**
 * Colours a chart draws with. The client wrapper reads them from app/globals.css variables at
 * runtime (so light and dark follow the page); option builders take them as data, so they stay
 * pure and testable without a DOM.
 */
export interface ChartPalette {
  text: string;
  textMuted: string;
  grid: string;
  axis: string;
  surface: string;
  accent: string;
  /** Second series (responses). */
  accent2: string;
  bad: string;
  badBg: string;
  ok: string;
  pending: string;
}

export const lightPalette: ChartPalette = {
  text: "#1b1f24",
  textMuted: "#6b7480",
  grid: "#e6e9ee",
  axis: "#c3c9d1",
  surface: "#ffffff",
  accent: "#1f5fbf",
  accent2: "#6aa3e8",
  bad: "#b3261e",
  badBg: "rgba(179, 38, 30, 0.12)",
  ok: "#146c2e",
  pending: "#8a5300",
};
