import type { NetworkInterface } from "@/lib/schemas/inventory";
import { MonoId } from "./mono-id";

export function EnisTable({ enis, missingIds = [] }: { enis: NetworkInterface[]; missingIds?: string[] }) {
  if (enis.length === 0 && missingIds.length === 0)
    return <p className="muted">No network interfaces found.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">ENI</th>
          <th scope="col">Subnet</th>
          <th scope="col">AZ</th>
          <th scope="col">Private IPs</th>
          <th scope="col">Security groups</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {enis.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              <MonoId value={e.id} />
            </th>
            <td>
              <code>{e.subnetId}</code>
            </td>
            <td>
              {e.availabilityZone}
              {e.availabilityZoneId && <span className="cell-sub">{e.availabilityZoneId}</span>}
            </td>
            <td>
              <div className="ip-list">
                {e.privateIpAddresses.map((ip) => (
                  <MonoId key={ip} value={ip} />
                ))}
              </div>
            </td>
            <td>
              {e.securityGroupIds.map((s) => (
                <code key={s} className="tag">
                  {s}
                </code>
              ))}
            </td>
            <td>{e.status ?? <span className="dim">—</span>}</td>
          </tr>
        ))}
        {missingIds.map((id) => (
          <tr key={id}>
            <th scope="row">
              <MonoId value={id} />
            </th>
            <td colSpan={5} className="muted">
              Not described by discovery
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
