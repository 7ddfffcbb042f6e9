/** Counts AWS calls per service and operation so tests and benchmarks can assert on call volume. */
export interface CallStatsSnapshot {
  total: number;
  byService: Record<string, number>;
  byOperation: Record<string, number>;
  /**
   * What Logs Insights queries cost: count and bytes scanned (the engine's statistics); StartQuery
   * calls refused with LimitExceededException; the most queries seen running at once in one
   * account × region.
   */
  logsInsights: { queries: number; bytesScanned: number; limitExceeded: number; peakRunning: number };
  /** What Athena queries cost: count and DataScannedInBytes. */
  athena: { queries: number; bytesScanned: number };
}

export class CallStats {
  private total = 0;
  private byService = new Map<string, number>();
  private byOperation = new Map<string, number>();
  private insightsQueries = 0;
  private insightsBytes = 0;
  private insightsRefused = 0;
  private insightsPeak = 0;
  private athenaQueries = 0;
  private athenaBytes = 0;

  recordAthenaQuery(bytesScanned: number): void {
    this.athenaQueries += 1;
    this.athenaBytes += bytesScanned;
  }

  /** `runningNow`: the account × region's running queries, this one included. */
  recordInsightsQuery(bytesScanned: number, runningNow: number): void {
    this.insightsQueries += 1;
    this.insightsBytes += bytesScanned;
    this.insightsPeak = Math.max(this.insightsPeak, runningNow);
  }

  recordInsightsRefusal(): void {
    this.insightsRefused += 1;
  }

  record(service: string, operation: string): void {
    this.total += 1;
    this.byService.set(service, (this.byService.get(service) ?? 0) + 1);
    const key = `${service}:${operation}`;
    this.byOperation.set(key, (this.byOperation.get(key) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byService.clear();
    this.byOperation.clear();
    this.insightsQueries = 0;
    this.insightsBytes = 0;
    this.insightsRefused = 0;
    this.insightsPeak = 0;
    this.athenaQueries = 0;
    this.athenaBytes = 0;
  }

  snapshot(): CallStatsSnapshot {
    return {
      total: this.total,
      byService: Object.fromEntries(this.byService),
      byOperation: Object.fromEntries(this.byOperation),
      logsInsights: {
        queries: this.insightsQueries,
        bytesScanned: this.insightsBytes,
        limitExceeded: this.insightsRefused,
        peakRunning: this.insightsPeak,
      },
      athena: { queries: this.athenaQueries, bytesScanned: this.athenaBytes },
    };
  }
}
