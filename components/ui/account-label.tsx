import type { AccountSummary } from "@/lib/schemas/inventory";

export function AccountLabel({ id, accounts }: { id: string | undefined; accounts: AccountSummary[] }) {
  if (!id) return <span className="dim">unknown</span>;
  const name = accounts.find((a) => a.accountId === id)?.name;
  return (
    // The id never breaks; the name is free text from the config (or an organization) and may be long.
    <span>
      <code className="nowrap">{id}</code>
      {name && <span className="muted"> ({name})</span>}
    </span>
  );
}
