import { isWideOpen, rulePeers, rulePorts, ruleProtocol } from "@/lib/inventory/format-rule";
import type { SecurityGroup, SecurityGroupRule } from "@/lib/schemas/inventory";

function Rules({
  title,
  rules,
  peer,
  flagWideOpen,
}: {
  title: string;
  rules: SecurityGroupRule[];
  peer: string;
  flagWideOpen: boolean;
}) {
  return (
    <>
      <h3>
        {title} <span className="count num">{rules.length}</span>
      </h3>
      {rules.length === 0 ? (
        <p className="muted small">No {title.toLowerCase()}.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Protocol</th>
                <th scope="col">Ports</th>
                <th scope="col">{peer}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; order is AWS's
                <tr key={i}>
                  <th scope="row">{ruleProtocol(r)}</th>
                  <td>
                    <code>{rulePorts(r)}</code>
                    {flagWideOpen && isWideOpen(r) && (
                      <>
                        {" "}
                        <span className="badge badge-pending" title="Tighten to the resource CIDR and ports">
                          wide open
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    {rulePeers(r).map((p) => (
                      <code key={p} className="tag">
                        {p}
                      </code>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/**
 * Security groups with their rules; ids that discovery could not describe are listed as unknown.
 * `flagEgress`: on a gateway, all-ports-to-the-world egress is a finding (design §3); on an endpoint it
 * is the EC2 default and not worth a badge.
 */
export function SecurityGroups({
  ids,
  groups,
  flagEgress = false,
}: {
  ids: string[];
  groups: SecurityGroup[];
  flagEgress?: boolean;
}) {
  if (ids.length === 0) return <p className="muted">No security groups.</p>;
  return (
    <div className="stack">
      {ids.map((id) => {
        const sg = groups.find((g) => g.id === id);
        return (
          <div key={id}>
            <h3>
              <code>{id}</code> {sg && <span className="muted">{sg.name}</span>}
            </h3>
            {sg ? (
              <>
                {sg.description && <p className="muted small">{sg.description}</p>}
                <Rules
                  title="Outbound rules"
                  rules={sg.egress}
                  peer="Destination"
                  flagWideOpen={flagEgress}
                />
                <Rules title="Inbound rules" rules={sg.ingress} peer="Source" flagWideOpen={false} />
              </>
            ) : (
              <p className="muted small">Not described by discovery (no access, or in another account).</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
