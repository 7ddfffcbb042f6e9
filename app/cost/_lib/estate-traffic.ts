import "server-only";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import type { EstateTraffic } from "@/lib/schemas/traffic";

/** Estate-wide traffic for one window (ISO or relative `from`/`to`); the seam tests and the page share. */
export async function fetchEstateTraffic(w: { from: string; to: string }): Promise<EstateTraffic> {
  return getEstateTraffic(w);
}
