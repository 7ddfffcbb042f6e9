import type { AuditEntry } from "@/lib/audit/audit-log";

/** The newest writes: who, what, when, and how each ended (refused ones included). */
export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="muted">No writes recorded yet.</p>;
  return (
    <table className="table" aria-label="Audit log">
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who</th>
          <th scope="col">Role</th>
          <th scope="col">What</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={`${e.at}-${e.action}-${e.who.id}`}>
            <td>
              <time dateTime={e.at}>{e.at.replace("T", " ").slice(0, 19)}</time>
            </td>
            <td>{e.who.email ?? e.who.name}</td>
            <td>{e.who.role}</td>
            <td>
              <code>{e.action}</code>
            </td>
            <td>{e.status < 400 ? `done (${e.status})` : `refused (${e.status})`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
