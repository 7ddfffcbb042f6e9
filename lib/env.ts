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
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
