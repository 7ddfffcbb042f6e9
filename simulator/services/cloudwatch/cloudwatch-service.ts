import { jsonRpcService } from "../../protocols/json-rpc";
import { type ServiceHandler, SimError } from "../../protocols/types";
import { cloudWatchFaultErrors } from "./cloudwatch-errors";
import { describeAlarmHistory } from "./describe-alarm-history";
import { describeAlarms } from "./describe-alarms";
import { getMetricData } from "./get-metric-data";
import { listMetrics } from "./list-metrics";

export function cloudWatchService(): ServiceHandler {
  return jsonRpcService({
    targetPrefix: "GraniteServiceVersion20100801",
    version: "1.0",
    errorNamespace: "com.amazonaws.cloudwatch",
    queryCompatible: true,
    operations: {
      DescribeAlarms: describeAlarms,
      DescribeAlarmHistory: describeAlarmHistory,
      ListMetrics: listMetrics,
      GetMetricData: getMetricData,
    },
    faultErrors: cloudWatchFaultErrors,
    unknownOperation: (op) => new SimError("UnknownOperationException", 400, `Unknown operation ${op}`),
  });
}
