import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "./server";
import { PROVIDER_KEY } from "./test-fixtures/small-scenario";
import { startTestSimulator } from "./test-fixtures/start-test-simulator";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({
    ...(await import("./test-fixtures/small-scenario")).smallScenario,
    faults: [{ service: "sts", errorRate: 1 }],
  });
});
afterAll(() => sim.close());

const auth = (service: string) =>
  `AWS4-HMAC-SHA256 Credential=${PROVIDER_KEY}/20261128/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=x`;

const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};

describe("control API", () => {
  it("reports health, the scenario summary and call stats", async () => {
    expect((await control("GET", "/_sim/health")).json).toEqual({ ok: true, scenario: "small-test-estate" });
    const summary = (await control("GET", "/_sim/scenario")).json as {
      counts: Record<string, number>;
      derived: Record<string, number>;
    };
    expect(summary.counts.resourceConfigurations).toBe(5);
    expect(summary.derived).toEqual({
      networkInterfaces: 6,
      resourceEndpointAssociations: 1,
      serviceNetworkEndpointAssociations: 1,
    });
    await control("DELETE", "/_sim/stats");
    await fetch(`${sim.url}/resourcegateways`, { headers: { authorization: auth("vpc-lattice") } });
    await fetch(`${sim.url}/resourcegateways`, { headers: { authorization: auth("vpc-lattice") } });
    expect((await control("GET", "/_sim/stats")).json).toEqual({
      total: 2,
      byService: { "vpc-lattice": 2 },
      byOperation: { "vpc-lattice:ListResourceGateways": 2 },
      logsInsights: { queries: 0, bytesScanned: 0, limitExceeded: 0, peakRunning: 0 },
      athena: { queries: 0, bytesScanned: 0 },
    });
  });

  it("replaces, validates, clears and resets faults", async () => {
    expect((await control("GET", "/_sim/faults")).json).toEqual([{ service: "sts", errorRate: 1 }]);
    expect((await control("PUT", "/_sim/faults", [{ service: "ec2", throttleRate: 2 }])).status).toBe(400);
    const bad = await control("PUT", "/_sim/faults", [{ service: "ec2", throttleRate: 2 }]);
    expect(bad.json.error).toMatch(/^0\.throttleRate: /);
    expect((await control("POST", "/_sim/faults", [{ service: "ec2", latencyMs: 50 }])).json).toEqual([
      { service: "ec2", latencyMs: 50 },
    ]);
    const started = Date.now();
    await fetch(sim.url, {
      method: "POST",
      headers: { authorization: auth("ec2") },
      body: "Action=DescribeVpcs&Version=2016-11-15",
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect((await control("DELETE", "/_sim/faults")).json).toEqual([]);
    expect((await control("POST", "/_sim/reset")).json.faults).toEqual([{ service: "sts", errorRate: 1 }]);
  });
});

describe("wire forms", () => {
  it("VPC Lattice: unknown operation is 404 UnknownOperationException", async () => {
    const res = await fetch(`${sim.url}/nothing-here`, { headers: { authorization: auth("vpc-lattice") } });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
  });

  it("VPC Lattice: throttling carries Retry-After", async () => {
    sim.setFaults([{ service: "vpc-lattice", throttleRate: 1 }]);
    const res = await fetch(`${sim.url}/resourcegateways`, {
      headers: { authorization: auth("vpc-lattice") },
    });
    expect([res.status, res.headers.get("retry-after"), res.headers.get("x-amzn-errortype")]).toEqual([
      429,
      "1",
      "ThrottlingException",
    ]);
    sim.setFaults([]);
  });

  it("EC2: unknown action is InvalidAction in the Response/Errors envelope", async () => {
    const res = await fetch(sim.url, {
      method: "POST",
      headers: { authorization: auth("ec2") },
      body: "Action=RunInstances&Version=2016-11-15",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/<Response><Errors><Error><Code>InvalidAction<\/Code>/);
  });

  it("EC2: answers are rooted at ActionResponse with the 2016-11-15 namespace and requestId first", async () => {
    const res = await fetch(sim.url, {
      method: "POST",
      headers: { authorization: auth("ec2") },
      body: "Action=DescribeVpcs&Version=2016-11-15",
    });
    expect(await res.text()).toMatch(
      /<DescribeVpcsResponse xmlns="http:\/\/ec2\.amazonaws\.com\/doc\/2016-11-15\/"><requestId>/,
    );
  });

  it("CloudWatch: errors carry x-amzn-query-error and __type", async () => {
    const res = await fetch(sim.url, {
      method: "POST",
      headers: {
        authorization: auth("monitoring"),
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": "GraniteServiceVersion20100801.PutMetricData",
      },
      body: "{}",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-amzn-query-error")).toBe("UnknownOperationException;Sender");
    expect(((await res.json()) as { __type: string }).__type).toBe(
      "com.amazonaws.cloudwatch#UnknownOperationException",
    );
  });

  it("STS: scenario faults (restored by reset) answer InternalFailure 500", async () => {
    await control("POST", "/_sim/reset");
    const res = await fetch(sim.url, {
      method: "POST",
      headers: { authorization: auth("sts") },
      body: "Action=GetCallerIdentity&Version=2011-06-15",
    });
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/<Code>InternalFailure<\/Code>/);
  });
});
