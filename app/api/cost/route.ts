// GET /api/cost?month=YYYY-MM&window=now-24h[&format=csv] – projected cost per configuration, path and in total, with what-ifs and the prices used
import { costCsv } from "@/lib/cost/cost-csv";
import { parseCostQuery } from "@/lib/cost/cost-query";
import { getCost } from "@/lib/cost/get-cost";
import { sortCosts } from "@/lib/cost/sort-costs";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const now = Date.now();
    const parsed = parseCostQuery(new URL(req.url).searchParams, now);
    if (!parsed.ok) throw new AppError("bad_request", parsed.message, { field: parsed.parameter });
    const { query } = parsed;
    const full = await getCost(query, now);
    // `config` narrows the answer to one configuration (a configuration page's panel); `sort` orders it.
    const picked = query.config
      ? full.configurations.filter((c) => c.id === query.config)
      : full.configurations;
    const cost = { ...full, configurations: sortCosts(picked, query.sort) };
    if (query.format === "csv") {
      return new Response(costCsv(cost), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="lattice-cost-${cost.month}.csv"`,
          "cache-control": "no-store",
        },
      });
    }
    return Response.json(cost, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
