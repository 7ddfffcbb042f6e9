import type { HopVerdict, PathVerdict } from "@/lib/paths/path-types";

const tone: Record<HopVerdict | PathVerdict, string> = {
  pass: "ok",
  reachable: "ok",
  fail: "bad",
  blocked: "bad",
  unknown: "pending",
};

const label: Record<HopVerdict | PathVerdict, string> = {
  pass: "pass",
  fail: "fail",
  unknown: "unknown",
  reachable: "reachable",
  blocked: "blocked",
};

export function VerdictBadge({ verdict }: { verdict: HopVerdict | PathVerdict }) {
  return <span className={`badge badge-${tone[verdict]}`}>{label[verdict]}</span>;
}
