import type { ConsumerGroup } from "@/lib/inventory/consumers-of-configuration";
import type { Inventory } from "@/lib/schemas/inventory";
import { AccountLabel } from "./account-label";
import { ResourceLink } from "./resource-link";
import { StatusBadge } from "./status-badge";

const explain: Record<ConsumerGroup["pattern"], string> = {
  "resource-endpoint":
    "A VPC endpoint of type Resource per consumer VPC, associated directly with the configuration.",
  "sn-endpoint":
    "A VPC endpoint of type ServiceNetwork to a service network the configuration is associated with.",
  "sn-vpc-association": "The consumer VPC is associated with a service network the configuration is in.",
};

/** Who reaches a configuration, one table per access pattern (the comparison the design is about). */
export function ConsumerGroups({
  groups,
  inv,
  selfId,
}: {
  groups: ConsumerGroup[];
  inv: Inventory;
  selfId: string;
}) {
  const snName = (id?: string) => inv.serviceNetworks.find((s) => s.id === id)?.name;
  const cfgName = (id: string) => inv.resourceConfigurations.find((c) => c.id === id)?.name;
  return (
    <div>
      {groups.map((g, i) => (
        <div key={g.pattern}>
          <h3>
            <span className="dim num">{i + 1}</span> {g.label}{" "}
            <span className="count num">{g.consumers.length}</span>
          </h3>
          <p className="muted small">{explain[g.pattern]}</p>
          {g.consumers.length === 0 ? (
            <p className="dim small">No consumers through this pattern.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{g.pattern === "sn-vpc-association" ? "VPC" : "Endpoint"}</th>
                    <th scope="col">Account</th>
                    {g.pattern !== "sn-vpc-association" && <th scope="col">VPC</th>}
                    <th scope="col">Region</th>
                    {g.pattern !== "resource-endpoint" && <th scope="col">Service network</th>}
                    <th scope="col">Via</th>
                    <th scope="col">Association</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {g.consumers.map((c) => (
                    <tr key={`${c.associationId ?? ""}/${c.endpointId ?? c.vpcId}`}>
                      <th scope="row">
                        {c.endpointId ? (
                          <ResourceLink kind="endpoint" id={c.endpointId} />
                        ) : (
                          <code>{c.vpcId ?? "—"}</code>
                        )}
                      </th>
                      <td>
                        <AccountLabel id={c.accountId} accounts={inv.accounts} />
                      </td>
                      {g.pattern !== "sn-vpc-association" && (
                        <td>{c.vpcId ? <code>{c.vpcId}</code> : <span className="dim">—</span>}</td>
                      )}
                      <td className="nowrap">{c.region}</td>
                      {g.pattern !== "resource-endpoint" && (
                        <td>
                          {c.serviceNetworkId && (
                            <ResourceLink
                              kind="service-network"
                              id={c.serviceNetworkId}
                              name={snName(c.serviceNetworkId)}
                            />
                          )}
                        </td>
                      )}
                      <td>
                        {c.viaConfigurationId === selfId ? (
                          <span className="dim">this configuration</span>
                        ) : (
                          <>
                            <span className="dim">parent </span>
                            <ResourceLink
                              kind="configuration"
                              id={c.viaConfigurationId}
                              name={cfgName(c.viaConfigurationId)}
                            />
                          </>
                        )}
                      </td>
                      <td>
                        {c.associationId ? <code>{c.associationId}</code> : <span className="dim">—</span>}
                      </td>
                      <td>
                        <StatusBadge status={c.endpointState ?? c.associationStatus} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
