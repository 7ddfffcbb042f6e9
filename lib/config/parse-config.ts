import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { configSchema, type LensConfig } from "./schema";

/** `accounts[1].roleArn` from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = formatIssuePath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join(", ");
    return `${field ? `${field}: ` : ""}unknown field${issue.keys.length > 1 ? "s" : ""} ${keys}`;
  }
  return field ? `${field} ${issue.message}` : issue.message;
}

/**
 * Parses and validates the text of a config file. Throws AppError('invalid_config') whose message
 * names the file and the first bad field, e.g. `lattice-lens.config.json: accounts[1].roleArn must be an IAM role ARN`.
 */
export function parseConfig(text: string, fileName: string): LensConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError("invalid_config", `${fileName}: not valid JSON (${(e as Error).message})`, {
      cause: e,
    });
  }
  const result = configSchema.safeParse(json);
  if (result.success) return result.data;
  const first = result.error.issues[0]!;
  throw new AppError("invalid_config", `${fileName}: ${describeIssue(first)}`, {
    field: formatIssuePath(first.path),
    cause: result.error,
  });
}
