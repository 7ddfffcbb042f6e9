import Link from "next/link";

/** A one-line pointer to the overview's warnings, so a partial list is never mistaken for a full one. */
export function WarningsNote({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="badge badge-pending">
      Partial results: {count} source{count === 1 ? "" : "s"} failed —{" "}
      <Link href="/#warnings">see overview</Link>
    </span>
  );
}
