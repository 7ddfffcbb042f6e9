/** The billing month (`month=YYYY-MM`, UTC) and hours billed in it. Pure. */

export const HOUR_MS = 3_600_000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface BillingMonth {
  /** YYYY-MM */
  month: string;
  /** Epoch ms, UTC: first instant of the month, first instant of the next. */
  start: number;
  end: number;
  /** Hours in the month (672–744). */
  hours: number;
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month of `now`, UTC. */
export function currentMonth(now: number): string {
  return new Date(now).toISOString().slice(0, 7);
}

export function billingMonth(month: string): BillingMonth {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`month must be YYYY-MM; got ${JSON.stringify(month)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const start = Date.UTC(y, mo, 1);
  const end = Date.UTC(y, mo + 1, 1);
  return { month, start, end, hours: (end - start) / HOUR_MS };
}

/**
 * Billed hours of a resource that exists from `createdAt` (epoch ms; undefined = before the month),
 * between `from` and `to` clipped to its life: AWS bills a started hour as a full hour, so the
 * count is rounded up. Hours are counted from the resource's creation, since that is where its
 * billing hours start, not from the clock hour.
 */
export function billedHours(createdAt: number | undefined, from: number, to: number): number {
  const start = Math.max(createdAt ?? from, from);
  if (to <= start) return 0;
  // Anchor the hour grid at creation (or the window start) so a partial first or last hour counts once.
  return Math.ceil((to - start) / HOUR_MS - 1e-9);
}

export interface BillingHours {
  /** Hours billed from the month start (or creation) to now (or the month end). */
  soFar: number;
  /** Hours billed by the month end if the resource stays. */
  month: number;
}

export function hoursInMonth(createdAt: number | undefined, m: BillingMonth, now: number): BillingHours {
  const to = Math.min(now, m.end);
  return { soFar: billedHours(createdAt, m.start, to), month: billedHours(createdAt, m.start, m.end) };
}

/** Epoch ms of an ISO time, or undefined when absent or unreadable. */
export function parseTime(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}
