/** Test inventories for the topology tables: the findings' clean estate, plus a generated large one. */
import {
  A,
  B,
  cleanInventory,
  configuration,
  endpoint,
  inventoryWith,
  region,
} from "@/lib/findings/test-builders";
import type { Inventory } from "@/lib/schemas/inventory";

export { A, B, cleanInventory, inventoryWith, region };

/** The clean estate plus a sn-vpc association (pattern 3) from a third account's VPC. */
export const C = "333333333333";
export function allPatterns(): Inventory {
  return inventoryWith((inv) => {
    inv.vpcs.push({ id: "vpc-c3", accountId: C, region, name: "analytics" });
    inv.associations.push({
      kind: "sn-vpc",
      id: "snva-1",
      arn: "arn:snva-1",
      accountId: C,
      region,
      status: "ACTIVE",
      serviceNetworkId: "sn-main",
      vpcId: "vpc-c3",
    });
  });
}

/** A GROUP holding two CHILD configurations (a DNS and an IP target), associated to the network. */
export function withGroup(type: "GROUP" | "ARN" = "GROUP"): Inventory {
  return inventoryWith((inv) => {
    inv.resourceConfigurations.push(
      configuration({
        id: "rcfg-grp",
        name: "cluster",
        type,
        childIds: ["rcfg-c1", "rcfg-c2"],
        definition:
          type === "ARN"
            ? { kind: "arn", arn: "arn:aws:rds:us-east-1:111111111111:cluster:orders" }
            : undefined,
      }),
      configuration({
        id: "rcfg-c1",
        name: "writer",
        type: "CHILD",
        parentId: "rcfg-grp",
        definition: { kind: "dns", domainName: "writer.db.internal" },
      }),
      configuration({
        id: "rcfg-c2",
        name: "reader",
        type: "CHILD",
        parentId: "rcfg-grp",
        definition: { kind: "ip", ipAddress: "10.0.3.20" },
      }),
    );
    inv.associations.push({
      kind: "sn-resource",
      id: "snra-grp",
      arn: "arn:snra-grp",
      accountId: A,
      region,
      serviceNetworkId: "sn-main",
      resourceConfigurationId: "rcfg-grp",
    });
  });
}

/** n configurations behind one gateway, each reached by its own Resource endpoint in one of 5 accounts. */
export function generated(n: number): Inventory {
  return inventoryWith((inv) => {
    inv.resourceConfigurations = [];
    inv.endpoints = [];
    inv.associations = inv.associations.filter((a) => a.kind === "sn-resource");
    for (let i = 0; i < n; i += 1) {
      const id = `rcfg-${String(i).padStart(4, "0")}`;
      const acct = `20000000000${i % 5}`;
      inv.resourceConfigurations.push(
        configuration({
          id,
          name: `svc-${i}`,
          definition: { kind: "ip", ipAddress: `10.0.${i >> 8}.${i & 255}` },
        }),
      );
      inv.endpoints.push(
        endpoint({
          id: `vpce-${i}`,
          accountId: acct,
          vpcId: `vpc-${acct}-${i % 3}`,
          resourceConfigurationId: id,
        }),
      );
      if (i % 2 === 0)
        inv.associations.push({
          kind: "sn-resource",
          id: `snra-${i}`,
          arn: `arn:snra-${i}`,
          accountId: A,
          region,
          serviceNetworkId: "sn-main",
          resourceConfigurationId: id,
        });
    }
  });
}
