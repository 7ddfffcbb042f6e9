/**
 * JSON-RPC (awsJson1_0 for CloudWatch, awsJson1_1 for CloudWatch Logs): `X-Amz-Target: Prefix.Op`.
 * Query-compatible services (CloudWatch) also send `x-amzn-query-error: Code;Sender|Receiver`.
 * Dates encode as epoch seconds: SDK output types carry Dates where the wire carries numbers.
 */
import { type CallContext, type FaultErrors, type ServiceHandler, SimError, type SimResponse } from "./types";

/** An operation's output (or a promise of it: Athena awaits its SQL engine). */
export type JsonOperation = (ctx: CallContext, input: Record<string, unknown>) => unknown;

export interface JsonRpcOptions {
  targetPrefix: string;
  version: "1.0" | "1.1";
  /** Error `__type` namespace, e.g. `com.amazonaws.cloudwatch`; omitted = bare code. */
  errorNamespace?: string;
  queryCompatible?: boolean;
  operations: Record<string, JsonOperation>;
  faultErrors: FaultErrors;
  unknownOperation(op: string): SimError;
}

export function encodeJsonBody(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : v;
  });
}

export function jsonRpcService(opts: JsonRpcOptions): ServiceHandler {
  const contentType = `application/x-amz-json-${opts.version}`;
  const respond = (status: number, body: unknown, headers: Record<string, string> = {}): SimResponse => ({
    status,
    headers: { "content-type": contentType, ...headers },
    body: encodeJsonBody(body),
  });
  return {
    faultErrors: opts.faultErrors,
    resolve(req) {
      const target = String(req.headers["x-amz-target"] ?? "");
      const operation = target.startsWith(`${opts.targetPrefix}.`)
        ? target.slice(opts.targetPrefix.length + 1)
        : target;
      const handler = Object.hasOwn(opts.operations, operation) ? opts.operations[operation] : undefined;
      return {
        operation: handler ? operation : operation || "UnknownOperation",
        async run(ctx) {
          if (!handler) throw opts.unknownOperation(operation);
          let input: Record<string, unknown> = {};
          if (req.body.trim() !== "") {
            try {
              input = JSON.parse(req.body) as Record<string, unknown>;
            } catch {
              throw new SimError("SerializationException", 400, "Could not parse request body");
            }
          }
          const output: unknown = await handler(ctx, input);
          return respond(200, output ?? {}, { "x-amzn-requestid": ctx.requestId });
        },
      };
    },
    encodeError(err, requestId) {
      const type = opts.errorNamespace ? `${opts.errorNamespace}#${err.code}` : err.code;
      const headers: Record<string, string> = { "x-amzn-requestid": requestId, ...err.headers };
      if (opts.queryCompatible) headers["x-amzn-query-error"] = `${err.code};${err.fault}`;
      return respond(err.status, { __type: type, message: err.message, ...err.fields }, headers);
    },
  };
}
