import type { TrafficCost } from "@/lib/schemas/traffic";
import { formatBytes } from "./format-traffic";
import styles from "./traffic.module.css";

/** What answering this view cost the user in AWS — Logs Insights bills by bytes scanned. */
export function CostFooter({ cost, generatedAt }: { cost: TrafficCost; generatedAt?: string }) {
  const buckets = cost.cachedBuckets + cost.queriedBuckets;
  return (
    <p className={styles.cost}>
      This view cost: <strong>{formatBytes(cost.scannedBytes)}</strong> scanned by Logs Insights,{" "}
      <strong className="num">{cost.queries}</strong> quer{cost.queries === 1 ? "y" : "ies"},{" "}
      <strong className="num">{cost.metricsRequested}</strong> metric{cost.metricsRequested === 1 ? "" : "s"}
      {buckets > 0 && (
        <span className="dim">
          {" "}
          · {cost.cachedBuckets} of {buckets} time buckets from cache
        </span>
      )}
      {generatedAt && (
        <span className="dim"> · generated {generatedAt.replace("T", " ").slice(0, 19)} UTC</span>
      )}
    </p>
  );
}
