/**
 * EC2 query protocol: form-encoded `Action=…&Version=2016-11-15`, XML answers rooted at
 * `<ActionResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">` with `<requestId>` first
 * and no Result wrapper; errors as `<Response><Errors><Error>…`.
 */

import { type CallContext, type FaultErrors, type ServiceHandler, SimError, type SimResponse } from "./types";
import type { XmlValue } from "./xml";
import { escapeXml, XML_DECLARATION, xmlElement } from "./xml";

export const EC2_XMLNS = "http://ec2.amazonaws.com/doc/2016-11-15/";
const XML_CONTENT_TYPE = "text/xml;charset=UTF-8";

export type Ec2Operation = (ctx: CallContext, params: URLSearchParams) => Record<string, XmlValue>;

export function ec2Response(
  action: string,
  requestId: string,
  members: Record<string, XmlValue>,
): SimResponse {
  const inner = Object.entries(members)
    .map(([k, v]) => xmlElement(k, v))
    .join("");
  return {
    status: 200,
    headers: { "content-type": XML_CONTENT_TYPE },
    body: `${XML_DECLARATION}<${action}Response xmlns="${EC2_XMLNS}"><requestId>${requestId}</requestId>${inner}</${action}Response>`,
  };
}

export function ec2QueryService(
  operations: Record<string, Ec2Operation>,
  faultErrors: FaultErrors,
): ServiceHandler {
  return {
    faultErrors,
    resolve(req) {
      const params = new URLSearchParams(req.body);
      for (const [k, v] of req.query) if (!params.has(k)) params.set(k, v);
      const action = params.get("Action") ?? "";
      const handler = Object.hasOwn(operations, action) ? operations[action] : undefined;
      return {
        operation: handler ? action : action || "UnknownOperation",
        run(ctx) {
          if (!handler) {
            throw new SimError(
              "InvalidAction",
              400,
              `The action ${action || "(none)"} is not valid for this web service.`,
            );
          }
          if (params.get("DryRun") === "true") {
            throw new SimError(
              "DryRunOperation",
              412,
              "Request would have succeeded, but DryRun flag is set.",
            );
          }
          return ec2Response(action, ctx.requestId, handler(ctx, params));
        },
      };
    },
    encodeError(err, requestId) {
      return {
        status: err.status,
        headers: { "content-type": XML_CONTENT_TYPE, ...err.headers },
        body: `${XML_DECLARATION}<Response><Errors><Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
      };
    },
  };
}
