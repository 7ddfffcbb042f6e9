/**
 * The query of `/paths` and `/api/paths`: `consumer` (vpc-…, vpce-… or an EC2 ARN), `target`
 * (rcfg-…, an ARN, a DNS name or an IP), and the traffic window `from`/`to`.
 */
import { z } from "zod";
import { isTimeExpression } from "@/lib/links/time-range";

const time = z
  .string()
  .trim()
  .refine(
    isTimeExpression,
    "must be an ISO-8601 time (2026-11-28T09:00:00Z) or relative to now (now, now-6h)",
  );

export const pathQuerySchema = z.object({
  consumer: z.string().trim().min(1, "is required: a VPC id (vpc-…) or VPC endpoint id (vpce-…)").max(300),
  target: z.string().trim().min(1, "is required: a configuration id (rcfg-…), DNS name or IP").max(300),
  from: time.optional(),
  to: time.optional(),
});

export type PathQuery = z.infer<typeof pathQuerySchema>;

export type PathQueryResult =
  | { ok: true; query: PathQuery }
  | { ok: false; parameter: string; message: string };

export function parsePathQuery(params: URLSearchParams): PathQueryResult {
  const raw = Object.fromEntries(
    ["consumer", "target", "from", "to"].flatMap((k) => (params.has(k) ? [[k, params.get(k) ?? ""]] : [])),
  );
  const parsed = pathQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0];
  const parameter = issue?.path.map(String).join(".") || "query";
  const message = issue?.code === "invalid_type" ? "is required" : (issue?.message ?? "is invalid");
  return { ok: false, parameter, message: `${parameter} ${message}` };
}

/** The page URL of an answer: the same answer reopens from it. */
export function pathHref(q: { consumer: string; target: string; from?: string; to?: string }): string {
  const p = new URLSearchParams({ consumer: q.consumer, target: q.target });
  if (q.from) p.set("from", q.from);
  if (q.to) p.set("to", q.to);
  return `/paths?${p.toString()}`;
}
