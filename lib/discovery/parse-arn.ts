/** The parts of an ARN discovery needs: whose it is, where, and the resource id at its end. */
export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  /** Everything after the account, e.g. `resourceconfiguration/rcfg-…`. */
  resource: string;
  /** The last path segment, e.g. `rcfg-…`. */
  resourceId: string;
}

export function parseArn(arn: string | undefined): ParsedArn | undefined {
  if (!arn?.startsWith("arn:")) return undefined;
  const [, partition, service, region, accountId, ...rest] = arn.split(":");
  if (!partition || !service || accountId === undefined || rest.length === 0) return undefined;
  const resource = rest.join(":");
  const resourceId = resource.split(/[/:]/).pop() ?? resource;
  return { partition, service, region: region ?? "", accountId, resource, resourceId };
}

/** The resource id at the end of an ARN, or the input itself when it already is an id. */
export function idFromArn(arnOrId: string | undefined): string | undefined {
  if (!arnOrId) return undefined;
  return parseArn(arnOrId)?.resourceId ?? arnOrId;
}

/** Owner account from an ARN, falling back to the account that saw the item. */
export function ownerOf(arn: string | undefined, fallback: string): string {
  const owner = parseArn(arn)?.accountId;
  return owner && /^\d{12}$/.test(owner) ? owner : fallback;
}

export function iso(date: Date | undefined): string | undefined {
  return date ? date.toISOString() : undefined;
}
