// GET /api/ready – readiness for load balancers and Kubernetes: config valid, a discovery succeeded since start, sources reachable (503 until then)
import { configProblemAtStart } from "@/lib/config/load-config";
import { discoveryStatus } from "@/lib/discovery/discovery-status";
import { getInventory } from "@/lib/discovery/get-inventory";
import { evaluateReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** A failed first discovery is retried by the probe itself, at most this often. */
const RETRY_MS = 30_000;

export async function GET(): Promise<Response> {
  const problem = await configProblemAtStart();
  const status = discoveryStatus();
  const lastAttempt = status.lastAttemptAt ? Date.parse(status.lastAttemptAt) : 0;
  if (!problem && !status.lastSuccessAt && !status.inFlight && Date.now() - lastAttempt > RETRY_MS) {
    // Boot discovery failed or never ran (e.g. `next dev`): start one; this probe still answers now.
    getInventory().catch(() => {});
  }
  const readiness = evaluateReadiness(problem, discoveryStatus());
  return Response.json(readiness, {
    status: readiness.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
