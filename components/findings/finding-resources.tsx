import Link from "next/link";
import type { FindingResource } from "@/lib/findings/finding";
import { resourceHref } from "@/lib/findings/finding-resource";
import styles from "./findings.module.css";

const kindLabel: Record<FindingResource["kind"], string> = {
  gateway: "gateway",
  configuration: "configuration",
  endpoint: "endpoint",
  "service-network": "network",
  association: "association",
  "security-group": "SG",
  eni: "ENI",
  subnet: "subnet",
  vpc: "VPC",
  account: "account",
};

/** The resources a finding names: linked to their detail pages where one exists. */
export function FindingResources({ resources }: { resources: FindingResource[] }) {
  return (
    <div className={styles.resources}>
      {resources.map((r) => {
        const href = resourceHref(r);
        return (
          <span key={`${r.kind}:${r.id}`}>
            <span className={styles.resourceKind}>{kindLabel[r.kind]}</span>
            {href ? (
              <Link href={href} className="rlink">
                {r.name && <span>{r.name} </span>}
                <code className={r.name ? "dim" : undefined}>{r.id}</code>
              </Link>
            ) : (
              <>
                {r.name && <span>{r.name} </span>}
                <code className={r.name ? "dim" : undefined}>{r.id}</code>
              </>
            )}
            {r.kind === "account" && <span className="dim"> {r.region}</span>}
          </span>
        );
      })}
    </div>
  );
}
