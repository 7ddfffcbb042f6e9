/** `GET /api/topology` parameters, parsed with zod; a bad one is named so the 400 says which. */
import { z } from "zod";
import { isTimeExpression } from "@/lib/links/time-range";

const list = z
  .array(z.string())
  .transform((vs) =>
    vs
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .max(300)
          .regex(/^[\w.:/@-]+$/, "a key like account:111111111111 or sn:sn-0abc"),
      )
      .max(500),
  );

const schema = z.object({
  from: z.string().refine(isTimeExpression, "an ISO-8601 time or now-relative (now-24h)").optional(),
  to: z.string().refine(isTimeExpression, "an ISO-8601 time or now-relative (now)").optional(),
  account: z
    .string()
    .regex(/^\d{12}$/, "a 12-digit AWS account id")
    .optional(),
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region such as us-east-1")
    .optional(),
  focus: z.string().min(1).max(300).optional(),
  expand: list,
  collapse: list,
  aggregate: z.enum(["auto", "on", "off"]).default("auto"),
});

export type TopologyQuery = z.infer<typeof schema>;

export type ParsedTopologyQuery =
  | { ok: true; query: TopologyQuery }
  | { ok: false; parameter: string; message: string };

const single = ["from", "to", "account", "region", "focus", "aggregate"] as const;

export function parseTopologyQuery(params: URLSearchParams): ParsedTopologyQuery {
  const raw: Record<string, unknown> = {
    expand: params.getAll("expand"),
    collapse: params.getAll("collapse"),
  };
  for (const k of single) {
    const v = params.get(k);
    if (v !== null && v !== "") raw[k] = v;
  }
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, query: r.data };
  const issue = r.error.issues[0]!;
  const parameter = String(issue.path[0] ?? "query");
  return { ok: false, parameter, message: `${parameter}: ${issue.message}` };
}
