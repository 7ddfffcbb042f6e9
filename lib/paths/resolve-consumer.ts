import type { InventoryIndex } from "@/lib/findings/inventory-index";
import type { Endpoint, Vpc } from "@/lib/schemas/inventory";

export interface Consumer {
  input: string;
  kind: "vpc" | "endpoint";
  vpcId: string;
  accountId?: string;
  /** Set when the consumer is one endpoint: only routes through it are checked. */
  endpoint?: Endpoint;
  vpc?: Vpc;
  label: string;
}

export class PathInputError extends Error {
  constructor(
    readonly field: "consumer" | "target",
    message: string,
  ) {
    super(message);
  }
}

/** `vpc-…`, `vpce-…`, or their EC2 ARNs (`arn:aws:ec2:region:account:vpc/vpc-…`). */
export function resolveConsumer(index: InventoryIndex, input: string): Consumer {
  const raw = input.trim();
  const id = raw.startsWith("arn:") ? (raw.split("/").pop() ?? "") : raw;
  const vpcs = index.inventory.vpcs;
  if (/^vpce-[0-9a-z]+$/.test(id)) {
    const endpoint = index.endpoints.get(id);
    if (!endpoint)
      throw new PathInputError("consumer", `No Resource or ServiceNetwork endpoint ${id} in the inventory.`);
    const vpc = vpcs.find((v) => v.id === endpoint.vpcId);
    return {
      input: raw,
      kind: "endpoint",
      vpcId: endpoint.vpcId,
      accountId: endpoint.accountId,
      endpoint,
      vpc,
      label: `${id} (${endpoint.type} endpoint in ${vpc?.name ?? endpoint.vpcId})`,
    };
  }
  if (/^vpc-[0-9a-z]+$/.test(id)) {
    const vpc = vpcs.find((v) => v.id === id);
    const known =
      vpc ||
      index.inventory.endpoints.some((e) => e.vpcId === id) ||
      index.inventory.associations.some((a) => a.kind === "sn-vpc" && a.vpcId === id);
    if (!known)
      throw new PathInputError("consumer", `VPC ${id} is not in the inventory (is its account configured?).`);
    return {
      input: raw,
      kind: "vpc",
      vpcId: id,
      accountId: vpc?.accountId,
      vpc,
      label: vpc?.name ? `${vpc.name} (${id})` : id,
    };
  }
  throw new PathInputError(
    "consumer",
    "consumer must be a VPC id (vpc-…), a VPC endpoint id (vpce-…) or an EC2 ARN of one.",
  );
}
