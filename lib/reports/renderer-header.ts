/** Marks the report renderer's requests (lib/reports/app-request.ts sets it on every one). */
export const RENDERER_HEADER = "x-lattice-lens-renderer";

/**
 * A request's Logs Insights priority: the renderer's are background work and wait behind people.
 * Anyone may send the header, but it only ever lowers the sender's own priority.
 */
export function requestPriority(
  headers: Record<string, string | string[] | undefined>,
): "interactive" | "background" {
  return headers[RENDERER_HEADER] === "report" ? "background" : "interactive";
}
