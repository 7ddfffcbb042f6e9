export type StatusTone = "ok" | "bad" | "pending" | "neutral";

/**
 * Colour class for a Lattice status or EC2 endpoint state. Lattice uses UPPER_SNAKE
 * (ACTIVE, CREATE_FAILED, UPDATE_IN_PROGRESS), EC2 lowercase (available, pendingAcceptance, failed).
 */
export function statusTone(status: string | undefined): StatusTone {
  if (!status) return "neutral";
  const s = status.toUpperCase();
  if (s === "ACTIVE" || s === "AVAILABLE" || s === "IN-USE") return "ok";
  if (s.endsWith("FAILED") || s === "FAILED" || s === "REJECTED" || s === "EXPIRED") return "bad";
  if (s.endsWith("IN_PROGRESS") || s.startsWith("PENDING") || s === "DELETING" || s === "CREATING") {
    return "pending";
  }
  return "neutral";
}
