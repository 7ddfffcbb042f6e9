/**
 * Alarms as Lattice Lens shows them: a CloudWatch metric or composite alarm, the resources it
 * concerns (from its dimensions, its description's Lattice Lens link, or its children), and its
 * ALARM intervals over a view's window. Plain data, shared by lib, pages and client components.
 */

export type AlarmState = "OK" | "ALARM" | "INSUFFICIENT_DATA";
export type AlarmResourceKind = "configuration" | "endpoint" | "gateway" | "service-network";

export interface AlarmResource {
  kind: AlarmResourceKind;
  id: string;
  /**
   * target: the view the alarm opens (the chooser lists the targets);
   * path: on the way (an endpoint a monitor's VPC uses to reach a target configuration).
   */
  role: "target" | "path";
}

export type RelatedBy = "dimensions" | "description-link" | "children";

export interface Dimension {
  name: string;
  value: string;
}

/** What DescribeAlarms says about one alarm, in our shape. */
export interface AlarmRecord {
  name: string;
  arn: string;
  accountId: string;
  region: string;
  type: "metric" | "composite";
  state: AlarmState;
  stateReason: string;
  /** Epoch ms. */
  stateUpdatedAt: number;
  description?: string;
  namespace?: string;
  metricName?: string;
  dimensions: Dimension[];
  /** Metric-math alarms: every metric the expression reads. */
  metrics?: Array<{ namespace?: string; metricName?: string; dimensions: Dimension[] }>;
  statistic?: string;
  period?: number;
  evaluationPeriods?: number;
  threshold?: number;
  comparisonOperator?: string;
  /** Composite alarms. */
  rule?: string;
}

export interface RelatedAlarm extends AlarmRecord {
  resources: AlarmResource[];
  relatedBy: RelatedBy[];
}

/** One stretch in ALARM, clipped to nothing: `end` null = still in ALARM. */
export interface AlarmInterval {
  start: number;
  end: number | null;
}

export interface AlarmChange {
  t: number;
  from: AlarmState;
  to: AlarmState;
}

/** An alarm on a view: what charts draw (bands, marks) and lists show. */
export interface ViewAlarm {
  name: string;
  arn: string;
  accountId: string;
  region: string;
  state: AlarmState;
  stateReason: string;
  stateUpdatedAt: number;
  /** ALARM stretches overlapping the view's window. */
  intervals: AlarmInterval[];
  /** State changes inside the window. */
  changes: AlarmChange[];
  /** Our view of the alarm's moment (relative path). */
  href: string;
  consoleUrl: string;
  /** Named in the URL (`?alarm=`): drawn emphasised. */
  highlighted: boolean;
}

export interface AlarmWarning {
  accountId: string;
  region: string;
  service: "cloudwatch" | "networkflowmonitor";
  operation: string;
  code: string;
  message: string;
}
