import "server-only";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import { countAwsCall } from "@/lib/log/request-context";

/**
 * A small SigV4-signed client for the two Network Flow Monitor read operations the product uses.
 * `@aws-sdk/client-networkflowmonitor` is not available from the registry this project uses, so
 * this speaks the restJson1 API directly. The endpoint follows the SDK's conventions:
 * AWS_ENDPOINT_URL_NETWORKFLOWMONITOR, else AWS_ENDPOINT_URL (the simulator), else
 * `https://networkflowmonitor.{region}.api.aws`.
 */

export interface MonitorSummary {
  monitorArn: string;
  monitorName: string;
  monitorStatus: string;
}

export interface MonitorResource {
  type: string;
  identifier: string;
}

export interface Monitor extends MonitorSummary {
  localResources: MonitorResource[];
  remoteResources: MonitorResource[];
}

/** An error shaped like the SDK's, so mapAwsError classifies it by name and status. */
export class NetworkFlowMonitorError extends Error {
  readonly $metadata: { httpStatusCode: number };
  readonly $fault: "client" | "server";
  constructor(name: string, message: string, status: number) {
    super(message);
    this.name = name;
    this.$metadata = { httpStatusCode: status };
    this.$fault = status >= 500 ? "server" : "client";
  }
}

export interface NetworkFlowMonitorClientConfig {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  endpoint?: string;
  fetch?: typeof fetch;
}

export class NetworkFlowMonitorClient {
  private readonly signer: SignatureV4;
  private readonly endpoint: URL;
  private readonly fetchFn: typeof fetch;

  constructor(config: NetworkFlowMonitorClientConfig) {
    this.signer = new SignatureV4({
      service: "networkflowmonitor",
      region: config.region,
      credentials: config.credentials,
      sha256: Sha256,
    });
    const endpoint =
      config.endpoint ??
      process.env.AWS_ENDPOINT_URL_NETWORKFLOWMONITOR ??
      process.env.AWS_ENDPOINT_URL ??
      `https://networkflowmonitor.${config.region}.api.aws`;
    this.endpoint = new URL(endpoint);
    this.fetchFn = config.fetch ?? fetch;
  }

  /** Every monitor in the account and region (all pages: no SDK paginator exists for this client). */
  async listMonitors(): Promise<MonitorSummary[]> {
    const out: MonitorSummary[] = [];
    let nextToken: string | undefined;
    do {
      // aws-operation: networkflowmonitor:ListMonitors
      const page = await this.get<{ monitors?: MonitorSummary[]; nextToken?: string }>("/monitors", {
        maxResults: "25",
        ...(nextToken ? { nextToken } : {}),
      });
      out.push(...(page.monitors ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    return out;
  }

  async getMonitor(monitorName: string): Promise<Monitor> {
    // aws-operation: networkflowmonitor:GetMonitor
    const m = await this.get<Partial<Monitor>>(`/monitors/${encodeURIComponent(monitorName)}`, {});
    return {
      monitorArn: m.monitorArn ?? "",
      monitorName: m.monitorName ?? monitorName,
      monitorStatus: m.monitorStatus ?? "",
      localResources: m.localResources ?? [],
      remoteResources: m.remoteResources ?? [],
    };
  }

  private async get<T>(path: string, query: Record<string, string>): Promise<T> {
    const basePath = this.endpoint.pathname.replace(/\/$/, "");
    const request = await this.signer.sign({
      method: "GET",
      protocol: this.endpoint.protocol,
      hostname: this.endpoint.hostname,
      ...(this.endpoint.port ? { port: Number(this.endpoint.port) } : {}),
      path: `${basePath}${path}`,
      query,
      headers: { host: this.endpoint.host, accept: "application/json" },
    });
    const url = new URL(`${this.endpoint.origin}${basePath}${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    countAwsCall();
    const res = await this.fetchFn(url, {
      method: "GET",
      headers: request.headers as Record<string, string>,
    });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (!res.ok) {
      const type = res.headers.get("x-amzn-errortype") ?? String(body.__type ?? body.code ?? "UnknownError");
      const name = type.split(":")[0]!.split("#").pop()!;
      throw new NetworkFlowMonitorError(
        name,
        String(body.message ?? body.Message ?? `HTTP ${res.status}`),
        res.status,
      );
    }
    return body as T;
  }

  destroy(): void {}
}
