import { describe, expect, it } from "vitest";
import { mapAwsError } from "./map-aws-error";
import { NetworkFlowMonitorClient, NetworkFlowMonitorError } from "./network-flow-monitor-client";

const credentials = async () => ({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" });

function fakeFetch(responses: Array<{ status?: number; body: unknown; headers?: Record<string, string> }>) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fn = (async (url: URL | string, init?: RequestInit) => {
    calls.push({ url: String(url), headers: init?.headers as Record<string, string> });
    const r = responses.shift()!;
    return new Response(JSON.stringify(r.body), { status: r.status ?? 200, headers: r.headers });
  }) as typeof fetch;
  return { fn, calls };
}

describe("NetworkFlowMonitorClient", () => {
  it("signs with SigV4 for networkflowmonitor and follows nextToken", async () => {
    const { fn, calls } = fakeFetch([
      {
        body: {
          monitors: [{ monitorName: "a", monitorArn: "arn:a", monitorStatus: "ACTIVE" }],
          nextToken: "t2",
        },
      },
      { body: { monitors: [{ monitorName: "b", monitorArn: "arn:b", monitorStatus: "ACTIVE" }] } },
    ]);
    const client = new NetworkFlowMonitorClient({
      region: "us-east-1",
      credentials,
      endpoint: "http://127.0.0.1:9999",
      fetch: fn,
    });
    expect((await client.listMonitors()).map((m) => m.monitorName)).toEqual(["a", "b"]);
    expect(calls[0]?.url).toBe("http://127.0.0.1:9999/monitors?maxResults=25");
    expect(calls[1]?.url).toBe("http://127.0.0.1:9999/monitors?maxResults=25&nextToken=t2");
    expect(calls[0]?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/networkflowmonitor\/aws4_request, SignedHeaders=.*host.*, Signature=[0-9a-f]{64}$/,
    );
  });

  it("getMonitor escapes the name in the path and defaults missing lists", async () => {
    const { fn, calls } = fakeFetch([
      {
        body: {
          monitorName: "a b",
          monitorStatus: "ACTIVE",
          localResources: [{ type: "AWS::EC2::VPC", identifier: "vpc-1" }],
        },
      },
    ]);
    const client = new NetworkFlowMonitorClient({
      region: "eu-west-1",
      credentials,
      endpoint: "http://127.0.0.1:9999",
      fetch: fn,
    });
    expect(await client.getMonitor("a b")).toMatchObject({
      monitorName: "a b",
      localResources: [{ identifier: "vpc-1" }],
      remoteResources: [],
    });
    expect(calls[0]?.url).toBe("http://127.0.0.1:9999/monitors/a%20b");
  });

  it("errors carry the AWS error name and status, so they map like SDK errors", async () => {
    const { fn } = fakeFetch([
      {
        status: 403,
        body: { message: "no" },
        headers: { "x-amzn-errortype": "AccessDeniedException:http://internal" },
      },
    ]);
    const client = new NetworkFlowMonitorClient({
      region: "us-east-1",
      credentials,
      endpoint: "http://127.0.0.1:9999",
      fetch: fn,
    });
    const e = await client.listMonitors().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NetworkFlowMonitorError);
    expect(e).toMatchObject({
      name: "AccessDeniedException",
      message: "no",
      $metadata: { httpStatusCode: 403 },
    });
    expect(mapAwsError(e).code).toBe("aws_access_denied");
  });

  it("defaults to the regional endpoint", () => {
    const saved = { ...process.env };
    delete process.env.AWS_ENDPOINT_URL;
    delete process.env.AWS_ENDPOINT_URL_NETWORKFLOWMONITOR;
    const client = new NetworkFlowMonitorClient({ region: "ap-northeast-1", credentials });
    expect((client as unknown as { endpoint: URL }).endpoint.href).toBe(
      "https://networkflowmonitor.ap-northeast-1.api.aws/",
    );
    Object.assign(process.env, saved);
  });
});
