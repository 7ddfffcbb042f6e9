import type { Inventory } from "@/lib/schemas/inventory";

/** "Generated at 13:05:02 UTC · 148 AWS calls · cached": how fresh and how costly the data is. */
export function InventoryMeta({ generatedAt, stats }: Pick<Inventory, "generatedAt" | "stats">) {
  const at = new Date(generatedAt);
  const time = Number.isNaN(at.getTime()) ? generatedAt : `${at.toISOString().slice(11, 19)} UTC`;
  return (
    <span className="meta">
      Generated at{" "}
      <time dateTime={generatedAt} title={generatedAt}>
        {time}
      </time>{" "}
      · <span className="num">{stats.awsCalls}</span> AWS calls · {stats.cached ? "cached" : "fresh"}
    </span>
  );
}
