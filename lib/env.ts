import "server-only";
import { z } from "zod";

/** The process environment, parsed once. Only server code reads it. */
const envSchema = z.object({
  LATTICE_LENS_CONFIG: z.string().optional(),
  LATTICE_LENS_DEMO: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  AWS_ENDPOINT_URL: z.string().url().optional(),
  AWS_REGION: z.string().optional(),
  /** The absolute base for links that leave the app (alarm descriptions, "Copy link", mail). */
  LATTICE_LENS_PUBLIC_URL: z
    .string()
    .url("LATTICE_LENS_PUBLIC_URL must be an absolute http(s) URL")
    .refine((v) => /^https?:\/\//.test(v), "LATTICE_LENS_PUBLIC_URL must be an http(s) URL")
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  /** Logs Insights queries that may run at once per account and region: AWS's quota (default 100). */
  LATTICE_LENS_INSIGHTS_QUOTA: z.coerce.number().int().min(1).max(1000).default(100),
  /** The share of that quota this server uses; the rest is left to consoles, dashboards, other tools. */
  LATTICE_LENS_INSIGHTS_SHARE: z.coerce.number().gt(0).max(1).default(0.5),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
