import type { UnhealthyItem } from "@/lib/inventory/unhealthy-resources";
import type { AccountSummary } from "@/lib/schemas/inventory";
import { AccountLabel } from "./account-label";
import { ResourceLink } from "./resource-link";
import { StatusBadge } from "./status-badge";

const kindLabel: Record<UnhealthyItem["kind"], string> = {
  gateway: "Gateway",
  configuration: "Configuration",
  endpoint: "Endpoint",
  "service-network": "Service network",
  association: "Association",
};

/** Failed and in-progress resources, so on-call sees them without opening every list. */
export function AttentionPanel({ items, accounts }: { items: UnhealthyItem[]; accounts: AccountSummary[] }) {
  const failed = items.filter((i) => i.tone === "bad").length;
  return (
    <section className={`panel${failed ? " panel-error-soft" : ""}`} aria-labelledby="attention-title">
      <h2 id="attention-title">
        Needs attention <span className="count num">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">
          <span className="badge badge-ok">OK</span> Nothing failed or in progress.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Account</th>
              <th scope="col">Region</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={`${i.kind}/${i.id}`}>
                <th scope="row">
                  {i.kind === "association" ? (
                    <>
                      <code>{i.id}</code>
                      {i.link && (
                        <span className="cell-sub">
                          on <ResourceLink kind={i.link.kind} id={i.link.id} />
                        </span>
                      )}
                    </>
                  ) : (
                    <ResourceLink kind={i.kind} id={i.id} name={i.name} />
                  )}
                </th>
                <td>{kindLabel[i.kind]}</td>
                <td>
                  <StatusBadge status={i.status} />
                </td>
                <td>
                  <AccountLabel id={i.accountId} accounts={accounts} />
                </td>
                <td className="nowrap">{i.region}</td>
                <td>{i.reason ?? <span className="dim">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
