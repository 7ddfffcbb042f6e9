import { CopyButton } from "./copy-button";

/** An id, ARN or IP: monospace, with a copy button. */
export function MonoId({ value, copy = true }: { value: string; copy?: boolean }) {
  return (
    <span className="mono-id">
      <code>{value}</code>
      {copy && <CopyButton value={value} />}
    </span>
  );
}
