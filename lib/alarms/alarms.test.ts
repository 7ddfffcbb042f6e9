import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { B, cleanInventory, configuration, region } from "@/lib/findings/test-builders";
import { alarmIntervals, parseHistoryItem } from "./alarm-intervals";
import type { AlarmRecord } from "./alarm-types";
import { alarmWindow } from "./alarm-window";
import { descriptionLinks } from "./description-links";
import { parseAlarmNotification, referenceFromPath } from "./parse-alarm-notification";
import { relateAlarms, ruleChildren } from "./relate-alarms";
import { closeMatches, explainPath, findAlarm, isOwnPath, planResolution, viewPath } from "./resolve-alarm";

const CFG = "rcfg-0a27e0f02a6ca6b0c";
const rec = (partial: Partial<AlarmRecord>): AlarmRecord => ({
  name: "a",
  arn: `arn:aws:cloudwatch:${region}:${B}:alarm:${partial.name ?? "a"}`,
  accountId: B,
  region,
  type: "metric",
  state: "OK",
  stateReason: "",
  stateUpdatedAt: 0,
  dimensions: [],
  ...partial,
});

describe("relating alarms to resources", () => {
  const inv = cleanInventory();
  inv.resourceConfigurations.push(configuration({ id: CFG, name: "orders" }));
  const monitors = [
    {
      accountId: B,
      region,
      name: "consumer-monitor",
      localResources: [{ type: "AWS::EC2::VPC", identifier: "vpc-cons" }],
    },
  ];
  const relate = (a: Partial<AlarmRecord>, all: Partial<AlarmRecord>[] = []) =>
    relateAlarms(inv, [rec(a), ...all.map(rec)], monitors, true)[0]!;

  it("NFM monitor → its VPC's endpoints (path) → the configurations they reach (targets)", () => {
    const r = relate({
      namespace: "AWS/NetworkFlowMonitor",
      dimensions: [{ name: "MonitorName", value: "consumer-monitor" }],
    });
    expect(r.relatedBy).toEqual(["dimensions"]);
    expect(r.resources).toEqual(
      expect.arrayContaining([
        { kind: "endpoint", id: "vpce-res", role: "path" },
        { kind: "endpoint", id: "vpce-sn", role: "path" },
        { kind: "configuration", id: "rcfg-db", role: "target" },
      ]),
    );
  });

  it.each(["AWS/VpcLattice", "AWS/PrivateLinkEndpoints"])(
    "%s: any dimension holding an endpoint id, whatever the metric",
    (ns) => {
      const r = relate({
        namespace: ns,
        metricName: "SomethingUndocumented",
        dimensions: [{ name: "Whatever", value: "vpce-res" }],
      });
      expect(r.resources).toEqual([
        { kind: "endpoint", id: "vpce-res", role: "target" },
        { kind: "configuration", id: "rcfg-db", role: "path" },
      ]);
    },
  );

  it("a description link wins as the target; the rest stays on the path; composites inherit", () => {
    const r = relate({
      namespace: "AWS/NetworkFlowMonitor",
      dimensions: [{ name: "MonitorName", value: "consumer-monitor" }],
      description: `see https://lens.example/configurations/${CFG}?alarm=a.`,
    });
    expect(r.resources.filter((x) => x.role === "target")).toEqual([
      { kind: "configuration", id: CFG, role: "target" },
    ]);
    expect(r.relatedBy).toEqual(["dimensions", "description-link"]);
    const c = relate({ name: "c", type: "composite", rule: 'ALARM("child") OR OK(other)' }, [
      { name: "child", namespace: "AWS/VpcLattice", dimensions: [{ name: "X", value: "vpce-sn" }] },
    ]);
    expect(c.relatedBy).toEqual(["children"]);
    expect(c.resources).toEqual([{ kind: "endpoint", id: "vpce-sn", role: "target" }]);
  });

  it("unrelated: another namespace, an unknown monitor, a link to nothing we know", () => {
    expect(
      relate({ namespace: "AWS/EC2", dimensions: [{ name: "InstanceId", value: "vpce-res" }] }).resources,
    ).toEqual([]);
    expect(
      relate({ namespace: "AWS/NetworkFlowMonitor", dimensions: [{ name: "MonitorName", value: "x" }] })
        .resources,
    ).toEqual([]);
    expect(
      relate({ description: "https://lens.example/configurations/rcfg-00000000000000000" }).resources,
    ).toEqual([]);
  });

  it("reads rule children and description links", () => {
    expect(
      ruleChildren(
        'ALARM("a b") AND NOT OK(arn:aws:cloudwatch:us-east-1:111111111111:alarm:c) OR ALARM(a b)',
      ),
    ).toEqual(["a b", "c"]);
    expect(descriptionLinks("x https://h/p/endpoints/vpce-0123456789abcdef0), and /gateways/rgw-1")).toEqual([
      { kind: "endpoint", id: "vpce-0123456789abcdef0" },
    ]);
  });
});

describe("window and intervals", () => {
  const T = Date.parse("2026-12-04T01:35:00Z");
  it.each([
    [undefined, undefined, null, { from: "2026-12-04T00:35:00Z", to: "now" }],
    [300, 1, T + 600_000, { from: "2026-12-04T00:35:00Z", to: "2026-12-04T01:45:00Z" }],
    [3600, 2, null, { from: "2026-12-03T19:35:00Z", to: "now" }],
  ])("period %s × %s", (period, n, ok, expected) => {
    expect(alarmWindow(T, ok, period, n)).toEqual(expected);
  });

  it("ALARM stretches from the changes and the current state", () => {
    const changes = [
      { t: 10, from: "OK" as const, to: "ALARM" as const },
      { t: 20, from: "ALARM" as const, to: "OK" as const },
      { t: 30, from: "OK" as const, to: "ALARM" as const },
    ];
    expect(alarmIntervals(changes, "ALARM", 0, 100)).toEqual([
      { start: 10, end: 20 },
      { start: 30, end: null },
    ]);
    expect(alarmIntervals([], "ALARM", 0, 100)).toEqual([{ start: 0, end: null }]);
    expect(alarmIntervals([], "OK", 0, 100)).toEqual([]);
    expect(
      parseHistoryItem({ Timestamp: new Date(5), HistorySummary: "Alarm updated from OK to ALARM" }),
    ).toEqual({
      t: 5,
      from: "OK",
      to: "ALARM",
    });
  });
});

describe("notifications", () => {
  it("reads the region code from the ARN, not SNS's display name, and the +0000 time", () => {
    const p = parseAlarmNotification(
      JSON.stringify({
        AlarmName: "x",
        AlarmArn: "arn:aws:cloudwatch:eu-west-1:111111111111:alarm:x",
        Region: "EU (Ireland)",
        StateChangeTime: "2015-06-03T17:43:27.123+0000",
        NewStateValue: "ALARM",
      }),
    );
    expect(p).toMatchObject({
      kind: "alarm",
      ref: {
        region: "eu-west-1",
        accountId: "111111111111",
        stateChangeTime: Date.parse("2015-06-03T17:43:27.123Z"),
      },
    });
  });

  it.each([
    ["", "body"],
    ["null", "body"],
    ['{"Type":"Notification","TopicArn":"t","Message":1}', "Message"],
    ['{"AlarmName":"x","AlarmArn":"arn:aws:sns:us-east-1:1:t"}', "AlarmArn"],
    ['{"AlarmName":"x","NewStateValue":"RED"}', "NewStateValue"],
    ['{"detail-type":"CloudWatch Alarm State Change","detail":{}}', "detail.alarmName"],
  ])("%s → 400 naming %s", (body, field) => {
    try {
      parseAlarmNotification(body);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).field).toBe(field);
    }
  });

  it("paths: a name, an ARN, bad account/region", () => {
    expect(referenceFromPath("arn:aws:cloudwatch:us-east-1:111111111111:alarm:a/b")).toMatchObject({
      name: "a/b",
      region: "us-east-1",
    });
    expect(() => referenceFromPath("x", "1")).toThrow(AppError);
    expect(() => referenceFromPath("x", undefined, "mars")).toThrow(AppError);
  });
});

describe("the resolver's paths", () => {
  it.each([
    "//evil.example",
    "/\\evil.example",
    "/configurations/../..//evil.example",
    "javascript:alert(1)",
    "https://evil.example/configurations/x",
    "/%2F%2Fevil.example",
    "/configurations/rcfg-x?from=a#frag",
    " /configurations",
    "/alarms?x=\n",
  ])("refuses %s", (p) => {
    expect(isOwnPath(p)).toBe(false);
  });

  it("builds only its own paths, whatever the alarm is called", () => {
    const w = { from: "2026-12-04T00:35:00Z", to: "now" };
    for (const name of ["//evil.example", "/\\evil.example", "javascript:alert(1)", "a&to=x#y", "%2F%2F"]) {
      expect(isOwnPath(viewPath({ kind: "configuration", id: CFG }, w, name))).toBe(true);
      expect(isOwnPath(explainPath({ name }))).toBe(true);
    }
    expect(viewPath({ kind: "endpoint", id: "vpce-0123456789abcdef0" }, w, "n")).toBe(
      "/endpoints/vpce-0123456789abcdef0?from=2026-12-04T00%3A35%3A00Z&to=now&alarm=n",
    );
    expect(() => viewPath({ kind: "configuration", id: "//evil.example" }, w, "n")).toThrow(AppError);
  });

  it("finds by ARN, by name, ambiguous names, and close matches for unknown ones", () => {
    const alarms = relateAlarms(
      cleanInventory(),
      [rec({ name: "cpu" }), rec({ name: "cpu", region: "eu-west-1", arn: "arn2" })],
      [],
      true,
    );
    expect(findAlarm({ name: "cpu", source: "name" }, alarms).kind).toBe("ambiguous");
    expect(findAlarm({ name: "cpu", region: "eu-west-1", source: "name" }, alarms).kind).toBe("found");
    expect(findAlarm({ name: "x", arn: "arn2", source: "arn" }, alarms).kind).toBe("found");
    expect(closeMatches("orders-helth", ["orders-health", "payments", "orders-health-2"])).toEqual([
      "orders-health",
      "orders-health-2",
    ]);
  });

  it("the moment: a notification's time, the current ALARM, or the last turn to ALARM; to = the return to OK", () => {
    const inv = cleanInventory();
    inv.endpoints[0]!.id = "vpce-0123456789abcdef0";
    const [a] = relateAlarms(
      inv,
      [
        rec({
          namespace: "AWS/VpcLattice",
          dimensions: [{ name: "E", value: "vpce-0123456789abcdef0" }],
          state: "OK",
          stateUpdatedAt: 5_000_000,
        }),
      ],
      [],
      true,
    );
    const changes = [
      { t: 4_000_000, from: "OK" as const, to: "ALARM" as const },
      { t: 5_000_000, from: "ALARM" as const, to: "OK" as const },
    ];
    const byName = planResolution(a!, { name: "a", source: "name" }, changes);
    expect(byName).toMatchObject({
      kind: "redirect",
      window: { to: new Date(5_000_000).toISOString().replace(".000Z", "Z") },
    });
    const unrelated = relateAlarms(cleanInventory(), [rec({ namespace: "AWS/EC2" })], [], true)[0]!;
    expect(planResolution(unrelated, { name: "a", source: "name" }, []).kind).toBe("unrelated");
  });
});
