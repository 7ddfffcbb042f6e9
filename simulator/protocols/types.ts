import type { IncomingHttpHeaders } from "node:http";
import type { SimRuntime } from "../state/sim-runtime";
import type { SimState } from "../state/sim-state";

export type ServiceName =
  | "vpc-lattice"
  | "ec2"
  | "monitoring"
  | "logs"
  | "sts"
  | "networkflowmonitor"
  | "organizations"
  | "glue"
  | "athena"
  | "s3";

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  /** Bytes for S3 objects; text for everything else. */
  body: string | Buffer;
}

/** Who is calling, where, and when: resolved once per request from the signature's credential scope. */
export interface CallContext {
  service: ServiceName;
  region: string;
  account: string;
  accessKeyId: string;
  requestId: string;
  now: Date;
  state: SimState;
  /** Per-server mutable parts: the traffic model (anchored at start), running queries, stats. */
  runtime: SimRuntime;
}

/** A protocol-neutral AWS error; each protocol encodes it in its own wire form. */
export class SimError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
    readonly fault: "Sender" | "Receiver" = status >= 500 ? "Receiver" : "Sender",
  ) {
    super(message);
    this.name = code;
  }
}

/** The errors a service answers when a fault fires, in that service's own vocabulary. */
export interface FaultErrors {
  throttle(): SimError;
  internal(): SimError;
  accessDenied(account: string): SimError;
}

export interface ResolvedCall {
  operation: string;
  run(ctx: CallContext): Promise<SimResponse> | SimResponse;
}

/** One AWS service behind the shared endpoint: request → operation, plus its error encoding. */
export interface ServiceHandler {
  resolve(req: SimRequest): ResolvedCall;
  encodeError(err: SimError, requestId: string): SimResponse;
  faultErrors: FaultErrors;
}
