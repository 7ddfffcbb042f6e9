import { jsonRpcService } from "../../protocols/json-rpc";
import { type ServiceHandler, SimError } from "../../protocols/types";
import { describeLogGroups } from "./describe-log-groups";
import { describeLogStreams } from "./describe-log-streams";
import { filterLogEvents } from "./filter-log-events";
import { getQueryResults, startQuery, stopQuery } from "./insights-queries";
import { logsFaultErrors } from "./logs-errors";

export function logsService(): ServiceHandler {
  return jsonRpcService({
    targetPrefix: "Logs_20140328",
    version: "1.1",
    operations: {
      DescribeLogGroups: describeLogGroups,
      DescribeLogStreams: describeLogStreams,
      FilterLogEvents: filterLogEvents,
      StartQuery: startQuery,
      GetQueryResults: getQueryResults,
      StopQuery: stopQuery,
    },
    faultErrors: logsFaultErrors,
    unknownOperation: (op) => new SimError("UnknownOperationException", 400, `Unknown operation ${op}`),
  });
}
