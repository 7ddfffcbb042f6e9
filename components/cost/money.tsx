/**
 * A dollar figure that can show its inputs (hours × rate, GB × rate): the inputs are the title
 * (hover, long-press) and are read out to screen readers. Unknown figures say so, never $0.
 */
import { formatUsd } from "@/lib/cost/format-money";

export function Money({
  value,
  inputs,
  unknownLabel = "unknown",
  plus = false,
}: {
  value: number | null;
  inputs?: string;
  unknownLabel?: string;
  /** A lower bound (data charges unknown): shown with a trailing "+". */
  plus?: boolean;
}) {
  if (value === null) {
    return (
      <span className="muted" title={inputs}>
        {unknownLabel}
      </span>
    );
  }
  const text = `${formatUsd(value)}${plus ? "+" : ""}`;
  if (!inputs) return <span className="num">{text}</span>;
  return (
    <abbr className="num" title={inputs} aria-label={`${text}: ${inputs}`}>
      {text}
    </abbr>
  );
}
