/** Builders for cost-model tests: a configuration with paths in the shapes the adapter produces. */
import type { ConfigurationInput, PathInput } from "./cost-input";
import type { Pattern } from "./patterns";

export const GIB = 1_073_741_824;

export function path(pattern: Pattern, n: number, extra: Partial<PathInput> = {}): PathInput {
  const id = pattern === 3 ? `snva-${n}` : `vpce-${pattern}${n}`;
  return {
    key: id,
    pattern,
    vpcId: `vpc-${n}`,
    endpointId: pattern === 3 ? undefined : id,
    associationId: pattern === 3 ? id : undefined,
    availabilityZones: pattern === 3 ? 0 : 2,
    sharedBy: 1,
    bytesSoFar: 0,
    bytesInWindow: 0,
    ...extra,
  };
}

export function config(
  name: string,
  paths: PathInput[],
  opts: Partial<ConfigurationInput> & { linked?: boolean } = {},
): ConfigurationInput {
  const { linked, ...rest } = opts;
  return {
    id: `rcfg-${name}`,
    name,
    region: "us-east-1",
    accountId: "111111111111",
    paths,
    serviceNetworkLinks: linked ? [{ id: `snra-${name}`, serviceNetworkId: "sn-1" }] : [],
    unattributedSoFar: 0,
    unattributedInWindow: 0,
    ...rest,
  };
}
