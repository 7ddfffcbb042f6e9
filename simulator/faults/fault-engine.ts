/**
 * Fault injection. Rates are applied by a per-fault counter, not Math.random, so a given request
 * sequence always fails the same way: with rate r the n-th matching request (0-based) fails when
 * ceil((n+1)·r) > ceil(n·r) — the first matching request fails, and exactly r of every 1/r do.
 */
import type { Fault } from "../scenario/schema";

export interface FaultTarget {
  service: string;
  operation: string;
  account: string;
  region: string;
}

export type FaultOutcome = "throttle" | "internal" | "accessDenied";

export interface FaultDecision {
  latencyMs: number;
  outcome?: FaultOutcome;
}

const PPM = 1_000_000;

function fires(counter: number, rate: number): boolean {
  const r = Math.round(rate * PPM);
  const ceil = (n: number) => Math.floor((n * r + PPM - 1) / PPM);
  return ceil(counter + 1) > ceil(counter);
}

export function faultMatches(f: Fault, t: FaultTarget): boolean {
  return (
    (f.service === undefined || f.service === t.service) &&
    (f.operation === undefined || f.operation === t.operation) &&
    (f.account === undefined || f.account === t.account) &&
    (f.region === undefined || f.region === t.region)
  );
}

export class FaultEngine {
  private faults: Fault[] = [];
  private counters: Array<{ throttle: number; error: number }> = [];

  constructor(initial: Fault[] = []) {
    this.set(initial);
  }

  /** Replaces all faults and restarts their counters. */
  set(faults: Fault[]): void {
    this.faults = faults.map((f) => ({ ...f }));
    this.counters = faults.map(() => ({ throttle: 0, error: 0 }));
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  decide(target: FaultTarget): FaultDecision {
    let latencyMs = 0;
    let outcome: FaultOutcome | undefined;
    this.faults.forEach((f, i) => {
      if (!faultMatches(f, target)) return;
      const c = this.counters[i]!;
      latencyMs = Math.max(latencyMs, f.latencyMs ?? 0);
      if (outcome) return;
      if (f.accessDenied) outcome = "accessDenied";
      else if (f.throttleRate !== undefined && f.throttleRate > 0 && fires(c.throttle++, f.throttleRate)) {
        outcome = "throttle";
      } else if (f.errorRate !== undefined && f.errorRate > 0 && fires(c.error++, f.errorRate))
        outcome = "internal";
    });
    return outcome ? { latencyMs, outcome } : { latencyMs };
  }
}
