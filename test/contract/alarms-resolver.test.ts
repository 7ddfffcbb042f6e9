/**
 * The alarm resolver against the simulator through the real SDK: names, ARNs, SNS (raw, envelope,
 * text/plain, metric math), EventBridge, unrelated and unknown alarms, bad payloads, and every
 * open-redirect form. The demo's `analytics-orders-network-health` is in ALARM since its NFM
 * incident began (40 min before the clock); its description links orders-postgres.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewAlarms } from "@/lib/alarms/get-alarms";
import { resolvePathRequest, resolvePostRequest } from "@/lib/alarms/resolve-request";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import type { Inventory } from "@/lib/schemas/inventory";
import { type SimHarness, startHarness } from "./sim-harness";

const ORDERS = "rcfg-0a27e0f02a6ca6b0c";
const SESSIONS_ENDPOINT = "vpce-68644f520c9a05e13";
const IN_ALARM = "analytics-orders-network-health";
const IN_ALARM_ARN = `arn:aws:cloudwatch:us-east-1:333333333333:alarm:${IN_ALARM}`;

let h: SimHarness;
let inventory: Inventory;
let deps: { config: SimHarness["config"]; inventory: Inventory };
const started = Date.now();

beforeAll(async () => {
  h = await startHarness();
  inventory = await discoverInventory(h.config);
  deps = { config: h.config, inventory };
}, 60_000);
afterAll(() => h.sim.close());

const get = (path: string) => {
  const url = new URL(`http://lens.test${path}`);
  const segments = url.pathname.replace(/^\/alarms\//, "").split("/");
  return resolvePathRequest(new Request(url), segments, deps);
};
const post = (body: string, type = "application/json", accept = "*/*") =>
  resolvePostRequest(
    new Request("http://lens.test/api/alarms/resolve", {
      method: "POST",
      headers: { "content-type": type, accept },
      body,
    }),
    deps,
  );

function location(res: Response): URL {
  expect(res.status).toBe(303);
  const loc = res.headers.get("location")!;
  expect(loc.startsWith("/")).toBe(true);
  expect(loc.startsWith("//")).toBe(false);
  return new URL(loc, "http://lens.test");
}

/** The state change the simulator evaluated: the end of the 5-minute period holding the incident's first minute. */
const incidentStart = () =>
  Math.floor((Math.ceil((started - 40 * 60_000) / 60_000) * 60_000) / 300_000) * 300_000 + 300_000;

function snsMessage(extra: Record<string, unknown> = {}) {
  return {
    AlarmName: IN_ALARM,
    AlarmDescription: "Network health",
    AWSAccountId: "333333333333",
    NewStateValue: "ALARM",
    NewStateReason: "Threshold Crossed",
    StateChangeTime: "2026-12-04T01:35:00.000+0000",
    Region: "US East (N. Virginia)",
    AlarmArn: IN_ALARM_ARN,
    OldStateValue: "OK",
    Trigger: {
      MetricName: "HealthIndicator",
      Namespace: "AWS/NetworkFlowMonitor",
      Statistic: "MAXIMUM",
      Dimensions: [
        { value: "analytics-lake-monitor", name: "MonitorName" },
        { value: "INTER_VPC", name: "MeasurementSource" },
      ],
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
    },
    ...extra,
  };
}

describe("GET /alarms/<name or ARN>", () => {
  it("a name → 303 to the linked configuration, from 1 h before the state change, live, alarm highlighted", async () => {
    const url = location(await get(`/alarms/${IN_ALARM}`));
    expect(url.pathname).toBe(`/configurations/${ORDERS}`);
    expect(url.searchParams.get("alarm")).toBe(IN_ALARM);
    expect(url.searchParams.get("to")).toBe("now");
    const from = Date.parse(url.searchParams.get("from")!);
    const change = incidentStart();
    // Within a period of the clock drift between this test's start and the simulator's anchor.
    expect(Math.abs(from - (change - 3_600_000))).toBeLessThanOrEqual(300_000);
  });

  it("an ARN → the same place", async () => {
    const byName = location(await get(`/alarms/${IN_ALARM}`));
    const byArn = location(await get(`/alarms/${encodeURIComponent(IN_ALARM_ARN)}`));
    expect(byArn.pathname + byArn.search).toBe(byName.pathname + byName.search);
  });

  it("an NFM alarm on a VPC reaching several configurations → the chooser page", async () => {
    const url = location(await get("/alarms/payments-network-health"));
    expect(url.pathname).toBe("/alarms");
    expect(url.searchParams.get("resolve")).toBe("payments-network-health");
  });

  it("an alarm on an unrelated metric, and an unknown one → the explaining page", async () => {
    expect(location(await get("/alarms/billing-batch-cpu")).searchParams.get("resolve")).toBe(
      "billing-batch-cpu",
    );
    expect(location(await get("/alarms/no-such-alarm")).pathname).toBe("/alarms");
  });

  it("bad account or region → 400 naming the field", async () => {
    const res = await get(`/alarms/${IN_ALARM}?account=12`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe("account");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    "%252F%252Fevil.example",
    "https:%2F%2Fevil.example",
    "%5C%5Cevil.example",
    "java%0d%0ascript:alert(1)",
  ])("never redirects off-site: %s", async (name) => {
    const url = location(await get(`/alarms/${name}`));
    expect(url.host).toBe("lens.test");
    expect(url.pathname).toBe("/alarms");
  });
});

describe("POST /api/alarms/resolve", () => {
  it("an SNS message (raw JSON) → 200 {url, resource, window} for a machine", async () => {
    const res = await post(JSON.stringify(snsMessage()));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.resource).toEqual({ kind: "configuration", id: ORDERS, role: "target" });
    // The notification's own time wins: 01:35 − 1 h.
    expect(body.window).toEqual({ from: "2026-12-04T00:35:00Z", to: "now" });
    expect(body.url).toBe(
      `http://lens.test/configurations/${ORDERS}?from=2026-12-04T00%3A35%3A00Z&to=now&alarm=${IN_ALARM}`,
    );
  });

  it("the SNS envelope as text/plain (what SNS sends) → the same; a browser form → 303", async () => {
    const envelope = JSON.stringify({
      Type: "Notification",
      MessageId: "m-1",
      TopicArn: "arn:aws:sns:us-east-1:333333333333:alarms",
      Subject: `ALARM: "${IN_ALARM}" in US East (N. Virginia)`,
      Message: JSON.stringify(snsMessage()),
      Timestamp: "2026-12-04T01:35:01.000Z",
    });
    const res = await post(envelope, "text/plain; charset=UTF-8");
    expect((await res.json()).resource.id).toBe(ORDERS);
    const form = await post(
      new URLSearchParams({ payload: envelope }).toString(),
      "application/x-www-form-urlencoded",
    );
    expect(location(form).pathname).toBe(`/configurations/${ORDERS}`);
    const html = await post(envelope, "text/plain", "text/html,application/xhtml+xml");
    expect(location(html).pathname).toBe(`/configurations/${ORDERS}`);
  });

  it("an SNS metric-math alarm DescribeAlarms does not know → related from its Trigger.Metrics", async () => {
    const msg = snsMessage({
      AlarmName: "math-on-endpoint",
      AlarmArn: "arn:aws:cloudwatch:us-east-1:222222222222:alarm:math-on-endpoint",
      AlarmDescription: "",
      Trigger: {
        Metrics: [
          { Id: "e1", Expression: "m1 * 8", ReturnData: true },
          {
            Id: "m1",
            MetricStat: {
              Metric: {
                Namespace: "AWS/PrivateLinkEndpoints",
                MetricName: "BytesProcessed",
                Dimensions: [{ value: SESSIONS_ENDPOINT, name: "VPC Endpoint Id" }],
              },
              Period: 600,
              Stat: "Sum",
            },
            ReturnData: false,
          },
        ],
        EvaluationPeriods: 2,
      },
    });
    const body = await (await post(JSON.stringify(msg))).json();
    expect(body.resource).toEqual({ kind: "endpoint", id: SESSIONS_ENDPOINT, role: "target" });
  });

  it("an EventBridge alarm state change → the same view", async () => {
    const event = {
      version: "0",
      id: "e-1",
      "detail-type": "CloudWatch Alarm State Change",
      source: "aws.cloudwatch",
      account: "333333333333",
      time: "2026-12-04T01:35:00Z",
      region: "us-east-1",
      resources: [IN_ALARM_ARN],
      detail: {
        alarmName: IN_ALARM,
        state: { value: "ALARM", reason: "Threshold Crossed", timestamp: "2026-12-04T01:35:00.000+0000" },
        previousState: { value: "OK", timestamp: "2026-12-04T01:00:00.000+0000" },
        configuration: {
          metrics: [
            {
              id: "m",
              metricStat: {
                metric: {
                  namespace: "AWS/NetworkFlowMonitor",
                  name: "HealthIndicator",
                  dimensions: { MonitorName: "analytics-lake-monitor", MeasurementSource: "INTER_VPC" },
                },
                period: 300,
                stat: "Maximum",
              },
              returnData: true,
            },
          ],
        },
      },
    };
    const body = await (await post(JSON.stringify(event))).json();
    expect(body).toMatchObject({
      resource: { id: ORDERS },
      window: { from: "2026-12-04T00:35:00Z", to: "now" },
    });
  });

  it("a SubscriptionConfirmation is answered, not resolved", async () => {
    const res = await post(
      JSON.stringify({
        Type: "SubscriptionConfirmation",
        TopicArn: "arn:aws:sns:us-east-1:333333333333:alarms",
        SubscribeURL: "https://evil.example/confirm",
        Token: "t",
      }),
      "text/plain",
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ resolved: false, type: "SubscriptionConfirmation" });
  });

  it.each([
    ["not json", "text/plain", "body"],
    [JSON.stringify([1]), "application/json", "body"],
    [JSON.stringify({ Type: "Notification", TopicArn: "t", Message: "{oops" }), "text/plain", "Message"],
    [JSON.stringify({ AlarmName: "" }), "application/json", "AlarmName"],
    [
      JSON.stringify({ ...snsMessage(), StateChangeTime: "yesterday" }),
      "application/json",
      "StateChangeTime",
    ],
    [
      JSON.stringify({ "detail-type": "EC2 Instance State-change Notification", detail: {} }),
      "application/json",
      "detail-type",
    ],
    [JSON.stringify({ hello: "world" }), "application/json", "body"],
    ["{}", "application/xml", "content-type"],
  ])("garbage %s (%s) → 400 naming %s", async (body, type, field) => {
    const res = await post(body, type);
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe(field);
  });

  it("never redirects to a URL from the request: url fields and description links' hosts are ignored", async () => {
    const msg = snsMessage({
      AlarmName: "unknown-with-link",
      AlarmArn: "arn:aws:cloudwatch:us-east-1:333333333333:alarm:unknown-with-link",
      AlarmDescription: `//evil.example javascript:alert(1) https://evil.example/configurations/${ORDERS}`,
      url: "https://evil.example",
      redirect: "//evil.example",
      Trigger: {},
    });
    const res = await post(
      new URLSearchParams({ payload: JSON.stringify(msg), next: "//evil.example" }).toString(),
      "application/x-www-form-urlencoded",
    );
    const url = location(res);
    expect(url.host).toBe("lens.test");
    expect(url.pathname).toBe(`/configurations/${ORDERS}`);
  });

  it("an unrelated alarm is 422, an unknown one 404 with close matches", async () => {
    const unrelated = await post(
      JSON.stringify(
        snsMessage({
          AlarmName: "billing-batch-cpu",
          AlarmArn: "arn:aws:cloudwatch:us-east-1:111111111111:alarm:billing-batch-cpu",
          Trigger: {},
        }),
      ),
    );
    expect(unrelated.status).toBe(422);
    const unknown = await post(
      JSON.stringify(
        snsMessage({
          AlarmName: "analytics-orders-network-helth",
          AlarmArn: undefined,
          Trigger: {},
          AlarmDescription: "",
        }),
      ),
    );
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).closeMatches).toContain(IN_ALARM);
  });
});

describe("alarms on a view", () => {
  it("orders-postgres carries the alarm in ALARM with an open interval from its state change", async () => {
    const now = Date.now();
    const { alarms } = await viewAlarms(
      "configuration",
      ORDERS,
      { start: now - 3 * 3_600_000, end: now },
      IN_ALARM,
      deps,
    );
    const a = alarms.find((x) => x.name === IN_ALARM)!;
    expect(a).toMatchObject({ state: "ALARM", highlighted: true });
    expect(a.intervals).toHaveLength(1);
    expect(a.intervals[0]!.end).toBeNull();
    expect(Math.abs(a.intervals[0]!.start - incidentStart())).toBeLessThanOrEqual(300_000);
    expect(a.changes.map((c) => c.to)).toEqual(["ALARM"]);
    // The composite and the custom-metric alarm whose description links here are on it too.
    expect(alarms.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        "analytics-orders-degraded",
        "orders-api-p99-latency",
        "analytics-lake-retransmissions",
      ]),
    );
  });
});
