import type { ResourceConfiguration } from "@/lib/schemas/inventory";
import { type PortInterval, parsePortRange } from "./port-ranges";

/** The configuration's TCP ports, and any range strings that could not be read. */
export function configurationPorts(config: ResourceConfiguration): {
  ports: PortInterval[];
  invalid: string[];
} {
  const ports: PortInterval[] = [];
  const invalid: string[] = [];
  // The API documents "1,2,22-30" as a form, so split on commas too.
  for (const range of config.portRanges.flatMap((r) => r.split(","))) {
    const parsed = parsePortRange(range);
    if (parsed) ports.push(parsed);
    else invalid.push(range);
  }
  return { ports, invalid };
}
