import { describe, expect, it } from "vitest";
import { parseFlowLogFormat } from "./flow-log-format";
import { parseFlowRecord, parseFlowRecords } from "./parse-flow-record";

const v2 = parseFlowLogFormat(undefined);
const v3 = parseFlowLogFormat(
  "${version} ${vpc-id} ${subnet-id} ${instance-id} ${interface-id} ${account-id} ${type} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${pkt-srcaddr} ${pkt-dstaddr} ${protocol} ${bytes} ${packets} ${start} ${end} ${action} ${tcp-flags} ${log-status}",
);
const v5 = parseFlowLogFormat(
  "${version} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${start} ${end} ${type} ${packets} ${bytes} ${account-id} ${vpc-id} ${subnet-id} ${instance-id} ${interface-id} ${region} ${az-id} ${sublocation-type} ${sublocation-id} ${action} ${tcp-flags} ${pkt-srcaddr} ${pkt-dstaddr} ${pkt-src-aws-service} ${pkt-dst-aws-service} ${traffic-path} ${flow-direction} ${log-status}",
);

// Records verbatim from the AWS VPC user guide's flow-log examples.
const cases = [
  {
    name: "v2 accept",
    format: v2,
    line: "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
    expect: {
      srcAddr: "172.31.16.139",
      dstPort: 22,
      bytes: 4249,
      packets: 20,
      action: "ACCEPT",
      logStatus: "OK",
      start: 1418530010,
    },
  },
  {
    name: "v2 reject",
    format: v2,
    line: "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK",
    expect: { action: "REJECT", dstPort: 3389 },
  },
  {
    name: "v2 NODATA with dashes",
    format: v2,
    line: "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA",
    expect: { logStatus: "NODATA", srcAddr: undefined, bytes: undefined, action: undefined, end: 1431280934 },
  },
  {
    name: "v2 SKIPDATA",
    format: v2,
    line: "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA",
    expect: { logStatus: "SKIPDATA", interfaceId: "eni-11111111aaaaaaaaa" },
  },
  {
    name: "v2 IPv6",
    format: v2,
    line: "2 123456789010 eni-1235b8ca123456789 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK",
    expect: { srcAddr: "2001:db8:1234:a100:8d6e:3477:df66:f105", bytes: 8855 },
  },
  {
    name: "custom v3",
    format: v3,
    line: "3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 eni-1235b8ca123456789 123456789010 IPv4 52.213.180.42 10.0.0.62 43416 5001 52.213.180.42 10.0.0.62 6 568 8 1566848875 1566848933 ACCEPT 2 OK",
    expect: { version: 3, bytes: 568, packets: 8, dstPort: 5001, interfaceId: "eni-1235b8ca123456789" },
  },
  {
    name: "custom v5 ingress",
    format: v5,
    line: "5 52.95.128.179 10.0.0.71 80 34210 6 1616729292 1616729349 IPv4 14 15044 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 19 52.95.128.179 10.0.0.71 S3 - - ingress OK",
    expect: { version: 5, bytes: 15044, srcPort: 80, accountId: "123456789012" },
  },
] as const;

describe("parseFlowRecord", () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = parseFlowRecord(c.line, c.format);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.record).toMatchObject(c.expect);
    });
  }

  it("keeps custom fields by name", () => {
    const r = parseFlowRecord(cases[6].line, v5);
    expect(r.ok && r.record.fields["flow-direction"]).toBe("ingress");
    expect(r.ok && r.record.fields["traffic-path"]).toBeUndefined();
  });

  const bad = [
    { name: "too few fields", line: "2 123456789010 eni-1 1.1.1.1", reason: "field-count" },
    {
      name: "non-numeric bytes",
      line: "2 1 eni-1 1.1.1.1 2.2.2.2 1 2 6 1 many 1 2 ACCEPT OK",
      reason: "bad-number",
    },
    { name: "unknown action", line: "2 1 eni-1 1.1.1.1 2.2.2.2 1 2 6 1 1 1 2 DROP OK", reason: "bad-action" },
    {
      name: "unknown status",
      line: "2 1 eni-1 1.1.1.1 2.2.2.2 1 2 6 1 1 1 2 ACCEPT MAYBE",
      reason: "bad-status",
    },
    {
      name: "no start time",
      line: "2 1 eni-1 1.1.1.1 2.2.2.2 1 2 6 1 1 - 2 ACCEPT OK",
      reason: "bad-number",
    },
  ] as const;
  for (const c of bad) {
    it(`skips ${c.name}`, () => {
      expect(parseFlowRecord(c.line, v2)).toEqual({ ok: false, reason: c.reason });
    });
  }
});

describe("parseFlowRecords", () => {
  it("counts skipped lines by reason and ignores blank lines", () => {
    const { records, skipped } = parseFlowRecords(
      [cases[0].line, "", "garbage", "2 1 eni-1 1.1.1.1 2.2.2.2 1 2 6 1 x 1 2 ACCEPT OK", cases[1].line],
      v2,
    );
    expect(records).toHaveLength(2);
    expect(skipped).toEqual({ "field-count": 1, "bad-number": 1 });
  });
});

describe("parseFlowLogFormat", () => {
  it("recognises the default format written out", () => {
    expect(parseFlowLogFormat(v2.fields.map((f) => `\${${f}}`).join(" ")).isDefault).toBe(true);
  });
  it("names required fields a custom format lacks", () => {
    expect(parseFlowLogFormat("${version} ${srcaddr} ${dstaddr}").missing).toEqual([
      "srcport",
      "dstport",
      "bytes",
      "start",
      "end",
      "action",
    ]);
  });
  it("rejects tokens that are not ${field}", () => {
    expect(() => parseFlowLogFormat("${version} srcaddr")).toThrow(/srcaddr/);
  });
});
