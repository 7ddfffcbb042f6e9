import "server-only";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/to-error-response";
import { type AlarmDeps, type ResolveOutcome, resolveAlarm } from "./get-alarms";
import { type AlarmReference, parseAlarmNotification, referenceFromPath } from "./parse-alarm-notification";
import { publicBase } from "./public-base";
import { explainPath, ownPath, type Resolution } from "./resolve-alarm";

/** SNS messages are at most 256 KB; anything larger is not a notification. */
const MAX_BODY = 256 * 1024;

/** A 303 to one of our own paths; the Location is relative, so no Host header can redirect it away. */
export function seeOther(path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { location: ownPath(path), "cache-control": "no-store" },
  });
}

function destination(outcome: ResolveOutcome, ref: AlarmReference): string {
  const r: Resolution | undefined =
    outcome.kind === "payload"
      ? outcome.resolution
      : outcome.kind === "redirect" || outcome.kind === "choose" || outcome.kind === "unrelated"
        ? outcome
        : undefined;
  if (r?.kind === "redirect") return r.target.path;
  return explainPath({
    name: r?.alarm.name ?? ref.name,
    accountId: r?.alarm.accountId || ref.accountId,
    region: r?.alarm.region || ref.region,
  });
}

/** GET /alarms/<name or ARN>[?account=&region=] → 303 to the view, or to the page explaining why not. */
export async function resolvePathRequest(
  req: Request,
  segments: string[],
  deps?: AlarmDeps,
): Promise<Response> {
  try {
    const url = new URL(req.url);
    const q = url.searchParams;
    // Decode the raw path once ourselves, whatever the framework did to the params.
    const raw = url.pathname.startsWith("/alarms/")
      ? url.pathname.slice("/alarms/".length)
      : segments.join("/");
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      throw new AppError("bad_request", "The alarm name in the path is not valid percent-encoding", {
        field: "name",
      });
    }
    const ref = referenceFromPath(name, q.get("account") ?? undefined, q.get("region") ?? undefined);
    return seeOther(destination(await resolveAlarm(ref, deps), ref));
  } catch (e) {
    return toErrorResponse(e);
  }
}

async function readBody(req: Request): Promise<{ form: boolean; ref?: AlarmReference; body?: string }> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const text = await req.text();
  if (text.length > MAX_BODY)
    throw new AppError("bad_request", "The body is larger than an SNS message (256 KB)", { field: "body" });
  if (type === "application/x-www-form-urlencoded") {
    const f = new URLSearchParams(text);
    const payload = f.get("payload");
    if (payload) return { form: true, body: payload };
    const alarm = f.get("alarm");
    if (!alarm)
      throw new AppError("bad_request", "The form needs payload (a notification) or alarm (a name or ARN)", {
        field: "alarm",
      });
    return {
      form: true,
      ref: referenceFromPath(alarm, f.get("account") || undefined, f.get("region") || undefined),
    };
  }
  if (type && type !== "application/json" && type !== "text/plain")
    throw new AppError(
      "bad_request",
      `content-type ${type} is not accepted: send application/json or text/plain (as SNS does)`,
      { field: "content-type" },
    );
  return { form: false, body: text };
}

function wantsHtml(req: Request): boolean {
  const accept = req.headers.get("accept") ?? "";
  return accept.includes("text/html") && !accept.includes("application/json");
}

/**
 * POST /api/alarms/resolve: an SNS notification (raw or enveloped, JSON or text/plain), an
 * EventBridge alarm event, or a browser form. Browsers get the 303; machines `200 {url, resource,
 * window}` with an absolute url. A SubscriptionConfirmation is answered, not resolved (and its
 * SubscribeURL is never fetched: Lattice Lens calls no URL a request names).
 */
export async function resolvePostRequest(req: Request, deps?: AlarmDeps): Promise<Response> {
  try {
    const read = await readBody(req);
    let ref = read.ref;
    if (!ref) {
      const parsed = parseAlarmNotification(read.body ?? "");
      if (parsed.kind === "confirmation")
        return Response.json({
          resolved: false,
          type: parsed.type,
          topicArn: parsed.topicArn,
          message: `${parsed.type} received and not resolved. Confirm the subscription from the SNS console or with its SubscribeURL; notifications will then resolve here.`,
        });
      ref = parsed.ref;
    }
    const outcome = await resolveAlarm(ref, deps);
    if (read.form || wantsHtml(req)) return seeOther(destination(outcome, ref));
    const base = publicBase(req.url, req.headers);
    const r = outcome.kind === "payload" ? outcome.resolution : outcome;
    switch (r.kind) {
      case "redirect":
        return Response.json({
          url: base + r.target.path,
          resource: r.target.resource,
          window: r.window,
          alarm: r.alarm.name,
        });
      case "choose":
        return Response.json({
          url: base + destination(outcome, ref),
          resources: r.targets.map((t) => ({ ...t.resource, url: base + t.path })),
          window: r.window,
          alarm: r.alarm.name,
        });
      case "unrelated":
        return Response.json(
          {
            error: {
              code: "unrelated",
              message: `Alarm ${r.alarm.name} concerns no resource Lattice Lens shows`,
              field: "AlarmName",
            },
            url: base + destination(outcome, ref),
          },
          { status: 422 },
        );
      case "ambiguous":
        return Response.json(
          {
            error: {
              code: "ambiguous",
              message: `${r.candidates.length} alarms are named ${ref.name}: name the account and region (or send the ARN)`,
              field: "AlarmArn",
            },
            candidates: r.candidates.map((c) => ({ accountId: c.accountId, region: c.region, arn: c.arn })),
          },
          { status: 409 },
        );
      case "unknown":
        return Response.json(
          {
            error: {
              code: "not_found",
              message: `No alarm named ${ref.name} in the configured accounts and regions`,
              field: "AlarmName",
            },
            closeMatches: r.closeMatches,
          },
          { status: 404 },
        );
    }
  } catch (e) {
    return toErrorResponse(e);
  }
}
