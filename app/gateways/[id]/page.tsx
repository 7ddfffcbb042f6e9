import type { Metadata } from "next";
import { ResourceFindings } from "@/components/findings/resource-findings";
import { AccountLabel } from "@/components/ui/account-label";
import { ConsoleLink } from "@/components/ui/console-link";
import { EnisTable } from "@/components/ui/enis-table";
import { InventoryError } from "@/components/ui/inventory-error";
import { KeyValues } from "@/components/ui/key-values";
import { MonoId } from "@/components/ui/mono-id";
import { PageHead } from "@/components/ui/page-head";
import { ResourceLink } from "@/components/ui/resource-link";
import { Section } from "@/components/ui/section";
import { SecurityGroups } from "@/components/ui/security-groups";
import { StatusBadge } from "@/components/ui/status-badge";
import { describeTarget } from "@/lib/inventory/table-rows";
import { resourceFindingsOf } from "../../_lib/load-findings";
import { resolveResource } from "../../_lib/resolve-resource";
import { type PageSearchParams, TrafficSection } from "../../_lib/traffic-section";

export const dynamic = "force-dynamic";
// Deliberately no loading.tsx in this segment (the list pages live in a (list) group for the same
// reason): a Suspense boundary above notFound() makes Next.js stream a 200, and an unknown id must
// be an HTTP 404. The inventory is cached, so the wait without a skeleton is short.

type Props = { params: Promise<{ id: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Gateway ${decodeURIComponent((await params).id)}` };
}

export default async function GatewayPage({ params, searchParams }: Props) {
  const r = await resolveResource("gateway", (await params).id);
  if (!r.ok) return <InventoryError heading="Resource gateway" error={r.error} />;
  const { inventory: inv, item: g } = r;
  const configurations = inv.resourceConfigurations.filter(
    (c) => c.gatewayId === g.id || g.configurationIds.includes(c.id),
  );
  const subnets = g.subnetIds.map((id) => ({ id, subnet: inv.subnets.find((s) => s.id === id) }));
  const eniAzs = new Map(g.enis.map((e) => [e.subnetId, e.availabilityZone]));

  return (
    <>
      <PageHead
        kicker="Resource gateway"
        title={g.name}
        subtitle={
          <>
            <MonoId value={g.id} />
            <StatusBadge status={g.status} />
          </>
        }
        actions={<ConsoleLink kind="gateway" region={g.region} id={g.id} />}
      />
      <Section title="Details">
        <KeyValues
          items={[
            ["Account", <AccountLabel key="a" id={g.accountId} accounts={inv.accounts} />],
            ["Region", g.region],
            ["VPC", <MonoId key="v" value={g.vpcId} />],
            ["Availability zones", g.availabilityZones.join(", ") || "—"],
            ["IP address type", g.ipAddressType],
            ["IPv4 addresses per ENI", g.ipv4AddressesPerEni],
            ["Created", g.createdAt],
            ["ARN", <MonoId key="arn" value={g.arn} />],
          ]}
        />
      </Section>
      <ResourceFindings {...(await resourceFindingsOf(inv, g.id))} />
      <TrafficSection kind="gateway" id={g.id} name={g.name} inventory={inv} searchParams={searchParams} />
      <Section title="Resource configurations" count={configurations.length}>
        {configurations.length === 0 ? (
          <p className="muted">No resource configurations use this gateway.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Configuration</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col">Ports</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {configurations.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <ResourceLink kind="configuration" id={c.id} name={c.name} />
                  </th>
                  <td>
                    <span className="tag">{c.type}</span>
                  </td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>
                    <code>{c.portRanges.join(", ")}</code>
                  </td>
                  <td className="wrap-any">
                    <code>{describeTarget(c.definition)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title="Network interfaces" count={g.enis.length}>
        <EnisTable enis={g.enis} />
      </Section>
      <div className="grid">
        <Section title="Subnets" count={subnets.length}>
          <table>
            <thead>
              <tr>
                <th scope="col">Subnet</th>
                <th scope="col">AZ</th>
                <th scope="col">CIDR</th>
              </tr>
            </thead>
            <tbody>
              {subnets.map(({ id, subnet }) => (
                <tr key={id}>
                  <th scope="row">
                    <MonoId value={id} />
                  </th>
                  <td>{subnet?.availabilityZone ?? eniAzs.get(id) ?? <span className="dim">—</span>}</td>
                  <td>
                    {subnet?.cidrBlock ? <code>{subnet.cidrBlock}</code> : <span className="dim">—</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section title="Security groups" count={g.securityGroupIds.length}>
          <p className="muted small">
            A gateway's security groups control traffic from the gateway to the resource (outbound); inbound
            rules are not needed.
          </p>
          <SecurityGroups ids={g.securityGroupIds} groups={inv.securityGroups} flagEgress />
        </Section>
      </div>
    </>
  );
}
