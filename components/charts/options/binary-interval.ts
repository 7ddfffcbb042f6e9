/**
 * A y-axis tick interval for bytes that lands on whole binary units (5 MiB, 20 KiB, 1 GiB), so
 * the labels read "10 MiB" instead of ECharts' decimal ticks shown as "977 KiB".
 */
export function binaryInterval(max: number, ticks = 4): number | undefined {
  if (!(max > 0)) return undefined;
  const unit = 1024 ** Math.max(0, Math.floor(Math.log(max) / Math.log(1024)));
  // Past 100 of a unit, step in powers of two so the top tick is a whole next unit (1 MiB, not 1000 KiB).
  for (const m of [1, 2, 5, 10, 20, 50, 100, 256, 512]) if (max / (m * unit) <= ticks) return m * unit;
  return 1024 * unit;
}
