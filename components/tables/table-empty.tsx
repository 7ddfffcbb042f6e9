/** Why a list table has no rows: nothing discovered, or nothing matching the filters. */
export function TableEmpty({
  noun,
  total,
  matching,
  onClear,
}: {
  noun: string;
  total: number;
  matching: number;
  onClear: () => void;
}) {
  if (total === 0)
    return (
      <div className="empty">
        <strong>No {noun} in the watched accounts and regions</strong>
        Discovery found none. If you expected some, check the configured accounts and regions and the warnings
        on the overview.
      </div>
    );
  if (matching === 0)
    return (
      <div className="empty">
        <strong>
          No {noun} match these filters —{" "}
          <button type="button" className="btn btn-link" onClick={onClear}>
            clear filters
          </button>
        </strong>
      </div>
    );
  return null;
}
