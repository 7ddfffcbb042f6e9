import { describe, expect, it } from "vitest";
import { type InsightsEvent, InsightsQueryError, parseInsightsQuery, runInsightsQuery } from "./index";

/** Verbatim AWS documentation records (default version-2 format). */
const DOC_RECORDS = [
  "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
  "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK",
  "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA",
  "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA",
  "2 123456789010 eni-1235b8ca123456789 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK",
];

/** Flow log events as CloudWatch Logs stores them: one stream per ENI, timestamp = record start. */
function flowEvents(lines: string[]): InsightsEvent[] {
  return lines.map((message) => {
    const parts = message.split(" ");
    return {
      timestamp: Number(parts[10]) * 1000,
      ingestionTime: Number(parts[11]) * 1000 + 300_000,
      message,
      logStream: `${parts[2]}-all`,
      logGroup: "123456789010:/vpc/flow-logs",
    };
  });
}

const events = flowEvents(DOC_RECORDS);
const bytesOf = (lines: string[]) => lines.reduce((n, l) => n + Buffer.byteLength(l, "utf8"), 0);

describe("discovered fields of default-format flow records", () => {
  it("names all 14 fields as Insights does", () => {
    const r = runInsightsQuery(
      "fields version, accountId, interfaceId, srcAddr, dstAddr, srcPort, dstPort, protocol, packets, bytes, start, end, action, logStatus, startTime, endTime | limit 1",
      events,
    );
    expect(r.rows[0]).toMatchObject({
      version: "2",
      accountId: "123456789010",
      interfaceId: "eni-1235b8ca123456789",
      srcAddr: "172.31.16.139",
      dstAddr: "172.31.16.21",
      srcPort: "20641",
      dstPort: "22",
      protocol: "6",
      packets: "20",
      bytes: "4249",
      start: "1418530010",
      end: "1418530070",
      action: "ACCEPT",
      logStatus: "OK",
      startTime: "1418530010",
      endTime: "1418530070",
    });
  });

  it("system fields, @ptr on every non-aggregated row, times printed in UTC", () => {
    const r = runInsightsQuery(
      "fields @timestamp, @message, @logStream, @log, @ingestionTime | limit 1",
      events,
    );
    expect(r.fields).toEqual(["@timestamp", "@message", "@logStream", "@log", "@ingestionTime", "@ptr"]);
    expect(r.rows[0]).toMatchObject({
      "@timestamp": "2014-12-14 04:06:50.000",
      "@message": DOC_RECORDS[0],
      "@logStream": "eni-1235b8ca123456789-all",
      "@log": "123456789010:/vpc/flow-logs",
      "@ingestionTime": "2014-12-14 04:12:50.000",
    });
    expect(r.rows[0]?.["@ptr"]).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("without fields or display, shows @timestamp and @message", () => {
    const r = runInsightsQuery("filter action = 'REJECT'", events);
    expect(r.fields).toEqual(["@timestamp", "@message", "@ptr"]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.["@message"]).toBe(DOC_RECORDS[1]);
  });

  it("NODATA/SKIPDATA records keep their '-' values, which sums skip", () => {
    const r = runInsightsQuery("filter logStatus != 'OK' | fields srcAddr, bytes, action, logStatus", events);
    expect(r.rows.map((x) => [x.srcAddr, x.bytes, x.action, x.logStatus])).toEqual([
      ["-", "-", "-", "NODATA"],
      ["-", "-", "-", "SKIPDATA"],
    ]);
    const s = runInsightsQuery("stats sum(bytes) as b, count(*) as n, count(bytes) as c", events);
    expect(s.rows).toEqual([{ b: String(4249 + 4249 + 8855), n: "5", c: "5" }]);
  });

  it("does not discover fields in custom-format (v3/v5) records: they need parse", () => {
    const v5 = [
      "5 52.95.128.179 10.0.0.71 80 34210 6 1616729292 1616729349 IPv4 14 15044 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 19 52.95.128.179 10.0.0.71 S3 - - ingress OK",
    ];
    const r = runInsightsQuery("fields srcAddr, bytes, interfaceId", flowEvents14(v5));
    expect(r.rows).toEqual([{ "@ptr": expect.any(String) }]);
    // Fourteen tokens that are not a v2 record (version 3) are not discovered either.
    const fake =
      "3 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK";
    expect(runInsightsQuery("stats count(srcAddr) as n", flowEvents14([fake])).rows).toEqual([{ n: "0" }]);
  });
});

/** Events for lines that are not default-format (no timestamp to read from the record). */
function flowEvents14(lines: string[]): InsightsEvent[] {
  return lines.map((message, i) => ({
    timestamp: Date.UTC(2026, 10, 28, 9, 0, i),
    message,
    logStream: "s",
    logGroup: "g",
  }));
}

describe("documented sample queries", () => {
  it("stats sum(packets) as packetsTransferred by srcAddr, dstAddr | sort packetsTransferred desc | limit 15", () => {
    const r = runInsightsQuery(
      "stats sum(packets) as packetsTransferred by srcAddr, dstAddr | sort packetsTransferred desc | limit 15",
      events,
    );
    expect(r.fields).toEqual(["srcAddr", "dstAddr", "packetsTransferred"]);
    expect(r.rows[0]).toEqual({
      srcAddr: "2001:db8:1234:a100:8d6e:3477:df66:f105",
      dstAddr: "2001:db8:1234:a102:3304:8879:34cf:4071",
      packetsTransferred: "54",
    });
    expect(r.rows.map((x) => x.packetsTransferred)).toEqual(["54", "20", "20", undefined]);
    expect(r.rows[3]).toEqual({ srcAddr: "-", dstAddr: "-" });
  });

  it('filter isIpv4InSubnet(srcAddr, "192.0.2.0/24") | stats sum(bytes) as bytesTransferred by dstAddr', () => {
    const lines = [
      "2 123456789010 eni-1235b8ca123456789 192.0.2.10 10.0.0.1 40000 443 6 10 1000 1764320000 1764320060 ACCEPT OK",
      "2 123456789010 eni-1235b8ca123456789 192.0.2.200 10.0.0.1 40001 443 6 10 500 1764320000 1764320060 ACCEPT OK",
      "2 123456789010 eni-1235b8ca123456789 192.0.2.7 10.0.0.2 40002 443 6 10 250 1764320000 1764320060 ACCEPT OK",
      "2 123456789010 eni-1235b8ca123456789 192.0.3.1 10.0.0.1 40003 443 6 10 9999 1764320000 1764320060 ACCEPT OK",
      "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1764320000 1764320060 - NODATA",
    ];
    const r = runInsightsQuery(
      'filter isIpv4InSubnet(srcAddr, "192.0.2.0/24") | stats sum(bytes) as bytesTransferred by dstAddr | sort bytesTransferred desc | limit 15',
      flowEvents(lines),
    );
    expect(r.rows).toEqual([
      { dstAddr: "10.0.0.1", bytesTransferred: "1500" },
      { dstAddr: "10.0.0.2", bytesTransferred: "250" },
    ]);
    expect(r.statistics).toEqual({ recordsMatched: 3, recordsScanned: 5, bytesScanned: bytesOf(lines) });
  });

  it('filter logStatus="SKIPDATA" | stats count(*) by bin(1h) as t | sort t', () => {
    const lines = [
      "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1764324000 1764324060 - SKIPDATA",
      "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1764320400 1764320460 - SKIPDATA",
      "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1764321000 1764321060 - SKIPDATA",
      "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1764321000 1764321060 - NODATA",
    ];
    const r = runInsightsQuery(
      'filter logStatus="SKIPDATA" | stats count(*) by bin(1h) as t | sort t',
      flowEvents(lines),
    );
    expect(r.fields).toEqual(["t", "count(*)"]);
    expect(r.rows).toEqual([
      { t: "2025-11-28 09:00:00.000", "count(*)": "2" },
      { t: "2025-11-28 10:00:00.000", "count(*)": "1" },
    ]);
  });

  it("filter protocol=17 | stats count(*) by srcAddr (numbers compare with numeric strings)", () => {
    const lines = [
      "2 123456789010 eni-1235b8ca123456789 10.0.0.5 10.0.0.2 5353 53 17 1 80 1764320000 1764320060 ACCEPT OK",
      "2 123456789010 eni-1235b8ca123456789 10.0.0.5 10.0.0.2 5354 53 17 1 80 1764320000 1764320060 ACCEPT OK",
      DOC_RECORDS[0]!,
    ];
    expect(
      runInsightsQuery("filter protocol=17 | stats count(*) by srcAddr", flowEvents(lines)).rows,
    ).toEqual([{ srcAddr: "10.0.0.5", "count(*)": "2" }]);
  });

  it("filter (dstAddr like 'x' and srcAddr like 'y') | stats … (like with a string is a substring test)", () => {
    const r = runInsightsQuery(
      "filter (dstAddr like '172.31.16.21' and srcAddr like '172.31.') | stats sum(bytes) as bytesTransferred by srcAddr, dstAddr | sort bytesTransferred desc | limit 10",
      events,
    );
    expect(r.rows).toEqual([{ srcAddr: "172.31.16.139", dstAddr: "172.31.16.21", bytesTransferred: "4249" }]);
  });

  it("the dashboard query: in [...] and several aggregates by bin(5m), dstAddr, dstPort", () => {
    const base = Date.UTC(2026, 10, 28, 9, 0, 0) / 1000;
    const line = (eni: string, dt: number, bytes: number, dst = "10.1.5.10") =>
      `2 111122223333 ${eni} 10.0.1.5 ${dst} 41000 5432 6 3 ${bytes} ${base + dt} ${base + dt + 60} ACCEPT OK`;
    const lines = [
      line("eni-0aaaaaaaaaaaaaaaa", 10, 100),
      line("eni-0aaaaaaaaaaaaaaaa", 400, 50),
      line("eni-0bbbbbbbbbbbbbbbb", 20, 7),
      line("eni-0cccccccccccccccc", 30, 1_000_000),
      line("eni-0aaaaaaaaaaaaaaaa", 40, 1, "10.1.5.11"),
    ];
    const r = runInsightsQuery(
      'filter interfaceId in ["eni-0aaaaaaaaaaaaaaaa","eni-0bbbbbbbbbbbbbbbb"] | stats sum(bytes) as bytes, count(*) as flows by bin(5m), dstAddr, dstPort',
      flowEvents(lines),
    );
    expect(r.fields).toEqual(["bin(5m)", "dstAddr", "dstPort", "bytes", "flows"]);
    expect(r.rows).toEqual([
      {
        "bin(5m)": "2026-11-28 09:00:00.000",
        dstAddr: "10.1.5.10",
        dstPort: "5432",
        bytes: "107",
        flows: "2",
      },
      { "bin(5m)": "2026-11-28 09:00:00.000", dstAddr: "10.1.5.11", dstPort: "5432", bytes: "1", flows: "1" },
      {
        "bin(5m)": "2026-11-28 09:05:00.000",
        dstAddr: "10.1.5.10",
        dstPort: "5432",
        bytes: "50",
        flows: "1",
      },
    ]);
    expect(r.statistics.recordsMatched).toBe(4);
  });
});

describe("stats", () => {
  it("default column names, and bin buckets in time order whatever the scan order", () => {
    const r = runInsightsQuery("stats sum(bytes) by bin(5m)", [...events].reverse());
    expect(r.fields).toEqual(["bin(5m)", "sum(bytes)"]);
    expect(r.rows.map((x) => x["bin(5m)"])).toEqual([
      "2014-12-14 04:05:00.000",
      "2015-05-10 18:00:00.000",
      "2016-10-31 11:35:00.000",
    ]);
    expect(r.rows[0]).toEqual({ "bin(5m)": "2014-12-14 04:05:00.000", "sum(bytes)": "8498" });
    // A bucket with only NODATA/SKIPDATA records has no sum: the field is left out, as AWS leaves nulls out.
    expect(r.rows[1]).toEqual({ "bin(5m)": "2015-05-10 18:00:00.000" });
  });

  it("avg, min, max, count_distinct and arithmetic over aggregates", () => {
    const r = runInsightsQuery(
      "stats avg(bytes) as a, min(bytes) as lo, max(bytes) as hi, count_distinct(srcAddr) as srcs, sum(bytes) / count(*) as perRecord, min(@timestamp) as first",
      events,
    );
    expect(r.rows).toEqual([
      {
        a: "5784.333333",
        lo: "4249",
        hi: "8855",
        srcs: "4",
        perRecord: "3470.6",
        first: "2014-12-14 04:06:50.000",
      },
    ]);
  });

  it("filter, fields, sort and limit after stats work on the aggregated columns", () => {
    const r = runInsightsQuery(
      "stats sum(bytes) as b by srcAddr | filter b > 5000 or srcAddr = '172.31.9.69' | sort b asc | display srcAddr",
      events,
    );
    expect(r.fields).toEqual(["srcAddr"]);
    expect(r.rows).toEqual([
      { srcAddr: "172.31.9.69" },
      { srcAddr: "2001:db8:1234:a100:8d6e:3477:df66:f105" },
    ]);
  });

  it("sorts numbers by value (10 after 9) and other values in natural order", () => {
    const lines = [9, 10, 100, 2].map(
      (p) =>
        `2 123456789010 eni-1235b8ca123456789 10.0.0.${p} 10.0.0.1 ${p} 22 6 1 1 1764320000 1764320060 ACCEPT OK`,
    );
    expect(
      runInsightsQuery("sort srcPort desc | fields srcPort", flowEvents(lines)).rows.map((x) => x.srcPort),
    ).toEqual(["100", "10", "9", "2"]);
    // Addresses are not numbers: natural order, digit runs by length then value.
    expect(
      runInsightsQuery("sort srcAddr | fields srcAddr", flowEvents(lines)).rows.map((x) => x.srcAddr),
    ).toEqual(["10.0.0.2", "10.0.0.9", "10.0.0.10", "10.0.0.100"]);
  });
});

describe("sort", () => {
  it("follows the documented natural order: non-numbers first, digit runs by length, numbers last", () => {
    const documented = [
      "!:",
      "#",
      "*%04",
      "0#",
      "5A",
      "111A",
      "2345_",
      "@",
      "@_",
      "A",
      "A9876fghj",
      "a12345hfh",
      "0",
      "1",
      "2",
      "3",
    ];
    const shuffled = [...documented].reverse();
    const evs = shuffled.map((v, i) => ({
      timestamp: i,
      message: JSON.stringify({ v }),
      logStream: "s",
      logGroup: "g",
    }));
    expect(runInsightsQuery("sort v | fields v", evs).rows.map((x) => x.v)).toEqual(documented);
    expect(runInsightsQuery("sort v desc | fields v", evs).rows.map((x) => x.v)).toEqual(
      [...documented].reverse(),
    );
  });

  it("sorts stats output by an unaliased column name or aggregate", () => {
    const r = runInsightsQuery("stats sum(bytes) by srcAddr | sort sum(bytes) desc | limit 1", events);
    expect(r.rows).toEqual([{ srcAddr: "2001:db8:1234:a100:8d6e:3477:df66:f105", "sum(bytes)": "8855" }]);
    const b = runInsightsQuery("stats count(*) by bin(1h) | sort bin(1h) desc", events);
    expect(b.rows.map((x) => x["bin(1h)"])).toEqual([
      "2016-10-31 11:00:00.000",
      "2015-05-10 18:00:00.000",
      "2014-12-14 04:00:00.000",
    ]);
  });

  it("puts rows without the field last in either direction", () => {
    const r = runInsightsQuery(
      "sort bytes desc | fields bytes",
      flowEvents14(['{"bytes":3}', "{}", '{"bytes":10}']),
    );
    expect(r.rows.map((x) => x.bytes)).toEqual(["10", "3", undefined]);
  });
});

describe("parse", () => {
  const v5 = [
    "5 52.95.128.179 10.0.0.71 80 34210 6 1616729292 1616729349 IPv4 14 15044 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 19 52.95.128.179 10.0.0.71 S3 - - ingress OK",
    "5 10.0.0.71 52.95.128.179 34210 80 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 3 10.0.0.71 52.95.128.179 - S3 8 egress OK",
  ];
  const names =
    "version, srcaddr, dstaddr, srcport, dstport, protocol, start, end, type, packets, bytes, accountid, vpcid, subnetid, instanceid, interfaceid, region, azid, sublocationtype, sublocationid, action, tcpflags, pktsrcaddr, pktdstaddr, pktsrcawsservice, pktdstawsservice, trafficpath, flowdirection, logstatus";

  it("a glob over a custom v5 record", () => {
    const glob = Array.from({ length: 29 }, () => "*").join(" ");
    const r = runInsightsQuery(
      `parse @message "${glob}" as ${names} | stats sum(bytes) as b by flowdirection, pktdstawsservice | sort b desc`,
      flowEvents14(v5),
    );
    expect(r.rows).toEqual([
      { flowdirection: "ingress", pktdstawsservice: "-", b: "15044" },
      { flowdirection: "egress", pktdstawsservice: "S3", b: "471" },
    ]);
  });

  it("a glob with literal text around the wildcards; a line that does not match keeps its row", () => {
    const evs = flowEvents14(["user=alice, method:GET, latency := 12", "no match here"]);
    const r = runInsightsQuery(
      'parse @message "user=*, method:*, latency := *" as @user, method, latency | fields @user, method, latency',
      evs,
    );
    expect(r.rows.map(({ "@ptr": _, ...rest }) => rest)).toEqual([
      { "@user": "alice", method: "GET", latency: "12" },
      {},
    ]);
  });

  it("a regex with named groups", () => {
    const r = runInsightsQuery(
      "parse @message /^5 (?<src>\\S+) (?<dst>\\S+) \\d+ (?<dport>\\d+)/ | filter dport = 80 | fields src, dst",
      flowEvents14(v5),
    );
    expect(r.rows.map((x) => [x.src, x.dst])).toEqual([["10.0.0.71", "52.95.128.179"]]);
  });
});

describe("JSON events (resource access logs)", () => {
  const record = (src: string, rcfg: string, extra = "") =>
    `{"eventTimestamp":"2026-11-28T09:14:03.512Z","resourceConfigurationArn":"arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/${rcfg}","protocol":"tcp","sourceIpPort":"${src}","gatewayIpPort":"10.10.0.45:41002","resourceIpPort":"10.10.5.10:5432","nested":{"port":5432,"ok":true,"list":["a"]}${extra}}`;
  const evs = flowEvents14([
    record("10.20.1.15:53244", "rcfg-0a"),
    record("10.20.1.16:53245", "rcfg-0a"),
    record("10.20.1.15:53246", "rcfg-0b", ',"bytes":12.5'),
    "not json {",
  ]);

  it("discovers top-level keys and nested ones with dots", () => {
    const r = runInsightsQuery(
      "fields resourceIpPort, nested.port, nested.ok, nested.list.0, protocol | limit 1",
      evs,
    );
    expect(r.rows[0]).toMatchObject({
      resourceIpPort: "10.10.5.10:5432",
      "nested.port": "5432",
      "nested.ok": "true",
      "nested.list.0": "a",
      protocol: "tcp",
    });
  });

  it("aggregates over JSON fields", () => {
    const r = runInsightsQuery(
      "filter resourceConfigurationArn like /rcfg-0a$/ | stats count(*) as connections by resourceConfigurationArn",
      evs,
    );
    expect(r.rows).toEqual([
      {
        resourceConfigurationArn: "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0a",
        connections: "2",
      },
    ]);
    expect(runInsightsQuery("filter ispresent(bytes) | stats sum(bytes) as b", evs).rows).toEqual([
      { b: "12.5" },
    ]);
    expect(
      runInsightsQuery("filter not ispresent(protocol) | fields @message", evs).rows.map(
        (x) => x["@message"],
      ),
    ).toEqual(["not json {"]);
  });
});

describe("expressions", () => {
  it("in with numbers, not like, concat, arithmetic and comparisons on numeric strings", () => {
    const r = runInsightsQuery(
      "filter dstPort in [22, 443] and srcAddr not like '10.' and bytes > 4000 | fields concat(srcAddr, ':', srcPort) as src, bytes * 8 as bits, strlen(action) as n",
      events,
    );
    expect(r.rows.map(({ "@ptr": _, ...rest }) => rest)).toEqual([
      { src: "172.31.16.139:20641", bits: "33992", n: "6" },
      { src: "2001:db8:1234:a100:8d6e:3477:df66:f105:34892", bits: "70840", n: "6" },
    ]);
  });

  it("a comparison with a missing field is false, and so is its !=; not of it is true", () => {
    expect(runInsightsQuery("filter nosuch != 'x' | stats count(*) as n", events).rows).toEqual([]);
    expect(runInsightsQuery("filter not nosuch = 'x' | stats count(*) as n", events).rows).toEqual([
      { n: "5" },
    ]);
  });

  it("runs a query string and reports compile errors as InsightsQueryError", () => {
    expect(() => runInsightsQuery("stats nosuch(bytes)", events)).toThrow(InsightsQueryError);
    // Refused before a single event is read.
    const untouchable = {
      [Symbol.iterator](): Iterator<InsightsEvent> {
        throw new Error("read");
      },
    };
    expect(() => runInsightsQuery("stats count(*) | sort /x/", untouchable)).toThrow(InsightsQueryError);
    expect(runInsightsQuery("stats count(*)", []).rows).toEqual([]);
    expect(runInsightsQuery("stats count(*)", []).statistics).toEqual({
      recordsMatched: 0,
      recordsScanned: 0,
      bytesScanned: 0,
    });
  });
});

describe("statistics and limits", () => {
  it("counts scanned records and UTF-8 bytes honestly, and matches before stats", () => {
    const evs = flowEvents14(["héllo", "wörld €", "plain"]);
    const r = runInsightsQuery("filter @message like 'l' | stats count(*)", evs);
    expect(r.statistics).toEqual({ recordsMatched: 3, recordsScanned: 3, bytesScanned: 6 + 10 + 5 });
    expect(runInsightsQuery("filter @message = 'plain'", evs).statistics.recordsMatched).toBe(1);
  });

  it("returns at most 1,000 rows by default, opts.limit up to 10,000, and the limit command", () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      timestamp: i,
      message: `m${i}`,
      logStream: "s",
      logGroup: "g",
    }));
    const d = runInsightsQuery("fields @message", many);
    expect(d.rows).toHaveLength(1000);
    expect(d.statistics).toMatchObject({ recordsMatched: 12_000, recordsScanned: 12_000 });
    expect(runInsightsQuery("fields @message", many, { limit: 50_000 }).rows).toHaveLength(10_000);
    expect(runInsightsQuery("fields @message | limit 3", many).rows.map((x) => x["@message"])).toEqual([
      "m0",
      "m1",
      "m2",
    ]);
    expect(runInsightsQuery("sort @timestamp desc | limit 2", many).rows.map((x) => x["@message"])).toEqual([
      "m11999",
      "m11998",
    ]);
    expect(runInsightsQuery("stats count(*) by @message", many).rows).toHaveLength(10_000);
  });

  it("accepts a parsed query and any iterable (a generator is read once, not materialized)", () => {
    const parsed = parseInsightsQuery("stats count(*) as n");
    function* gen() {
      for (let i = 0; i < 5; i++) yield { timestamp: i, message: "x", logStream: "s", logGroup: "g" };
    }
    expect(runInsightsQuery(parsed, gen()).rows).toEqual([{ n: "5" }]);
  });

  it("dedup keeps the first row per key", () => {
    const r = runInsightsQuery("dedup srcAddr | fields srcAddr", events);
    expect(r.rows.map((x) => x.srcAddr)).toEqual([
      "172.31.16.139",
      "172.31.9.69",
      "-",
      "2001:db8:1234:a100:8d6e:3477:df66:f105",
    ]);
  });
});
