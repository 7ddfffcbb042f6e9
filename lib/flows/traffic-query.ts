/**
 * The query string of the traffic routes: `from`, `to` (ISO-8601 or now-relative) and an optional
 * `step` in seconds. Window limits (7 days, from before to) are checked when the window is resolved.
 */
import { z } from "zod";
import { isTimeExpression, STEPS } from "@/lib/links/time-range";

const time = z
  .string()
  .trim()
  .refine(
    isTimeExpression,
    "must be an ISO-8601 time (2026-11-28T09:00:00Z) or relative to now (now, now-6h, now-7d)",
  );

export const trafficQuerySchema = z.object({
  from: time.optional(),
  to: time.optional(),
  step: z.coerce
    .number()
    .int()
    .refine((s) => (STEPS as readonly number[]).includes(s), `must be one of ${STEPS.join(", ")} seconds`)
    .optional(),
});

export type TrafficQuery = z.infer<typeof trafficQuerySchema>;

export function parseTrafficQuery(params: URLSearchParams): TrafficQuery {
  return trafficQuerySchema.parse(Object.fromEntries(params));
}
