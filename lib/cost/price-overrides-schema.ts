/**
 * The `prices` section of the config file: optional per-region overrides of the bundled price
 * table. Lives in lib/cost (zod only, no I/O) so lib/config can embed it and lib/cost owns its shape.
 */
import { z } from "zod";
import type { PriceOverrides } from "./price-table";

const usd = z.number().min(0, "must be a price in USD, 0 or more").max(1000, "must be at most 1000 USD");
const meta = {
  source: z.string().min(1).max(500).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2026-11-28")
    .optional(),
  confirmed: z.boolean().optional(),
};

const hourly = z.object({ usd: usd.optional(), ...meta }).strict();

const tiers = z
  .array(z.object({ upToGb: z.number().positive().nullable(), usd }).strict())
  .min(1, "must list at least one tier")
  .refine(
    (ts) => ts.every((t, i) => (i === ts.length - 1 ? t.upToGb === null : t.upToGb !== null)),
    "only the last tier may (and must) have upToGb null",
  )
  .refine(
    (ts) => ts.every((t, i) => i === 0 || t.upToGb === null || t.upToGb > (ts[i - 1]?.upToGb ?? 0)),
    "tiers must be in increasing upToGb order",
  );

const regionOverrides = z
  .object({
    resourceEndpointHour: z
      .object({ usd: usd.optional(), basis: z.enum(["endpoint", "endpoint-az"]).optional(), ...meta })
      .strict()
      .optional(),
    serviceNetworkResourceHour: hourly.optional(),
    serviceNetworkEndpointHour: hourly.optional(),
    serviceNetworkVpcAssociationHour: hourly.optional(),
    dataProcessingGb: z
      .object({ tiers: tiers.optional(), ...meta })
      .strict()
      .optional(),
  })
  .strict();

export const priceOverridesSchema = z
  .object({
    regions: z
      .record(
        z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be keyed by AWS region names such as us-east-1"),
        regionOverrides,
      )
      .optional(),
  })
  .strict() satisfies z.ZodType<PriceOverrides>;
