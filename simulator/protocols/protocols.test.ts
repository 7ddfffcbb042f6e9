import { describe, expect, it } from "vitest";
import { encodeJsonBody } from "./json-rpc";
import { decodeToken, encodeToken, InvalidTokenError, paginate } from "./pagination";
import { filtersParam, listParam } from "./query-params";
import { identifyRequest, serviceFromRequest } from "./request-identity";
import type { SimRequest } from "./types";
import { xmlElement } from "./xml";

const req = (over: Partial<SimRequest>): SimRequest => ({
  method: "POST",
  path: "/",
  query: new URLSearchParams(),
  headers: {},
  body: "",
  ...over,
});

describe("pagination", () => {
  it("walks pages with opaque tokens and stops without one", () => {
    const all = [1, 2, 3, 4, 5];
    const p1 = paginate("Op", all, 2);
    expect(p1.items).toEqual([1, 2]);
    const p2 = paginate("Op", all, 2, p1.nextToken);
    const p3 = paginate("Op", all, 2, p2.nextToken);
    expect([p2.items, p3.items, p3.nextToken]).toEqual([[3, 4], [5], undefined]);
  });

  it("rejects garbage and tokens minted for another operation", () => {
    expect(() => decodeToken("Op", "garbage")).toThrow(InvalidTokenError);
    expect(() => decodeToken("Other", encodeToken("Op", 2))).toThrow(InvalidTokenError);
    expect(decodeToken("Op", encodeToken("Op", 2))).toBe(2);
  });
});

describe("query-protocol decoding", () => {
  it("reads flattened lists in index order and filters with several values", () => {
    const form = new URLSearchParams(
      "VpcEndpointId.2=b&VpcEndpointId.1=a&Filter.1.Name=vpc-id&Filter.1.Value.2=v2&Filter.1.Value.1=v1&Filter.2.Name=tag%3AK&Filter.2.Value.1=x",
    );
    expect(listParam(form, "VpcEndpointId")).toEqual(["a", "b"]);
    expect(filtersParam(form)).toEqual([
      { name: "vpc-id", values: ["v1", "v2"] },
      { name: "tag:K", values: ["x"] },
    ]);
  });
});

describe("encoders", () => {
  it("writes EC2-style XML: arrays as item children, ISO dates, escaped text, omitted undefined", () => {
    expect(
      xmlElement("x", {
        set: ["a", "b"],
        when: new Date(0),
        text: "<&>",
        flag: true,
        gone: undefined,
        empty: [],
      }),
    ).toBe(
      "<x><set><item>a</item><item>b</item></set><when>1970-01-01T00:00:00.000Z</when><text>&lt;&amp;&gt;</text><flag>true</flag><empty></empty></x>",
    );
  });

  it("writes JSON-RPC dates as epoch seconds", () => {
    expect(encodeJsonBody({ t: new Date(1500), n: 1 })).toBe('{"t":1.5,"n":1}');
  });
});

describe("request identity", () => {
  it("takes key, region and service from the SigV4 credential scope", () => {
    const auth =
      "AWS4-HMAC-SHA256 Credential=AKIA1/20261128/eu-west-1/vpc-lattice/aws4_request, SignedHeaders=host";
    expect(identifyRequest(req({ headers: { authorization: auth } }), "us-east-1")).toEqual({
      accessKeyId: "AKIA1",
      region: "eu-west-1",
      service: "vpc-lattice",
    });
  });

  it("falls back to the target header, the query Version and finally VPC Lattice", () => {
    expect(serviceFromRequest(req({ headers: { "x-amz-target": "Logs_20140328.DescribeLogGroups" } }))).toBe(
      "logs",
    );
    expect(serviceFromRequest(req({ headers: { "x-amz-target": "GraniteServiceVersion20100801.X" } }))).toBe(
      "monitoring",
    );
    expect(serviceFromRequest(req({ body: "Action=DescribeVpcs&Version=2016-11-15" }))).toBe("ec2");
    expect(serviceFromRequest(req({ body: "Action=AssumeRole&Version=2011-06-15" }))).toBe("sts");
    expect(serviceFromRequest(req({ method: "GET", path: "/resourcegateways" }))).toBe("vpc-lattice");
  });
});
