import { consoleUrl } from "@/lib/inventory/console-url";
import type { ResourceKind } from "@/lib/inventory/find-by-id";

export function ConsoleLink({ kind, region, id }: { kind: ResourceKind; region: string; id: string }) {
  return (
    <a className="btn" href={consoleUrl(kind, region, id)} target="_blank" rel="noreferrer noopener">
      Open in AWS console <span aria-hidden="true">↗</span>
    </a>
  );
}
