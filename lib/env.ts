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
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
