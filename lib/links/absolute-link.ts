/**
 * "Copy link": the current view as an absolute URL that opens the same moment later — relative
 * windows (`now-6h`, `now`) pinned to ISO instants — with the display zone, on the public base.
 * Pure.
 */
import { DEFAULT_FROM, DEFAULT_TO, resolveTime } from "./time-range";

/** Views whose content depends on the window (their default window is pinned too). */
const WINDOWED = /^\/($|topology$|cost$|(configurations|endpoints|gateways|service-networks)\/[^/]+$)/;

const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

export function absoluteLink(
  base: string,
  pathname: string,
  search: string,
  now: number,
  zone: string,
): string {
  const q = new URLSearchParams(search);
  if (q.has("from") || q.has("to") || WINDOWED.test(pathname)) {
    try {
      const from = resolveTime(q.get("from")?.trim() || DEFAULT_FROM, now, "from");
      const to = Math.min(resolveTime(q.get("to")?.trim() || DEFAULT_TO, now, "to"), now);
      q.set("from", iso(from));
      q.set("to", iso(to));
    } catch {
      // An invalid window stays as written: the page says what is wrong with it.
    }
  }
  q.set("tz", zone);
  const s = q.toString();
  return `${base.replace(/\/+$/, "")}${pathname}${s ? `?${s}` : ""}`;
}
