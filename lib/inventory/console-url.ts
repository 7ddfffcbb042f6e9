import type { ResourceKind } from "./find-by-id";

/**
 * The AWS console page for a resource. VPC Lattice resources have no stable deep-link anchor per
 * id, so they open the list (filterable there); VPC endpoints do have a details anchor.
 */
export function consoleUrl(kind: ResourceKind, region: string, id: string): string {
  const r = encodeURIComponent(region);
  const base = `https://${r}.console.aws.amazon.com/vpcconsole/home?region=${r}`;
  switch (kind) {
    case "gateway":
      return `${base}#ResourceGateways`;
    case "configuration":
      return `${base}#ResourceConfigurations`;
    case "service-network":
      return `${base}#ServiceNetworks`;
    case "endpoint":
      return `${base}#EndpointDetails:vpcEndpointId=${encodeURIComponent(id)}`;
  }
}
