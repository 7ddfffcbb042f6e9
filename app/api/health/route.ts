// GET /api/health – liveness: the process answers. Touches neither AWS nor the config (see /api/ready for that).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
