/**
 * A deterministic large estate for benchmarks: N resource configurations with proportional
 * gateways (1 per 20 configurations), service networks (1 per 100), provider accounts (1 per 200,
 * each with two consumer accounts), endpoints and associations. Same N → same scenario, byte for byte.
 * With `flowLogs: "s3"` every flow log goes to its account's bucket `gen-flow-logs-<account>`
 * (Parquet, Hive-compatible, hourly), with Glue `vpc_logs.vpc_flow_logs` and workgroup `primary`
 * (output `s3://gen-athena-results-<account>/`) in that account and region (issue 15 benchmarks).
 */
import { hashHex } from "../state/hash-hex";
import type { ScenarioInput } from "./schema";

type Input<K extends keyof ScenarioInput> = NonNullable<ScenarioInput[K]> extends Array<infer T> ? T : never;

const REGIONS = ["us-east-1", "eu-west-1"];
const CREATED = "2025-06-01T00:00:00.000Z";
const CONFIGS_PER_GATEWAY = 20;
const CONFIGS_PER_NETWORK = 100;
const CONFIGS_PER_PROVIDER = 200;

const id = (prefix: string, seed: string) => `${prefix}-${hashHex(`gen/${prefix}/${seed}`, 17)}`;
const accountId = (n: number) => String(100000000000 + n * 1111);

export interface GenerateOptions {
  /** Where the VPC flow logs go; default CloudWatch Logs. */
  flowLogs?: "cloud-watch-logs" | "s3";
  /** Logs Insights latency, scan rate and quota (benchmarks); default the quick demo rule, quota 100. */
  logsInsights?: ScenarioInput["logsInsights"];
}

export function generateScenario(configurationCount: number, options: GenerateOptions = {}): ScenarioInput {
  const toS3 = options.flowLogs === "s3";
  const providers = Math.max(1, Math.ceil(configurationCount / CONFIGS_PER_PROVIDER));
  const s = {
    accounts: [] as Input<"accounts">[],
    vpcs: [] as Input<"vpcs">[],
    securityGroups: [] as Input<"securityGroups">[],
    resourceGateways: [] as Input<"resourceGateways">[],
    resourceConfigurations: [] as Input<"resourceConfigurations">[],
    serviceNetworks: [] as Input<"serviceNetworks">[],
    serviceNetworkResourceAssociations: [] as Input<"serviceNetworkResourceAssociations">[],
    serviceNetworkVpcAssociations: [] as Input<"serviceNetworkVpcAssociations">[],
    vpcEndpoints: [] as Input<"vpcEndpoints">[],
    logGroups: [] as Input<"logGroups">[],
    flowLogs: [] as Input<"flowLogs">[],
    glueDatabases: [] as Input<"glueDatabases">[],
    glueTables: [] as Input<"glueTables">[],
    athenaWorkGroups: [] as Input<"athenaWorkGroups">[],
    accessLogSubscriptions: [] as Input<"accessLogSubscriptions">[],
    alarms: [] as Input<"alarms">[],
  };
  let remaining = configurationCount;

  for (let p = 0; p < providers; p += 1) {
    const region = REGIONS[p % REGIONS.length]!;
    const provider = accountId(p * 3 + 1);
    const consumers = [accountId(p * 3 + 2), accountId(p * 3 + 3)];
    s.accounts.push({
      id: provider,
      name: `provider-${p}`,
      accessKeyIds: [`AKIAGENPROVIDER${String(p).padStart(5, "0")}`],
    });
    consumers.forEach((c, k) => {
      s.accounts.push({
        id: c,
        name: `consumer-${p}-${k}`,
        accessKeyIds: [`AKIAGENCONSUMER${String(p * 2 + k).padStart(5, "0")}`],
      });
    });

    const vpc = (owner: string, octet: number, name: string) => {
      const vpcId = id("vpc", `${owner}/${name}`);
      const subnets = ["a", "b", "c"].map((az, k) => ({
        id: id("subnet", `${vpcId}/${az}`),
        az: `${region}${az}`,
        azId: `${region.slice(0, 2)}${region.split("-")[1]!.slice(0, 1)}${region.slice(-1)}-az${k + 1}`,
        cidr: `10.${octet}.${k * 16}.0/20`,
      }));
      s.vpcs.push({ id: vpcId, account: owner, region, cidr: `10.${octet}.0.0/16`, name, subnets });
      const sgId = id("sg", vpcId);
      s.securityGroups.push({
        id: sgId,
        account: owner,
        region,
        vpcId,
        name: `${name}-sg`,
        egress: [{ protocol: "tcp", fromPort: 0, toPort: 65535, cidrs: [`10.${octet}.0.0/16`] }],
      });
      if (toS3) {
        const bucket = `gen-flow-logs-${owner}`;
        s.flowLogs.push({
          id: id("fl", vpcId),
          account: owner,
          region,
          resourceId: vpcId,
          logDestinationType: "s3",
          logDestination: `arn:aws:s3:::${bucket}`,
          destinationOptions: {
            fileFormat: "parquet",
            hiveCompatiblePartitions: true,
            perHourPartition: true,
          },
          createdAt: CREATED,
        });
        s.glueDatabases.push({ name: "vpc_logs", account: owner, region, createdAt: CREATED });
        s.glueTables.push({
          name: "vpc_flow_logs",
          database: "vpc_logs",
          account: owner,
          region,
          kind: "vpc-flow-logs",
          location: `s3://${bucket}/AWSLogs/`,
          createdAt: CREATED,
        });
        s.athenaWorkGroups.push({
          name: "primary",
          account: owner,
          region,
          outputLocation: `s3://gen-athena-results-${owner}/`,
        });
      } else {
        const logGroupName = `/vpc/flow-logs/${name}`;
        s.logGroups.push({ name: logGroupName, account: owner, region, createdAt: CREATED });
        s.flowLogs.push({
          id: id("fl", vpcId),
          account: owner,
          region,
          resourceId: vpcId,
          logGroupName,
          createdAt: CREATED,
        });
      }
      return { vpcId, subnetIds: subnets.map((x) => x.id), sgId };
    };

    const providerVpc = vpc(provider, (p * 3) % 250, `provider-${p}`);
    const consumerVpcs = consumers.map((c, k) => vpc(c, (p * 3 + k + 1) % 250, `consumer-${p}-${k}`));
    const accessLogGroup = `/aws/vpc-lattice/resources-${p}`;
    s.logGroups.push({ name: accessLogGroup, account: provider, region, createdAt: CREATED });

    const count = Math.min(remaining, CONFIGS_PER_PROVIDER);
    remaining -= count;
    let gatewayId = "";
    let networkId = "";
    let groupId: string | undefined;
    for (let i = 0; i < count; i += 1) {
      const seed = `${p}/${i}`;
      if (i % CONFIGS_PER_GATEWAY === 0) {
        gatewayId = id("rgw", seed);
        s.resourceGateways.push({
          id: gatewayId,
          account: provider,
          region,
          name: `gw-${p}-${i / CONFIGS_PER_GATEWAY}`,
          vpcId: providerVpc.vpcId,
          subnetIds: providerVpc.subnetIds.slice(0, 2 + ((i / CONFIGS_PER_GATEWAY) % 2)),
          securityGroupIds: [providerVpc.sgId],
          ipv4AddressesPerEni: 4,
          createdAt: CREATED,
        });
      }
      if (i % CONFIGS_PER_NETWORK === 0) {
        networkId = id("sn", seed);
        s.serviceNetworks.push({
          id: networkId,
          account: provider,
          region,
          name: `net-${p}-${i / CONFIGS_PER_NETWORK}`,
          createdAt: CREATED,
          sharedWith: consumers,
        });
        s.accessLogSubscriptions.push({
          id: id("als", seed),
          resourceId: networkId,
          logGroupName: accessLogGroup,
          serviceNetworkLogType: "RESOURCE",
          createdAt: CREATED,
        });
        s.serviceNetworkVpcAssociations.push({
          id: id("snva", seed),
          serviceNetworkId: networkId,
          vpcId: consumerVpcs[0]!.vpcId,
          account: consumers[0]!,
          createdAt: CREATED,
        });
        s.vpcEndpoints.push({
          id: id("vpce", `sn/${seed}`),
          account: consumers[1]!,
          region,
          vpcId: consumerVpcs[1]!.vpcId,
          type: "ServiceNetwork",
          subnetIds: consumerVpcs[1]!.subnetIds.slice(0, 2),
          securityGroupIds: [consumerVpcs[1]!.sgId],
          serviceNetworkId: networkId,
          createdAt: CREATED,
        });
      }
      // Every 10th slot opens a GROUP whose next two slots are its children.
      const slot = i % 10;
      const type = slot === 0 ? "GROUP" : slot <= 2 && groupId ? "CHILD" : slot === 9 ? "ARN" : "SINGLE";
      const cfgId = id("rcfg", seed);
      s.resourceConfigurations.push({
        id: cfgId,
        account: provider,
        region,
        name: `cfg-${p}-${i}`,
        type,
        gatewayId: type === "CHILD" ? undefined : gatewayId,
        parentId: type === "CHILD" ? groupId : undefined,
        portRanges: type === "ARN" ? ["5432"] : [String(1000 + (i % 50))],
        definition:
          type === "GROUP"
            ? undefined
            : type === "ARN"
              ? { arnResource: { arn: `arn:aws:rds:${region}:${provider}:cluster:db-${p}-${i}` } }
              : slot % 2 === 0
                ? { dnsResource: { domainName: `svc-${p}-${i}.example.com`, ipAddressType: "IPV4" } }
                : { ipResource: { ipAddress: `10.${(p * 3) % 250}.${(i % 3) * 16 + 15}.${(i % 200) + 10}` } },
        createdAt: CREATED,
        sharedWith: type === "CHILD" ? [] : consumers,
      });
      if (type === "GROUP") groupId = cfgId;
      if (type !== "CHILD" && i % 2 === 0) {
        s.serviceNetworkResourceAssociations.push({
          id: id("snra", seed),
          serviceNetworkId: networkId,
          resourceConfigurationId: cfgId,
          createdAt: CREATED,
        });
      }
      if (type !== "CHILD" && type !== "GROUP" && i % 3 === 0) {
        const k = i % consumers.length;
        s.vpcEndpoints.push({
          id: id("vpce", seed),
          account: consumers[k]!,
          region,
          vpcId: consumerVpcs[k]!.vpcId,
          type: "Resource",
          subnetIds: consumerVpcs[k]!.subnetIds.slice(0, 2),
          securityGroupIds: [consumerVpcs[k]!.sgId],
          resourceConfigurationId: cfgId,
          createdAt: CREATED,
        });
      }
      if (i % 50 === 0)
        s.accessLogSubscriptions.push({
          id: id("als", `cfg/${seed}`),
          resourceId: cfgId,
          logGroupName: accessLogGroup,
          createdAt: CREATED,
        });
    }
    s.alarms.push({
      name: `provider-${p}-retransmissions`,
      account: provider,
      region,
      namespace: "AWS/NetworkFlowMonitor",
      metricName: "Retransmissions",
      dimensions: [{ name: "MonitorName", value: `monitor-${p}` }],
      threshold: 100,
    });
  }
  return {
    name: `generated-${configurationCount}`,
    description: `Generated estate of ${configurationCount} resource configurations`,
    regions: REGIONS,
    ...s,
    ...(options.logsInsights ? { logsInsights: options.logsInsights } : {}),
  };
}
