/** ARN builders, one place so every service prints the same strings. */

export type LatticeResourceType =
  | "resourcegateway"
  | "resourceconfiguration"
  | "servicenetwork"
  | "service"
  | "servicenetworkresourceassociation"
  | "servicenetworkvpcassociation"
  | "servicenetworkserviceassociation"
  | "resourceendpointassociation"
  | "accesslogsubscription";

export function latticeArn(region: string, account: string, type: LatticeResourceType, id: string): string {
  return `arn:aws:vpc-lattice:${region}:${account}:${type}/${id}`;
}

/** The log group ARN without the trailing `:*` (what `logGroupArn` and access-log destinations use). */
export function logGroupArn(region: string, account: string, name: string): string {
  return `arn:aws:logs:${region}:${account}:log-group:${name}`;
}

export function idFromIdentifier(identifier: string): string {
  return identifier.startsWith("arn:") ? (identifier.split("/").pop() ?? identifier) : identifier;
}
