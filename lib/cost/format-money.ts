/** Money and quantity formatting for the cost view, CSV and the inputs strings. Pure. */

const usd2 = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "$1,234.56"; amounts under a cent say so rather than round to $0.00. */
export function formatUsd(x: number): string {
  if (x > 0 && x < 0.005) return "<$0.01";
  return usd2.format(x);
}

/** A unit price as the rate card writes it: "$0.028", "$0.14", "$0.006", "$0". */
export function formatRate(x: number): string {
  if (x === 0) return "$0";
  const s = x
    .toFixed(x < 0.001 ? 6 : 4)
    .replace(/0+$/, "")
    .replace(/\.$/, "");
  return `$${s.includes(".") && s.split(".")[1]!.length === 1 ? `${s}0` : s}`;
}

/** GB with sensible precision: "0.0012 GB", "12.4 GB", "1,048,576 GB". */
export function formatGb(gb: number): string {
  const digits = gb === 0 ? 0 : gb < 0.01 ? 4 : gb < 10 ? 2 : gb < 1000 ? 1 : 0;
  return `${gb.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })} GB`;
}

/** Rounds away binary noise (0.1 + 0.2) from figures that go into the JSON. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
