import { z } from "zod";
import { AppError } from "@/lib/errors";

const accountId = z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id");
const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be an AWS region name such as us-east-1");

/** `GET /api/inventory` query: `account` and `region` repeatable, `refresh=1` to bypass the cache. */
export const inventoryQuerySchema = z
  .object({
    account: z.array(accountId).default([]),
    region: z.array(region).default([]),
    refresh: z
      .enum(["0", "1", "true", "false"], { message: "must be 1 or 0" })
      .optional()
      .transform((v) => v === "1" || v === "true"),
  })
  .strict();

export type InventoryQuery = z.infer<typeof inventoryQuerySchema>;

const repeatable = new Set(["account", "region"]);

/**
 * Search params → plain object for a zod schema: keys in `repeatableKeys` always become arrays,
 * any other key repeated is an error (silently taking the first would hide a typo'd URL).
 */
export function searchParamsToObject(
  params: URLSearchParams,
  repeatableKeys: ReadonlySet<string>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    if (repeatableKeys.has(key)) out[key] = all.flatMap((v) => v.split(",")).filter((v) => v !== "");
    else if (all.length > 1) {
      throw new AppError("bad_request", `Parameter "${key}" may be given only once`, { field: key });
    } else out[key] = all[0] ?? "";
  }
  return out;
}

/** Parses and validates the query; throws AppError("bad_request") naming the parameter. */
export function parseInventoryQuery(params: URLSearchParams): InventoryQuery {
  const result = inventoryQuerySchema.safeParse(searchParamsToObject(params, repeatable));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    throw new AppError("bad_request", `Unknown parameter "${key}": allowed are account, region and refresh`, {
      field: key,
    });
  }
  const field = String(issue?.path[0] ?? "");
  throw new AppError("bad_request", `Invalid parameter "${field}": ${issue?.message ?? "invalid value"}`, {
    field,
  });
}
