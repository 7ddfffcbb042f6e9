// GET /alarms/<alarm name or ARN>[?account=&region=] – 303 to the related view at the alarm's moment
import { resolvePathRequest } from "@/lib/alarms/resolve-request";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ ref: string[] }> }): Promise<Response> {
  return resolvePathRequest(req, (await ctx.params).ref);
}
