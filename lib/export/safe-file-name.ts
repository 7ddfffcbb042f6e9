/**
 * A download's file name is built from AWS names and ids (a configuration's name, a VPC's Name
 * tag): keep only characters every file system and shell takes as plain text, so a name can never
 * carry a path (`../`, `\`), a quote, a leading dot or dash, or a device name into the user's disk.
 */
const MAX_LENGTH = 120;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeFileName(name: string, fallback = "export"): string {
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && /^\.[A-Za-z0-9]{1,8}$/.test(name.slice(dot)) ? name.slice(dot).toLowerCase() : "";
  const clean = (s: string) =>
    s
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/_+/g, "_")
      .replace(/^[._-]+|[._-]+$/g, "");
  let base = clean(ext ? name.slice(0, dot) : name).slice(0, MAX_LENGTH - ext.length);
  base = base.replace(/[._-]+$/, "");
  if (!base) base = fallback;
  if (WINDOWS_DEVICES.test(base)) base = `_${base}`;
  return `${base}${ext}`;
}
