/**
 * What a CloudWatch alarm notification names (aws-facts §0.1 item 8): an SNS message (raw, or the
 * SNS envelope whose `Message` is that JSON as a string), or an EventBridge "CloudWatch Alarm
 * State Change" event. A SubscriptionConfirmation is recognised so it can be answered instead of
 * resolved. Anything else is a bad request naming the field. Pure.
 */
import { AppError } from "@/lib/errors";
import type { AlarmState, Dimension } from "./alarm-types";

export interface AlarmReference {
  name: string;
  accountId?: string;
  region?: string;
  arn?: string;
  state?: AlarmState;
  /** Epoch ms of the state change the notification reports. */
  stateChangeTime?: number;
  description?: string;
  namespace?: string;
  metricName?: string;
  dimensions?: Dimension[];
  metrics?: Array<{ namespace?: string; metricName?: string; dimensions: Dimension[] }>;
  period?: number;
  evaluationPeriods?: number;
  source: "name" | "arn" | "sns" | "eventbridge";
}

export type ParsedNotification =
  | { kind: "alarm"; ref: AlarmReference }
  | { kind: "confirmation"; type: string; topicArn?: string };

const ARN_RE = /^arn:aws[a-z-]*:cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/;
const STATES = new Set(["OK", "ALARM", "INSUFFICIENT_DATA"]);

const bad = (field: string, message: string) => new AppError("bad_request", message, { field });

export function parseAlarmArn(arn: string): { region: string; accountId: string; name: string } | undefined {
  const m = ARN_RE.exec(arn);
  return m ? { region: m[1]!, accountId: m[2]!, name: m[3]! } : undefined;
}

/** `2015-06-03T17:43:27.123+0000` (SNS, EventBridge) or any ISO-8601 → epoch ms. */
export function parseAlarmTime(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw bad(field, `${field} must be a timestamp string`);
  const t = Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, "$1:$2"));
  if (Number.isNaN(t)) throw bad(field, `${field} is not a timestamp: ${JSON.stringify(value.slice(0, 60))}`);
  return t;
}

function str(o: Record<string, unknown>, key: string, field: string, required = false): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (required) throw bad(field, `${field} is missing`);
    return undefined;
  }
  if (typeof v !== "string" || (required && v.trim() === ""))
    throw bad(field, `${field} must be a non-empty string`);
  return v;
}

function num(v: unknown): number | undefined {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** SNS writes `[{value, name}]`; EventBridge an object `{Name: value}`. */
function dimensionsOf(v: unknown): Dimension[] {
  if (Array.isArray(v))
    return v.flatMap((d) =>
      isObject(d) && typeof (d.name ?? d.Name) === "string"
        ? [{ name: String(d.name ?? d.Name), value: String(d.value ?? d.Value ?? "") }]
        : [],
    );
  if (isObject(v)) return Object.entries(v).map(([name, value]) => ({ name, value: String(value) }));
  return [];
}

function fromSns(m: Record<string, unknown>, prefix: string): AlarmReference {
  const name = str(m, "AlarmName", `${prefix}AlarmName`, true)!;
  const arn = str(m, "AlarmArn", `${prefix}AlarmArn`);
  const parsedArn = arn ? parseAlarmArn(arn) : undefined;
  if (arn && !parsedArn) throw bad(`${prefix}AlarmArn`, `${prefix}AlarmArn is not a CloudWatch alarm ARN`);
  const state = str(m, "NewStateValue", `${prefix}NewStateValue`);
  if (state !== undefined && !STATES.has(state))
    throw bad(`${prefix}NewStateValue`, `${prefix}NewStateValue must be OK, ALARM or INSUFFICIENT_DATA`);
  const trigger = isObject(m.Trigger) ? m.Trigger : {};
  const metrics = Array.isArray(trigger.Metrics)
    ? trigger.Metrics.flatMap((q) => {
        const metric =
          isObject(q) && isObject(q.MetricStat) && isObject(q.MetricStat.Metric)
            ? q.MetricStat.Metric
            : undefined;
        return metric
          ? [
              {
                namespace: typeof metric.Namespace === "string" ? metric.Namespace : undefined,
                metricName: typeof metric.MetricName === "string" ? metric.MetricName : undefined,
                dimensions: dimensionsOf(metric.Dimensions),
              },
            ]
          : [];
      })
    : undefined;
  const account = str(m, "AWSAccountId", `${prefix}AWSAccountId`);
  return {
    name,
    arn,
    // Region is a display name in SNS ("US East (N. Virginia)"): the code comes from the ARN.
    region: parsedArn?.region,
    accountId: parsedArn?.accountId ?? account,
    state: state as AlarmState | undefined,
    stateChangeTime: parseAlarmTime(m.StateChangeTime, `${prefix}StateChangeTime`),
    description: typeof m.AlarmDescription === "string" ? m.AlarmDescription : undefined,
    namespace: typeof trigger.Namespace === "string" ? trigger.Namespace : undefined,
    metricName: typeof trigger.MetricName === "string" ? trigger.MetricName : undefined,
    dimensions: dimensionsOf(trigger.Dimensions),
    metrics,
    period: num(trigger.Period),
    evaluationPeriods: num(trigger.EvaluationPeriods),
    source: "sns",
  };
}

function fromEventBridge(e: Record<string, unknown>): AlarmReference {
  if (e["detail-type"] !== "CloudWatch Alarm State Change")
    throw bad("detail-type", `detail-type must be "CloudWatch Alarm State Change"`);
  if (!isObject(e.detail)) throw bad("detail", "detail is missing");
  const d = e.detail;
  const name = str(d, "alarmName", "detail.alarmName", true)!;
  const resources = Array.isArray(e.resources)
    ? e.resources.filter((r): r is string => typeof r === "string")
    : [];
  const arn = resources.find((r) => ARN_RE.test(r));
  const parsedArn = arn ? parseAlarmArn(arn) : undefined;
  const state = isObject(d.state) ? d.state : {};
  const value = typeof state.value === "string" ? state.value : undefined;
  if (value !== undefined && !STATES.has(value))
    throw bad("detail.state.value", "detail.state.value must be OK, ALARM or INSUFFICIENT_DATA");
  const configuration = isObject(d.configuration) ? d.configuration : {};
  const queries = Array.isArray(configuration.metrics) ? configuration.metrics : [];
  let period: number | undefined;
  const metrics = queries.flatMap((q) => {
    const stat = isObject(q) && isObject(q.metricStat) ? q.metricStat : undefined;
    const metric = stat && isObject(stat.metric) ? stat.metric : undefined;
    if (!metric) return [];
    period ??= num(stat?.period);
    return [
      {
        namespace: typeof metric.namespace === "string" ? metric.namespace : undefined,
        metricName: typeof metric.name === "string" ? metric.name : undefined,
        dimensions: dimensionsOf(metric.dimensions),
      },
    ];
  });
  return {
    name,
    arn,
    region: parsedArn?.region ?? (typeof e.region === "string" ? e.region : undefined),
    accountId: parsedArn?.accountId ?? (typeof e.account === "string" ? e.account : undefined),
    state: value as AlarmState | undefined,
    stateChangeTime: parseAlarmTime(state.timestamp ?? e.time, "detail.state.timestamp"),
    description: typeof configuration.description === "string" ? configuration.description : undefined,
    metrics,
    dimensions: [],
    period,
    evaluationPeriods: num(configuration.evaluationPeriods),
    source: "eventbridge",
  };
}

/** A request body (already read as text or JSON) → what it names. */
export function parseAlarmNotification(body: unknown): ParsedNotification {
  let value = body;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw bad("body", "The body must be JSON: an SNS notification or an EventBridge alarm event");
    }
  }
  if (!isObject(value)) throw bad("body", "The body must be a JSON object");
  if (value.Type === "SubscriptionConfirmation" || value.Type === "UnsubscribeConfirmation")
    return {
      kind: "confirmation",
      type: value.Type,
      topicArn: typeof value.TopicArn === "string" ? value.TopicArn : undefined,
    };
  if (value.Type === "Notification" || ("Message" in value && "TopicArn" in value)) {
    if (typeof value.Message !== "string")
      throw bad("Message", "Message must be the alarm's JSON as a string");
    let inner: unknown;
    try {
      inner = JSON.parse(value.Message);
    } catch {
      throw bad("Message", "Message is not JSON: is the topic's subscriber a CloudWatch alarm?");
    }
    if (!isObject(inner)) throw bad("Message", "Message must be a JSON object");
    return { kind: "alarm", ref: fromSns(inner, "Message.") };
  }
  if ("detail-type" in value || value.source === "aws.cloudwatch")
    return { kind: "alarm", ref: fromEventBridge(value) };
  if ("AlarmName" in value) return { kind: "alarm", ref: fromSns(value, "") };
  throw bad(
    "body",
    "Not an alarm notification: expected an SNS message (AlarmName), an SNS envelope (Type, Message) or an EventBridge event (detail-type)",
  );
}

/** `/alarms/<name or ARN>` → a reference. */
export function referenceFromPath(segment: string, account?: string, region?: string): AlarmReference {
  const arn = parseAlarmArn(segment);
  if (arn) return { ...arn, arn: segment, source: "arn" };
  if (!segment.trim()) throw bad("name", "The alarm name is empty");
  if (account !== undefined && !/^\d{12}$/.test(account))
    throw bad("account", "account must be a 12-digit account id");
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
    throw bad("region", "region must be a region code such as us-east-1");
  return { name: segment, accountId: account, region, source: "name" };
}
