import { describe, expect, it } from "vitest";
import { buildAccessLogQuery } from "./build-access-log-query";
import {
  buildEndpointFlowQuery,
  buildGatewayFlowQuery,
  MAX_QUERY_STRING_CHARS,
  queryFieldName,
  splitEniQueries,
} from "./build-flow-query";
import { parseFlowLogFormat } from "./flow-log-format";
import { InsightsLiteralError } from "./insights-literal";

const DEFAULT = parseFlowLogFormat(undefined);
const V5 = parseFlowLogFormat(
  "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status} ${tcp-flags} ${flow-direction}",
);

/** The query's commands: split on `|` outside double-quoted literals (backslash escapes honoured). */
function commands(query: string): string[] {
  const out: string[] = [];
  let current = "";
  let inString = false;
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (inString && c === "\\") {
      current += c + (query[++i] ?? "");
      continue;
    }
    if (c === '"') inString = !inString;
    if (c === "|" && !inString) {
      out.push(current.trim());
      current = "";
    } else current += c;
  }
  expect(inString).toBe(false);
  out.push(current.trim());
  return out;
}

describe("buildGatewayFlowQuery", () => {
  it("default format: discovered fields, no parse, stats by record start and 4-tuple (SKIPDATA kept)", () => {
    const q = buildGatewayFlowQuery({
      format: DEFAULT,
      eniIds: ["eni-a", "eni-b"],
      ports: [
        { from: 5432, to: 5432 },
        { from: 9092, to: 9094 },
      ],
    });
    expect(commands(q)).toEqual([
      'filter interfaceId in ["eni-a", "eni-b"] and (logStatus = "SKIPDATA" or (logStatus = "OK" and (dstPort = 5432 or (dstPort >= 9092 and dstPort <= 9094) or srcPort = 5432 or (srcPort >= 9092 and srcPort <= 9094))))',
      "stats sum(bytes) as bytes, sum(packets) as packets, count(*) as records by startTime, endTime, srcAddr, srcPort, dstAddr, dstPort, action, interfaceId, logStatus",
      "limit 10000",
    ]);
  });

  it("custom format: parse @message in the format's field order, and keeps tcp-flags", () => {
    const [parse, , stats] = commands(
      buildGatewayFlowQuery({ format: V5, eniIds: ["eni-a"], ports: [{ from: 443, to: 443 }] }),
    );
    expect(parse).toBe(
      'parse @message "* * * * * * * * * * * * * * * *" as version, accountId, interfaceId, srcAddr, dstAddr, srcPort, dstPort, protocol, packets, bytes, startTime, endTime, action, logStatus, tcpFlags, flowDirection',
    );
    expect(stats).toMatch(
      /by startTime, endTime, srcAddr, srcPort, dstAddr, dstPort, action, interfaceId, logStatus, tcpFlags$/,
    );
  });

  it("queryFieldName: kebab-case to camelCase, the default fields as Logs Insights names them", () => {
    expect(["start", "end", "log-status", "pkt-src-aws-service", "az-id"].map(queryFieldName)).toEqual([
      "startTime",
      "endTime",
      "logStatus",
      "pktSrcAwsService",
      "azId",
    ]);
  });

  it("endpoint totals by record start, ENI, action and destination", () => {
    expect(commands(buildEndpointFlowQuery({ format: DEFAULT, eniIds: ["eni-e"] }))[1]).toBe(
      "stats sum(bytes) as bytes, sum(packets) as packets, count(*) as records by startTime, interfaceId, action, dstAddr",
    );
  });
});

describe("hostile strings cannot change a query", () => {
  const hostile = [
    'eni-1" | stats count(*) by srcAddr | filter "1"="1',
    'eni-1\\" | limit 1',
    "eni-1` | display @message",
    "eni-1 | fields @message",
    'arn:"; DROP',
    '\\\\"',
  ];
  it.each(hostile)("%j stays inside its literal", (value) => {
    const flow = buildGatewayFlowQuery({
      format: DEFAULT,
      eniIds: [value, "eni-b"],
      ports: [{ from: 1, to: 2 }],
    });
    const access = buildAccessLogQuery({ configurationArns: [value] });
    const endpoint = buildEndpointFlowQuery({ format: V5, eniIds: [value] });
    // Same number of commands as with a harmless value: no pipe escaped the literal.
    expect(commands(flow)).toHaveLength(3);
    expect(commands(access)).toHaveLength(3);
    expect(commands(endpoint)).toHaveLength(4);
    expect(commands(flow)[2]).toBe("limit 10000");
    expect(commands(access)[2]).toBe("limit 10000");
  });

  it.each(["eni-1\n| stats count(*)", "eni-1\r\n", "eni\u0000", "arn\u2028x".replace("\u2028", "\u001b")])(
    "%j (control characters) is refused, not quoted",
    (value) => {
      expect(() =>
        buildGatewayFlowQuery({ format: DEFAULT, eniIds: [value], ports: [{ from: 1, to: 1 }] }),
      ).toThrow(InsightsLiteralError);
      expect(() => buildAccessLogQuery({ configurationArns: [value] })).toThrow(InsightsLiteralError);
    },
  );

  it("a port that is not a finite number is refused", () => {
    expect(() =>
      buildGatewayFlowQuery({ format: DEFAULT, eniIds: ["eni-a"], ports: [{ from: Number.NaN, to: 1 }] }),
    ).toThrow(InsightsLiteralError);
  });

  it("an ARN list too long for one query is left out rather than breaking StartQuery's 10,000 characters", () => {
    const arns = Array.from(
      { length: 200 },
      (_, i) =>
        `arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-${String(i).padStart(17, "0")}`,
    );
    const q = buildAccessLogQuery({ configurationArns: arns });
    expect(commands(q).map((c) => c.split(" ")[0])).toEqual(["fields", "limit"]);
    expect(q.length).toBeLessThan(10_000);
  });

  it("a format field that is not a plain name cannot be smuggled into parse", () => {
    expect(() => parseFlowLogFormat("${srcaddr} ${bytes|x}")).toThrow();
  });
});

describe("splitEniQueries", () => {
  const format = parseFlowLogFormat(undefined);
  const enis = Array.from({ length: 900 }, (_, i) => `eni-${i.toString(16).padStart(17, "0")}`);
  const build = (ids: readonly string[]) =>
    buildGatewayFlowQuery({ format, eniIds: ids, ports: [{ from: 5432, to: 5432 }] });

  it("keeps every query within 10,000 characters and every ENI in exactly one chunk (about 400 overflow one)", () => {
    expect(build(enis.slice(0, 400)).length).toBeGreaterThan(10_000);
    const chunks = splitEniQueries(enis, build);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.queryString.length).toBeLessThanOrEqual(MAX_QUERY_STRING_CHARS);
      expect(c.queryString).toBe(build(c.eniIds));
    }
    expect(chunks.flatMap((c) => c.eniIds)).toEqual(enis);
  });

  it("a short list is one query", () => {
    expect(splitEniQueries(enis.slice(0, 3), build)).toEqual([
      { eniIds: enis.slice(0, 3), queryString: build(enis.slice(0, 3)) },
    ]);
  });
});
