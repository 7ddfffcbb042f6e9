/**
 * The one CSV writer: every CSV the product offers (tables, cost, reports) goes through it.
 * RFC 4180 fields (quoted when they hold a comma, quote, CR or LF; quotes doubled), and text that a
 * spreadsheet would evaluate — a leading = + - @, tab or CR — is prefixed with ' so a name or tag
 * set in some AWS account never runs as a formula (OWASP "CSV injection"). Numbers stay numbers.
 */
export type CsvCell = string | number | boolean | undefined | null;

export function csvField(value: CsvCell): string {
  if (value === undefined || value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
