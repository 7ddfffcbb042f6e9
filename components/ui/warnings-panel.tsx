import type { DiscoveryWarning } from "@/lib/schemas/inventory";

/** Discovery failures per account/region/source: the data on screen is partial, and this says where. */
export function WarningsPanel({ warnings }: { warnings: DiscoveryWarning[] }) {
  if (warnings.length === 0) return null;
  const n = warnings.length;
  return (
    <section className="panel panel-warn" id="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">
        <span aria-hidden="true">⚠</span> Partial results: {n} source{n === 1 ? "" : "s"} failed
      </h2>
      <p className="muted small">
        Lattice Lens shows everything it could discover; the sources below failed, so resources in them may be
        missing.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Region</th>
              <th scope="col">Service</th>
              <th scope="col">Operation</th>
              <th scope="col">Code</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id and never reorder
              <tr key={i}>
                <td>{w.accountId ? <code>{w.accountId}</code> : <span className="dim">all</span>}</td>
                <td>{w.region ?? <span className="dim">all</span>}</td>
                <td>{w.service}</td>
                <td>
                  <code>{w.operation}</code>
                </td>
                <td>
                  <span className="badge badge-pending">{w.code}</span>
                </td>
                <td>{w.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
