/**
 * Literals for CloudWatch Logs Insights queries. Every value that reaches a query goes through
 * here, so no string — whatever quotes, pipes, newlines or backticks it holds — can end a literal
 * and change the query: values are either checked against a strict shape or quoted with every
 * special character escaped, and control characters are refused outright.
 */

export class InsightsLiteralError extends Error {}

/** A double-quoted string literal; backslash and double quote escaped, control characters refused. */
export function stringLiteral(value: string): string {
  // Control characters (newlines included) have no business in ids, addresses or names.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point of the check
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new InsightsLiteralError("a query value may not contain control characters");
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new InsightsLiteralError(`not a finite number: ${value}`);
  return String(value);
}

/** `["a", "b"]` for the `in` operator. */
export function listLiteral(values: readonly string[]): string {
  if (values.length === 0) throw new InsightsLiteralError("an `in` list needs at least one value");
  return `[${values.map(stringLiteral).join(", ")}]`;
}

const FIELD = /^@?[A-Za-z_][A-Za-z0-9_.]*$/;

/** A field name; names that are not plain identifiers are refused rather than backtick-quoted. */
export function fieldName(name: string): string {
  if (!FIELD.test(name)) throw new InsightsLiteralError(`not a field name: ${JSON.stringify(name)}`);
  return name;
}

const DURATION = /^\d+(s|m|h|d)$/;

/** A `bin()` period such as `5m`. */
export function binPeriod(period: string): string {
  if (!DURATION.test(period)) throw new InsightsLiteralError(`not a bin period: ${JSON.stringify(period)}`);
  return period;
}
