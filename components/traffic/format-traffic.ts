/**
 * Number formatting for traffic views. Bytes use binary (IEC) units — KiB, MiB, GiB — so the unit
 * names themselves say which base is meant (CloudWatch and the console mix both; ours never do).
 */

const BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"] as const;

export function formatBytes(bytes: number | null | undefined, digits = 1): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return "—";
  const sign = bytes < 0 ? "-" : "";
  let v = Math.abs(bytes);
  let i = 0;
  while (v >= 1024 && i < BYTE_UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  // Whole bytes never get a decimal point ("512 B", not "512.0 B").
  return `${sign}${i === 0 ? v.toFixed(0) : v.toFixed(v >= 100 ? 0 : digits)} ${BYTE_UNITS[i]}`;
}

/** 1234567 → "1.2M": compact counts for axes and sparklines. */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  const abs = Math.abs(n);
  if (abs < 1000) return Number.isInteger(n) ? String(n) : n.toFixed(1);
  for (const [div, suffix] of [
    [1e9, "G"],
    [1e6, "M"],
    [1e3, "k"],
  ] as const) {
    if (abs >= div) {
      const v = n / div;
      return `${v.toFixed(Math.abs(v) >= 100 ? 0 : 1)}${suffix}`;
    }
  }
  return String(n);
}

/** Full integer with thousands separators, for tables ("12,345"). Locale-fixed so SSR and client agree. */
export function formatInteger(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return Math.round(n).toLocaleString("en-US");
}

/** Microseconds (NFM RoundTripTime) → "12.3 ms" / "850 µs". */
export function formatMicros(us: number | null | undefined): string {
  if (us === null || us === undefined || !Number.isFinite(us)) return "—";
  if (us >= 1_000_000) return `${(us / 1_000_000).toFixed(2)} s`;
  if (us >= 1000) return `${(us / 1000).toFixed(us >= 100_000 ? 0 : 1)} ms`;
  return `${Math.round(us)} µs`;
}

/** Epoch ms → "2026-11-28 09:05 UTC" (always UTC: on-call engineers compare with CloudWatch and logs). */
export function formatUtc(ms: number, withSeconds = false): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)} UTC`;
}

/** Seconds → "1 min", "10 min", "1 h", "1 d" (the bucket size of a series). */
export function formatStep(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
