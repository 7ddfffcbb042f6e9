// GET /api/inventory – the discovered inventory, filtered by ?account= and ?region= (repeatable); ?refresh=1 rediscovers
import { getInventory } from "@/lib/discovery/get-inventory";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { parseInventoryQuery } from "@/lib/schemas/inventory-query";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const q = parseInventoryQuery(new URL(req.url).searchParams);
    const inventory = await getInventory({ accounts: q.account, regions: q.region, refresh: q.refresh });
    return Response.json(inventory, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
