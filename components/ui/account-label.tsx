import type { AccountSummary } from "@/lib/schemas/inventory";

export function AccountLabel({ id, accounts }: { id: string | undefined; accounts: AccountSummary[] }) {
  if (!id) return <span className="dim">unknown</span>;
  const name = accounts.find((a) => a.accountId === id)?.name;
  return (
    <span className="nowrap">
      <code>{id}</code>
      {name && <span className="muted"> ({name})</span>}
    </span>
  );
}
