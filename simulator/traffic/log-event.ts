/** A generated CloudWatch Logs event; structurally the Insights engine's `InsightsEvent`. */
export interface LogEvent {
  /** Epoch ms: for flow records the record start, for access logs the connection start. */
  timestamp: number;
  message: string;
  logStream: string;
  logGroup: string;
  ingestionTime: number;
}
