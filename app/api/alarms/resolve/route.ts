// POST /api/alarms/resolve – an SNS notification, EventBridge event or form → the view (303 or 200 {url, resource, window})
import { resolvePostRequest } from "@/lib/alarms/resolve-request";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  return resolvePostRequest(req);
}
