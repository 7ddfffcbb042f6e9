/**
 * A tiny XML writer for the query protocols. Arrays become `<item>` children (EC2's `…Set/item`),
 * Dates ISO-8601, booleans "true"/"false"; undefined members are omitted.
 */

export type XmlValue =
  | string
  | number
  | boolean
  | Date
  | undefined
  | null
  | XmlValue[]
  | { [key: string]: XmlValue };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}

export function xmlElement(name: string, value: XmlValue): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return `<${name}>${value.map((v) => xmlElement("item", v)).join("")}</${name}>`;
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === "object") {
    const inner = Object.entries(value)
      .map(([k, v]) => xmlElement(k, v))
      .join("");
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
