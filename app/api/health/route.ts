// GET /api/health – liveness for the demo launcher and e2e: answers without touching AWS.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true });
}
