/**
 * REST-JSON (VPC Lattice, Network Flow Monitor): routes by method + path template, JSON bodies,
 * ISO-8601 timestamps (Date.toJSON), errors as `x-amzn-errortype` + JSON body.
 */
import { type CallContext, type FaultErrors, type ServiceHandler, SimError, type SimResponse } from "./types";

export interface RestInput {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface RestRoute {
  method: string;
  /** e.g. `/resourcegateways/{resourceGatewayIdentifier}` */
  path: string;
  operation: string;
  /** The model's `responseCode` when not 200 (e.g. 204 for a Delete: an empty body). */
  status?: number;
  handler(ctx: CallContext, input: RestInput): unknown;
}

interface CompiledRoute extends RestRoute {
  regex: RegExp;
  names: string[];
}

function compile(route: RestRoute): CompiledRoute {
  const names: string[] = [];
  const pattern = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { ...route, regex: new RegExp(`^${pattern}/?$`), names };
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): SimResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

export function restJsonService(routes: RestRoute[], faultErrors: FaultErrors): ServiceHandler {
  const compiled = routes.map(compile);
  return {
    faultErrors,
    resolve(req) {
      for (const route of compiled) {
        if (route.method !== req.method) continue;
        const m = route.regex.exec(req.path);
        if (!m) continue;
        const params: Record<string, string> = {};
        route.names.forEach((name, i) => {
          params[name] = decodeURIComponent(m[i + 1] ?? "");
        });
        return {
          operation: route.operation,
          run(ctx) {
            let body: unknown;
            if (req.body.trim() !== "") {
              try {
                body = JSON.parse(req.body);
              } catch {
                throw new SimError("ValidationException", 400, "Could not parse request body", {
                  reason: "cannotParse",
                });
              }
            }
            const out = route.handler(ctx, { params, query: req.query, body });
            if (route.status === 204)
              return { status: 204, headers: { "x-amzn-requestid": ctx.requestId }, body: "" };
            return jsonResponse(route.status ?? 200, out, { "x-amzn-requestid": ctx.requestId });
          },
        };
      }
      return {
        operation: "UnknownOperation",
        run() {
          throw new SimError("UnknownOperationException", 404, `Unknown operation ${req.method} ${req.path}`);
        },
      };
    },
    encodeError(err, requestId) {
      return jsonResponse(
        err.status,
        { message: err.message, ...err.fields },
        { "x-amzn-errortype": err.code, "x-amzn-requestid": requestId, ...err.headers },
      );
    },
  };
}
