/**
 * The scenario: a JSON description of an AWS estate the simulator serves.
 * Ids are given explicitly so tests and docs can name them; ENIs of resource gateways and
 * VPC endpoints are derived (one per subnet, deterministic ids and addresses) unless listed.
 * Every object names its owner `account` and `region`; cross-account sharing (RAM) is `sharedWith`.
 */
import { z } from "zod";

const accountId = z.string().regex(/^\d{12}$/, "must be a 12-digit AWS account id");
const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be an AWS region name such as us-east-1");
const isoTime = z.iso.datetime({ offset: true });
const located = { account: accountId, region };

export const ruleSchema = z.object({
  protocol: z.string().default("tcp"), // "tcp" | "udp" | "icmp" | "-1"
  fromPort: z.number().int().min(-1).max(65535).optional(),
  toPort: z.number().int().min(-1).max(65535).optional(),
  cidrs: z.array(z.string()).default([]),
  ipv6Cidrs: z.array(z.string()).default([]),
  securityGroupIds: z.array(z.string()).default([]),
  prefixListIds: z.array(z.string()).default([]),
  description: z.string().optional(),
});

export const subnetSchema = z.object({
  id: z.string().startsWith("subnet-"),
  az: z.string(),
  azId: z.string(),
  cidr: z.string(),
  name: z.string().optional(),
});

export const vpcSchema = z.object({
  id: z.string().startsWith("vpc-"),
  ...located,
  cidr: z.string(),
  name: z.string().optional(),
  subnets: z.array(subnetSchema).default([]),
});

export const securityGroupSchema = z.object({
  id: z.string().startsWith("sg-"),
  ...located,
  vpcId: z.string().startsWith("vpc-"),
  name: z.string(),
  description: z.string().default(""),
  ingress: z.array(ruleSchema).default([]),
  egress: z.array(ruleSchema).default([]),
});

/** A plain ENI that is not derived, e.g. an RDS instance's or an EC2 instance's. */
export const networkInterfaceSchema = z.object({
  id: z.string().startsWith("eni-"),
  ...located,
  subnetId: z.string().startsWith("subnet-"),
  privateIpAddresses: z.array(z.string()).min(1),
  /** Dual-stack subnets give ENIs IPv6 addresses too; EC2 lists them in `ipv6AddressesSet`. */
  ipv6Addresses: z.array(z.string()).default([]),
  securityGroupIds: z.array(z.string()).default([]),
  description: z.string().default(""),
  interfaceType: z.string().default("interface"),
  requesterManaged: z.boolean().default(false),
  tags: z.record(z.string(), z.string()).default({}),
});

const status = z.enum([
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "UPDATE_IN_PROGRESS",
  "DELETE_IN_PROGRESS",
  "CREATE_FAILED",
  "UPDATE_FAILED",
  "DELETE_FAILED",
]);

export const resourceGatewaySchema = z.object({
  id: z.string().regex(/^rgw-[0-9a-z]{17}$/),
  ...located,
  name: z.string().min(3).max(40),
  vpcId: z.string().startsWith("vpc-"),
  subnetIds: z.array(z.string()).min(1),
  securityGroupIds: z.array(z.string()).max(5).default([]),
  ipAddressType: z.enum(["IPV4", "IPV6", "DUALSTACK"]).default("IPV4"),
  ipv4AddressesPerEni: z.number().int().min(1).max(62).default(16),
  status: status.default("ACTIVE"),
  createdAt: isoTime,
  tags: z.record(z.string(), z.string()).default({}),
});

export const definitionSchema = z.union([
  z.object({ ipResource: z.object({ ipAddress: z.string() }) }),
  z.object({
    dnsResource: z.object({ domainName: z.string(), ipAddressType: z.enum(["IPV4", "IPV6", "DUALSTACK"]) }),
  }),
  z.object({ arnResource: z.object({ arn: z.string() }) }),
]);

export const resourceConfigurationSchema = z.object({
  id: z.string().regex(/^rcfg-[0-9a-z]{17}$/),
  ...located,
  name: z.string().min(3).max(40),
  type: z.enum(["SINGLE", "GROUP", "CHILD", "ARN"]),
  /** Required for SINGLE, GROUP and ARN; CHILD inherits its parent's. */
  gatewayId: z.string().optional(),
  parentId: z.string().optional(),
  portRanges: z.array(z.string().regex(/^((\d{1,5}-\d{1,5})|(\d+))$/)).default([]),
  definition: definitionSchema.optional(),
  status: status.default("ACTIVE"),
  failureReason: z.string().optional(),
  amazonManaged: z.boolean().default(false),
  customDomainName: z.string().optional(),
  allowAssociationToShareableServiceNetwork: z.boolean().default(true),
  createdAt: isoTime,
  /**
   * When the configuration last changed; createdAt when absent. UpdateResourceConfiguration moves
   * it (BC-LAT `ResourceConfigurationSummary.lastUpdatedAt`: "The most recent date and time that
   * the resource configuration was updated").
   */
  lastUpdatedAt: isoTime.optional(),
  sharedWith: z.array(accountId).default([]),
  tags: z.record(z.string(), z.string()).default({}),
  /** The address the resource actually listens on (the target behind a DNS or ARN definition). */
  resourceIp: z.string().optional(),
});

export const serviceNetworkSchema = z.object({
  id: z.string().regex(/^sn-[0-9a-z]{17}$/),
  ...located,
  name: z.string().min(3).max(63),
  authType: z.enum(["NONE", "AWS_IAM"]).default("NONE"),
  sharingEnabled: z.boolean().default(true),
  createdAt: isoTime,
  sharedWith: z.array(accountId).default([]),
  tags: z.record(z.string(), z.string()).default({}),
});

export const serviceSchema = z.object({
  id: z.string().regex(/^svc-[0-9a-z]{17}$/),
  ...located,
  name: z.string(),
  status: z
    .enum(["ACTIVE", "CREATE_IN_PROGRESS", "DELETE_IN_PROGRESS", "CREATE_FAILED", "DELETE_FAILED"])
    .default("ACTIVE"),
  createdAt: isoTime,
});

export const snResourceAssociationSchema = z.object({
  id: z.string().regex(/^snra-[0-9a-f]{17}$/),
  serviceNetworkId: z.string(),
  resourceConfigurationId: z.string(),
  /** The account that created the association (defaults to the configuration owner). */
  account: accountId.optional(),
  status: z
    .enum(["CREATE_IN_PROGRESS", "ACTIVE", "PARTIAL", "DELETE_IN_PROGRESS", "CREATE_FAILED", "DELETE_FAILED"])
    .default("ACTIVE"),
  failureCode: z.string().optional(),
  privateDnsEnabled: z.boolean().default(false),
  createdAt: isoTime,
});

export const snVpcAssociationSchema = z.object({
  id: z.string().regex(/^snva-[0-9a-f]{17}$/),
  serviceNetworkId: z.string(),
  vpcId: z.string().startsWith("vpc-"),
  /** The VPC owner; the association's account. */
  account: accountId,
  securityGroupIds: z.array(z.string()).default([]),
  status: z
    .enum([
      "CREATE_IN_PROGRESS",
      "ACTIVE",
      "UPDATE_IN_PROGRESS",
      "DELETE_IN_PROGRESS",
      "CREATE_FAILED",
      "DELETE_FAILED",
      "UPDATE_FAILED",
    ])
    .default("ACTIVE"),
  privateDnsEnabled: z.boolean().default(true),
  createdAt: isoTime,
});

export const snServiceAssociationSchema = z.object({
  id: z.string().regex(/^snsa-[0-9a-f]{17}$/),
  serviceNetworkId: z.string(),
  serviceId: z.string(),
  status: z
    .enum(["CREATE_IN_PROGRESS", "ACTIVE", "DELETE_IN_PROGRESS", "CREATE_FAILED", "DELETE_FAILED"])
    .default("ACTIVE"),
  createdAt: isoTime,
});

export const vpcEndpointSchema = z.object({
  id: z.string().regex(/^vpce-[0-9a-f]{17}$/),
  ...located,
  vpcId: z.string().startsWith("vpc-"),
  type: z.enum(["Resource", "ServiceNetwork", "Interface", "Gateway", "GatewayLoadBalancer"]),
  subnetIds: z.array(z.string()).default([]),
  securityGroupIds: z.array(z.string()).default([]),
  /** Resource endpoints: the configuration they reach (creates a resource-endpoint association). */
  resourceConfigurationId: z.string().optional(),
  /** ServiceNetwork endpoints: the service network they reach. */
  serviceNetworkId: z.string().optional(),
  serviceName: z.string().optional(),
  state: z
    .enum([
      "pendingAcceptance",
      "pending",
      "available",
      "deleting",
      "deleted",
      "rejected",
      "failed",
      "expired",
      "partial",
    ])
    .default("available"),
  failureReason: z.string().optional(),
  privateDnsEnabled: z.boolean().default(false),
  createdAt: isoTime,
  tags: z.record(z.string(), z.string()).default({}),
});

/**
 * A network ACL entry as EC2 stores it: numbered, stateless, first match wins (lowest number
 * first). `protocol` is an IANA number as a string ("6" TCP) or "-1" for all.
 */
export const networkAclEntrySchema = z.object({
  ruleNumber: z.number().int().min(1).max(32766),
  egress: z.boolean(),
  protocol: z.string().default("-1"),
  ruleAction: z.enum(["allow", "deny"]),
  cidrBlock: z.string().optional(),
  ipv6CidrBlock: z.string().optional(),
  fromPort: z.number().int().min(0).max(65535).optional(),
  toPort: z.number().int().min(0).max(65535).optional(),
});

/**
 * An explicit (custom) network ACL and the subnets associated with it. Every VPC also has a
 * default network ACL (derived, allow-all) holding the subnets no explicit ACL names.
 */
export const networkAclSchema = z.object({
  id: z.string().regex(/^acl-[0-9a-f]{17}$/),
  ...located,
  vpcId: z.string().startsWith("vpc-"),
  subnetIds: z.array(z.string()).default([]),
  entries: z.array(networkAclEntrySchema).default([]),
  tags: z.record(z.string(), z.string()).default({}),
});

/** A route of a route table; the VPC's local route is added to every table by the simulator. */
export const routeSchema = z.object({
  destinationCidrBlock: z.string(),
  transitGatewayId: z.string().startsWith("tgw-").optional(),
  vpcPeeringConnectionId: z.string().startsWith("pcx-").optional(),
  /** An internet gateway (igw-) or virtual private gateway (vgw-, VPN). */
  gatewayId: z.string().optional(),
  natGatewayId: z.string().startsWith("nat-").optional(),
  networkInterfaceId: z.string().startsWith("eni-").optional(),
  state: z.enum(["active", "blackhole"]).default("active"),
});

/**
 * An explicit route table. A VPC without a `main` table gets a derived main table with only the
 * local route; subnets not associated with any table use the main one.
 */
export const routeTableSchema = z.object({
  id: z.string().regex(/^rtb-[0-9a-f]{17}$/),
  ...located,
  vpcId: z.string().startsWith("vpc-"),
  main: z.boolean().default(false),
  subnetIds: z.array(z.string()).default([]),
  routes: z.array(routeSchema).default([]),
  propagatingVgwIds: z.array(z.string()).default([]),
  tags: z.record(z.string(), z.string()).default({}),
});

export const logGroupSchema = z.object({
  name: z.string(),
  ...located,
  retentionInDays: z.number().int().optional(),
  createdAt: isoTime,
});

/** An S3 destination as EC2 and VPC Lattice name it: `arn:aws:s3:::bucket[/prefix]`. */
const s3DestinationArn = z.string().regex(/^arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/, {
  message: "must be an S3 bucket ARN arn:aws:s3:::BUCKET[/PREFIX]",
});

export const flowLogSchema = z
  .object({
    id: z.string().regex(/^fl-[0-9a-f]{17}$/),
    ...located,
    /** vpc-, subnet- or eni- id. */
    resourceId: z.string(),
    /** EC2 `LogDestinationType`; `s3` delivers objects to `logDestination` (README: S3 layout). */
    logDestinationType: z.enum(["cloud-watch-logs", "s3"]).default("cloud-watch-logs"),
    /** cloud-watch-logs only. */
    logGroupName: z.string().optional(),
    /** s3 only: the bucket ARN, optionally with a prefix. */
    logDestination: s3DestinationArn.optional(),
    /** EC2 `DestinationOptions` (s3 only). */
    destinationOptions: z
      .object({
        fileFormat: z.enum(["plain-text", "parquet"]).default("plain-text"),
        hiveCompatiblePartitions: z.boolean().default(false),
        perHourPartition: z.boolean().default(false),
      })
      .optional(),
    trafficType: z.enum(["ACCEPT", "REJECT", "ALL"]).default("ALL"),
    /** Omitted: the default version-2 format. */
    logFormat: z.string().optional(),
    maxAggregationInterval: z.union([z.literal(60), z.literal(600)]).default(600),
    createdAt: isoTime,
  })
  .superRefine((f, ctx) => {
    if (f.logDestinationType === "cloud-watch-logs") {
      if (f.logGroupName === undefined)
        ctx.addIssue({ code: "custom", path: ["logGroupName"], message: "required for cloud-watch-logs" });
      if (f.logDestination !== undefined || f.destinationOptions !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["logDestination"],
          message: "logDestination and destinationOptions are for s3 flow logs only",
        });
    } else {
      if (f.logDestination === undefined)
        ctx.addIssue({ code: "custom", path: ["logDestination"], message: "required for s3 (a bucket ARN)" });
      if (f.logGroupName !== undefined)
        ctx.addIssue({ code: "custom", path: ["logGroupName"], message: "not allowed for s3 flow logs" });
    }
  });

export const accessLogSubscriptionSchema = z
  .object({
    id: z.string().regex(/^als-[0-9a-f]{17}$/),
    /** rcfg-, sn- or svc- id. */
    resourceId: z.string(),
    /** A log group name in the resource owner's account and region. */
    logGroupName: z.string().optional(),
    /** Instead of a log group: an S3 bucket or Firehose delivery stream ARN (records go there, unread). */
    destinationArn: z
      .string()
      .regex(/^arn:aws[a-z-]*:(s3:::[^/]+.*|firehose:[a-z0-9-]+:\d{12}:deliverystream\/.+)$/)
      .optional(),
    /** Service networks: omitted means SERVICE, CreateAccessLogSubscription's default. */
    serviceNetworkLogType: z.enum(["SERVICE", "RESOURCE"]).optional(),
    createdAt: isoTime,
  })
  .refine((a) => (a.logGroupName === undefined) !== (a.destinationArn === undefined), {
    message: "exactly one of logGroupName and destinationArn",
    path: ["logGroupName"],
  });

/**
 * A CloudWatch metric alarm. Its state and history are not declared: the simulator evaluates it
 * over the series it publishes (services/cloudwatch/metric-series.ts), so ALARM periods follow the
 * traffic model and the Network Flow Monitor incidents. A metric nothing publishes has no data.
 */
export const alarmSchema = z.object({
  name: z.string().min(1).max(255),
  ...located,
  namespace: z.string(),
  metricName: z.string(),
  dimensions: z
    .array(z.object({ name: z.string(), value: z.string() }))
    .max(30)
    .default([]),
  statistic: z.enum(["SampleCount", "Average", "Sum", "Minimum", "Maximum"]).default("Sum"),
  period: z.number().int().min(60).multipleOf(60).default(300),
  threshold: z.number(),
  comparisonOperator: z
    .enum([
      "GreaterThanOrEqualToThreshold",
      "GreaterThanThreshold",
      "LessThanThreshold",
      "LessThanOrEqualToThreshold",
    ])
    .default("GreaterThanThreshold"),
  evaluationPeriods: z.number().int().min(1).default(1),
  /** M of "M out of N"; defaults to evaluationPeriods. */
  datapointsToAlarm: z.number().int().min(1).optional(),
  treatMissingData: z.enum(["breaching", "notBreaching", "ignore", "missing"]).default("missing"),
  description: z.string().max(1024).optional(),
});

/** A composite alarm: its rule over alarms of the same account and region (ALARM("x") OR …). */
export const compositeAlarmSchema = z.object({
  name: z.string().min(1).max(255),
  ...located,
  alarmRule: z.string().min(1).max(10240),
  description: z.string().max(1024).optional(),
});

export const faultSchema = z.object({
  /** Signing name: vpc-lattice, ec2, monitoring, logs, sts, networkflowmonitor; omitted = all. */
  service: z.string().optional(),
  operation: z.string().optional(),
  account: accountId.optional(),
  region: region.optional(),
  latencyMs: z.number().min(0).optional(),
  /** 0..1: share of matching requests answered with ThrottlingException (or the service's throttle error). */
  throttleRate: z.number().min(0).max(1).optional(),
  /** 0..1: share answered with a 5xx. */
  errorRate: z.number().min(0).max(1).optional(),
  accessDenied: z.boolean().optional(),
});

const incidentWindow = {
  /** Minutes before the simulator's start clock at which the incident begins. */
  startMinutesAgo: z.number().min(0),
  durationMinutes: z.number().positive(),
};

/** A traffic incident on one path: a spike multiplies the connection rate; a reject burst rejects connections. */
export const trafficIncidentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("spike"), ...incidentWindow, multiplier: z.number().positive() }),
  z.object({
    kind: z.literal("rejectBurst"),
    ...incidentWindow,
    /** Share of the window's connections that are rejected (default all). */
    rejectRatio: z.number().min(0).max(1).default(1),
  }),
]);

/** One consumer → configuration path of the traffic model. */
export const trafficPathSchema = z.object({
  /** A stable name for docs and tests; defaults to `<consumer>→<configuration>`. */
  name: z.string().optional(),
  /** SINGLE, CHILD or an IP/DNS configuration with a resolvable address (GROUP/ARN parents: name a CHILD). */
  resourceConfigurationId: z.string(),
  /** A Resource or ServiceNetwork endpoint (`endpointId`), or a VPC associated with `serviceNetworkId`. */
  consumer: z.union([
    z.object({ endpointId: z.string().startsWith("vpce-") }),
    z.object({ vpcId: z.string().startsWith("vpc-"), serviceNetworkId: z.string().startsWith("sn-") }),
  ]),
  /** Mean new connections per minute (before the daily shape, noise and incidents). */
  connectionsPerMinute: z.number().min(0),
  bytesPerConnection: z.object({
    toResource: z.number().int().min(0),
    fromResource: z.number().int().min(0),
  }),
  /** 0..1: the daily swing around the mean, peaking at `peakHourUtc`. */
  diurnalAmplitude: z.number().min(0).max(1).default(0.5),
  peakHourUtc: z.number().min(0).max(24).default(14),
  /** 0..1: deterministic per-minute jitter of the rate and of bytes per connection. */
  noise: z.number().min(0).max(1).default(0.3),
  /** Seeds the noise; default the path's index-independent identity. */
  seed: z.string().optional(),
  incidents: z.array(trafficIncidentSchema).default([]),
});

const nfmResource = z.object({ type: z.string(), identifier: z.string() });

export const networkFlowMonitorSchema = z.object({
  name: z.string().regex(/^[a-zA-Z0-9_.-]{1,255}$/),
  ...located,
  /** AWS::EC2::VPC / AWS::EC2::Subnet (ids) … the consumer side whose flows it measures. */
  localResources: z.array(nfmResource).min(1),
  remoteResources: z.array(nfmResource).default([]),
  status: z.enum(["PENDING", "ACTIVE", "INACTIVE", "ERROR", "DELETING"]).default("ACTIVE"),
  createdAt: isoTime,
  modifiedAt: isoTime.optional(),
  tags: z.record(z.string(), z.string()).default({}),
  /** Degraded windows: HealthIndicator reads 1, RTT and retransmissions rise. */
  incidents: z
    .array(
      z.object({
        ...incidentWindow,
        roundTripTimeMultiplier: z.number().positive().default(4),
        retransmissionMultiplier: z.number().positive().default(10),
      }),
    )
    .default([]),
});

/**
 * AWS Organizations: the management account and the members ListAccounts returns (every scenario
 * account is a member; `extraAccounts` adds members the simulator has no estate for).
 */
const organizationSchema = z.object({
  id: z.string().regex(/^o-[a-z0-9]{10,32}$/, "must be an organization id such as o-a1b2c3d4e5"),
  managementAccountId: accountId,
  /** Accounts that may call ListAccounts besides the management account (delegated administrators). */
  delegatedAdministrators: z.array(accountId).default([]),
  extraAccounts: z
    .array(
      z.object({
        id: accountId,
        name: z.string(),
        email: z.string().optional(),
        state: z
          .enum(["PENDING_ACTIVATION", "ACTIVE", "SUSPENDED", "PENDING_CLOSURE", "CLOSED"])
          .default("ACTIVE"),
      }),
    )
    .default([]),
});

/**
 * What the product's path check must answer for a consumer VPC × configuration of this estate
 * (read by the product's tests, never by the simulator): the verdict and, when blocked, the hop.
 * Pairs not listed have no route at all (blocked at hop 1).
 */
export const pathCheckSchema = z.object({
  consumer: z.string().startsWith("vpc-"),
  target: z.string().startsWith("rcfg-"),
  verdict: z.enum(["reachable", "blocked", "unknown"]),
  hop: z.number().int().min(1).max(8).optional(),
  kind: z.string().optional(),
  /** Whether the answer needs the traffic hop's reads (a DNS target's address from access logs). */
  needsTraffic: z.boolean().default(false),
  why: z.string(),
});

/** A Glue database (the Athena catalog's schema) in one account and region. */
export const glueDatabaseSchema = z.object({
  name: z.string().regex(/^[a-z0-9_]{1,255}$/, "lowercase letters, digits and _"),
  ...located,
  description: z.string().optional(),
  createdAt: isoTime,
});

/**
 * A Glue table over S3 logs, as the user created it with AWS's documented DDL: the scenario names
 * the kind and layout; columns, partition keys, SerDe and projection follow (services/glue/table-ddl.ts).
 */
export const glueTableSchema = z.object({
  name: z.string().regex(/^[a-z0-9_]{1,255}$/, "lowercase letters, digits and _"),
  database: z.string(),
  ...located,
  kind: z.enum(["vpc-flow-logs", "resource-access-logs"]),
  /** `s3://bucket/[prefix/]AWSLogs/` (flow logs, Hive) or the documented LOCATION of the layout. */
  location: z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.*$/, "must be s3://bucket/prefix/"),
  fileFormat: z.enum(["plain-text", "parquet"]).default("parquet"),
  hiveCompatiblePartitions: z.boolean().default(true),
  perHourPartition: z.boolean().default(true),
  createdAt: isoTime,
});

/** An Athena workgroup; `primary` exists everywhere without being listed. */
export const athenaWorkGroupSchema = z.object({
  name: z.string().regex(/^[a-zA-Z0-9._-]{1,128}$/),
  ...located,
  /** `s3://bucket/prefix/` for query results. */
  outputLocation: z.string().startsWith("s3://").optional(),
});

/**
 * How Logs Insights queries take time and how many may run at once (simulator/README.md, *Logs
 * Insights timing and quota*). Without `latencyMs` and `scanBytesPerSecond` the quick demo rule
 * applies: the first GetQueryResults says Running, the next Complete.
 */
export const logsInsightsSchema = z
  .object({
    /** Simulator-clock milliseconds every query runs before it can complete. */
    latencyMs: z.number().int().min(0).max(3_600_000).optional(),
    /** Bytes scanned per second of simulator clock, added on top of `latencyMs`; omitted = no scan time. */
    scanBytesPerSecond: z.number().positive().optional(),
    /** Running queries per account and region (AWS's default quota: 100); ≤ 1000, the queries kept. */
    maxConcurrentQueries: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const scenarioSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  accounts: z
    .array(z.object({ id: accountId, name: z.string(), accessKeyIds: z.array(z.string()).default([]) }))
    .min(1),
  regions: z.array(region).min(1),
  vpcs: z.array(vpcSchema).default([]),
  securityGroups: z.array(securityGroupSchema).default([]),
  networkInterfaces: z.array(networkInterfaceSchema).default([]),
  networkAcls: z.array(networkAclSchema).default([]),
  routeTables: z.array(routeTableSchema).default([]),
  resourceGateways: z.array(resourceGatewaySchema).default([]),
  resourceConfigurations: z.array(resourceConfigurationSchema).default([]),
  serviceNetworks: z.array(serviceNetworkSchema).default([]),
  services: z.array(serviceSchema).default([]),
  serviceNetworkResourceAssociations: z.array(snResourceAssociationSchema).default([]),
  serviceNetworkVpcAssociations: z.array(snVpcAssociationSchema).default([]),
  serviceNetworkServiceAssociations: z.array(snServiceAssociationSchema).default([]),
  vpcEndpoints: z.array(vpcEndpointSchema).default([]),
  logGroups: z.array(logGroupSchema).default([]),
  flowLogs: z.array(flowLogSchema).default([]),
  accessLogSubscriptions: z.array(accessLogSubscriptionSchema).default([]),
  glueDatabases: z.array(glueDatabaseSchema).default([]),
  glueTables: z.array(glueTableSchema).default([]),
  athenaWorkGroups: z.array(athenaWorkGroupSchema).default([]),
  alarms: z.array(alarmSchema).default([]),
  compositeAlarms: z.array(compositeAlarmSchema).default([]),
  faults: z.array(faultSchema).default([]),
  /** The traffic model: one entry per consumer → configuration path (see simulator/README.md). */
  traffic: z.array(trafficPathSchema).default([]),
  networkFlowMonitors: z.array(networkFlowMonitorSchema).default([]),
  organization: organizationSchema.optional(),
  pathChecks: z.array(pathCheckSchema).default([]),
  logsInsights: logsInsightsSchema.default({ maxConcurrentQueries: 100 }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Fault = z.infer<typeof faultSchema>;
export type LogsInsightsSettings = z.infer<typeof logsInsightsSchema>;
export type FlowLog = z.infer<typeof flowLogSchema>;
export type GlueTable = z.infer<typeof glueTableSchema>;
export type TrafficPath = z.infer<typeof trafficPathSchema>;
export type TrafficIncident = z.infer<typeof trafficIncidentSchema>;
export type NetworkFlowMonitor = z.infer<typeof networkFlowMonitorSchema>;
