import { statusTone } from "@/lib/inventory/status-tone";

export function StatusBadge({ status }: { status: string | undefined }) {
  if (!status) return <span className="muted">—</span>;
  return <span className={`badge badge-${statusTone(status)}`}>{status}</span>;
}
