/**
 * The classic AWS query protocol (STS): form-encoded request, XML answer
 * `<OpResponse xmlns=…><OpResult>…</OpResult><ResponseMetadata><RequestId>`, errors as `<ErrorResponse>`.
 */

import { type CallContext, type FaultErrors, type ServiceHandler, SimError } from "./types";
import type { XmlValue } from "./xml";
import { escapeXml, XML_DECLARATION, xmlElement } from "./xml";

export type QueryOperation = (ctx: CallContext, params: URLSearchParams) => Record<string, XmlValue>;

export function awsQueryService(
  xmlns: string,
  operations: Record<string, QueryOperation>,
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
          if (!handler)
            throw new SimError("InvalidAction", 400, `Could not find operation ${action || "(none)"}`);
          const result = Object.entries(handler(ctx, params))
            .map(([k, v]) => xmlElement(k, v))
            .join("");
          return {
            status: 200,
            headers: { "content-type": "text/xml" },
            body: `${XML_DECLARATION}<${action}Response xmlns="${xmlns}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${ctx.requestId}</RequestId></ResponseMetadata></${action}Response>`,
          };
        },
      };
    },
    encodeError(err, requestId) {
      return {
        status: err.status,
        headers: { "content-type": "text/xml", ...err.headers },
        body: `${XML_DECLARATION}<ErrorResponse xmlns="${xmlns}"><Error><Type>${err.fault}</Type><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      };
    },
  };
}
