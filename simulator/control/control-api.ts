/**
 * The simulator's own endpoints under `/_sim/`: health, scenario summary, faults, reset, stats,
 * traffic ground truth.
 * Not AWS: plain JSON, no signing.
 */
import { z } from "zod";
import type { FaultEngine } from "../faults/fault-engine";
import type { SimResponse } from "../protocols/types";
import { type Fault, faultSchema } from "../scenario/schema";
import type { SimState } from "../state/sim-state";
import type { TrafficModel } from "../traffic/traffic-model";
import type { CallStats } from "./call-stats";
import { scenarioSummary } from "./scenario-summary";
import { trafficTruthResponse } from "./traffic-truth-endpoint";

export interface ControlDeps {
  state: SimState;
  faults: FaultEngine;
  stats: CallStats;
  initialFaults: Fault[];
  traffic: TrafficModel;
  now: Date;
  query: URLSearchParams;
}

const json = (status: number, body: unknown): SimResponse => ({
  status,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export function handleControl(method: string, path: string, body: string, deps: ControlDeps): SimResponse {
  const route = `${method} ${path.replace(/\/$/, "")}`;
  switch (route) {
    case "GET /_sim/health":
      return json(200, { ok: true, scenario: deps.state.scenario.name });
    case "GET /_sim/scenario":
      return json(200, scenarioSummary(deps.state));
    case "GET /_sim/faults":
      return json(200, deps.faults.list());
    case "PUT /_sim/faults":
    case "POST /_sim/faults": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body || "[]");
      } catch {
        return json(400, { error: "body must be a JSON array of faults" });
      }
      const result = z.array(faultSchema).safeParse(parsed);
      if (!result.success) {
        const issue = result.error.issues[0];
        return json(400, { error: `${(issue?.path ?? []).join(".")}: ${issue?.message ?? "invalid"}` });
      }
      deps.faults.set(result.data);
      return json(200, deps.faults.list());
    }
    case "DELETE /_sim/faults":
      deps.faults.set([]);
      return json(200, []);
    case "POST /_sim/reset":
      deps.faults.set(deps.initialFaults);
      deps.stats.reset();
      return json(200, { ok: true, faults: deps.faults.list() });
    case "GET /_sim/stats":
      return json(200, deps.stats.snapshot());
    case "GET /_sim/truth/traffic": {
      const r = trafficTruthResponse(deps.traffic, deps.query, deps.now);
      return json(r.status, r.body);
    }
    case "DELETE /_sim/stats":
      deps.stats.reset();
      return json(200, deps.stats.snapshot());
    default:
      return json(404, { error: `unknown control endpoint ${route}` });
  }
}
