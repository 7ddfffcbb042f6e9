import type { FilteredLogEvent, FilterLogEventsResponse } from "@aws-sdk/client-cloudwatch-logs";
import type { CallContext } from "../../protocols/types";
import { hash32 } from "../../traffic/random";
import { compileFilterPattern } from "./filter-pattern";
import { resolveLogGroup } from "./log-group-ref";
import { logsInvalidParameter } from "./logs-errors";

const MAX_PAGE_BYTES = 1_048_576;

interface Cursor {
  /** Where the next page starts: a timestamp, and how many events at exactly that timestamp to pass over. */
  t: number;
  k: number;
}

function decodeToken(token: unknown): Cursor | undefined {
  if (token === undefined) return undefined;
  try {
    const c = JSON.parse(Buffer.from(String(token), "base64url").toString("utf8")) as Cursor;
    if (typeof c.t === "number" && typeof c.k === "number") return c;
  } catch {
    // fall through
  }
  throw logsInvalidParameter("The specified nextToken is invalid.");
}

export function filterLogEvents(ctx: CallContext, input: Record<string, unknown>): FilterLogEventsResponse {
  const name = input.logGroupName;
  const identifier = input.logGroupIdentifier;
  if ((name === undefined) === (identifier === undefined)) {
    throw logsInvalidParameter("Exactly one of logGroupName or logGroupIdentifier must be specified.");
  }
  const streams = Array.isArray(input.logStreamNames) ? (input.logStreamNames as string[]) : undefined;
  const prefix = typeof input.logStreamNamePrefix === "string" ? input.logStreamNamePrefix : undefined;
  if (streams && prefix !== undefined) {
    throw logsInvalidParameter("logStreamNames and logStreamNamePrefix are mutually exclusive parameters.");
  }
  if (streams && (streams.length < 1 || streams.length > 100)) {
    throw logsInvalidParameter("logStreamNames must contain between 1 and 100 names.");
  }
  const limit = input.limit === undefined ? 10_000 : Number(input.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw logsInvalidParameter(
      `1 validation error detected: Value '${String(input.limit)}' at 'limit' failed to satisfy constraint: Member must have value between 1 and 10000`,
    );
  }
  const pattern = typeof input.filterPattern === "string" ? input.filterPattern : undefined;
  if (pattern !== undefined && pattern.length > 1024)
    throw logsInvalidParameter("filterPattern is too long.");
  const matches = compileFilterPattern(pattern);
  const { source } = resolveLogGroup(ctx, String(name ?? identifier));
  const nowMs = ctx.now.getTime();
  const startTime = input.startTime === undefined ? 0 : Number(input.startTime);
  // endTime is inclusive: events later than it are not returned.
  const endTime = input.endTime === undefined ? nowMs : Number(input.endTime);
  if (!Number.isFinite(startTime) || !Number.isFinite(endTime) || endTime < startTime) {
    throw logsInvalidParameter("startTime must not be after endTime.");
  }
  const cursor = decodeToken(input.nextToken);
  const events: FilteredLogEvent[] = [];
  let bytes = 0;
  let next: Cursor | undefined;
  if (source) {
    let curT = Number.NaN;
    let seenAtT = 0;
    for (const e of ctx.runtime.traffic.events(source, {
      fromMs: Math.max(startTime, cursor?.t ?? startTime),
      toMs: endTime + 1,
      nowMs,
      streamNames: streams,
      streamPrefix: prefix,
    })) {
      if (e.timestamp !== curT) {
        curT = e.timestamp;
        seenAtT = 0;
      }
      // Resume after the events at the cursor's timestamp that earlier pages already walked past.
      if (cursor && e.timestamp === cursor.t && seenAtT < cursor.k) {
        seenAtT += 1;
        continue;
      }
      if (matches(e.message)) {
        if (events.length >= limit || bytes + e.message.length > MAX_PAGE_BYTES) {
          next = { t: curT, k: seenAtT };
          break;
        }
        bytes += e.message.length;
        events.push({
          logStreamName: e.logStream,
          timestamp: e.timestamp,
          message: e.message,
          ingestionTime: e.ingestionTime,
          eventId: `${e.timestamp}${String(hash32(`${e.logStream}/${e.message}`)).padStart(10, "0")}`,
        });
      }
      seenAtT += 1;
    }
  }
  return {
    events,
    searchedLogStreams: [],
    nextToken: next ? Buffer.from(JSON.stringify(next)).toString("base64url") : undefined,
  };
}
