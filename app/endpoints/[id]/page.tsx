import type { Metadata } from "next";
import Link from "next/link";
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
import { pathHref } from "@/lib/paths/path-query";
import { resourceFindingsOf } from "../../_lib/load-findings";
import { resolveResource } from "../../_lib/resolve-resource";
import { type PageSearchParams, TrafficSection } from "../../_lib/traffic-section";

export const dynamic = "force-dynamic";
// Deliberately no loading.tsx in this segment (the list pages live in a (list) group for the same
// reason): a Suspense boundary above notFound() makes Next.js stream a 200, and an unknown id must
// be an HTTP 404. The inventory is cached, so the wait without a skeleton is short.

type Props = { params: Promise<{ id: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Endpoint ${decodeURIComponent((await params).id)}` };
}

export default async function EndpointPage({ params, searchParams }: Props) {
  const r = await resolveResource("endpoint", (await params).id);
  if (!r.ok) return <InventoryError heading="VPC endpoint" error={r.error} />;
  const { inventory: inv, item: e } = r;
  const cfg = inv.resourceConfigurations.find((c) => c.id === e.resourceConfigurationId);
  const sn = inv.serviceNetworks.find((s) => s.id === e.serviceNetworkId);
  const associations = inv.associations.filter(
    (a) => (a.kind === "resource-endpoint" || a.kind === "sn-endpoint") && a.vpcEndpointId === e.id,
  );
  const described = new Set(e.enis.map((n) => n.id));
  const subnets = e.subnetIds.map((id) => ({
    id,
    az:
      inv.subnets.find((s) => s.id === id)?.availabilityZone ??
      e.enis.find((n) => n.subnetId === id)?.availabilityZone,
  }));

  return (
    <>
      <PageHead
        kicker={`VPC endpoint · ${e.type}`}
        title={<MonoId value={e.id} />}
        subtitle={
          <>
            <StatusBadge status={e.state} />
            <span>
              {e.type} endpoint in <code>{e.vpcId}</code>
            </span>
          </>
        }
        actions={
          <>
            <Link
              className="btn"
              href={
                e.resourceConfigurationId
                  ? pathHref({ consumer: e.id, target: e.resourceConfigurationId })
                  : `/paths?consumer=${encodeURIComponent(e.id)}`
              }
            >
              Check path
            </Link>
            <ConsoleLink kind="endpoint" region={e.region} id={e.id} />
          </>
        }
      />
      {e.failureReason && (
        <section role="alert" className="panel panel-error">
          <h2>Failure reason</h2>
          <p>{e.failureReason}</p>
        </section>
      )}
      <Section title="Details">
        <KeyValues
          items={[
            [
              "Type",
              <span key="t" className="tag">
                {e.type}
              </span>,
            ],
            ["State", <StatusBadge key="s" status={e.state} />],
            ["Account", <AccountLabel key="a" id={e.accountId} accounts={inv.accounts} />],
            ["Region", e.region],
            ["VPC", <MonoId key="v" value={e.vpcId} />],
            ["Availability zones", e.availabilityZones.join(", ") || "—"],
            [
              "Resource configuration",
              e.resourceConfigurationId ? (
                <ResourceLink key="c" kind="configuration" id={e.resourceConfigurationId} name={cfg?.name} />
              ) : undefined,
            ],
            [
              "Service network",
              e.serviceNetworkId ? (
                <ResourceLink key="n" kind="service-network" id={e.serviceNetworkId} name={sn?.name} />
              ) : undefined,
            ],
            ["Service", e.serviceName ? <code key="s">{e.serviceName}</code> : undefined],
            [
              "Private DNS",
              e.privateDnsEnabled === undefined ? undefined : e.privateDnsEnabled ? "Enabled" : "Disabled",
            ],
            ["Created", e.createdAt],
            ["ARN", <MonoId key="arn" value={e.arn} />],
          ]}
        />
        {(e.resourceConfigurationId && !cfg) || (e.serviceNetworkId && !sn) ? (
          <p className="muted small">
            The target is not in the watched accounts and regions (e.g. shared from another account through
            RAM).
          </p>
        ) : null}
      </Section>
      <ResourceFindings {...(await resourceFindingsOf(inv, e.id))} />
      <TrafficSection kind="endpoint" id={e.id} inventory={inv} searchParams={searchParams} />
      <div className="grid">
        <Section title="Subnets" count={subnets.length}>
          <table>
            <thead>
              <tr>
                <th scope="col">Subnet</th>
                <th scope="col">AZ</th>
              </tr>
            </thead>
            <tbody>
              {subnets.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <MonoId value={s.id} />
                  </th>
                  <td>{s.az ?? <span className="dim">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section title="Associations" count={associations.length}>
          {associations.length === 0 ? (
            <p className="muted">No associations discovered for this endpoint.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Association</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {associations.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <code>{a.id}</code>
                    </th>
                    <td>
                      {a.kind === "resource-endpoint" ? "Resource endpoint" : "Service network endpoint"}
                    </td>
                    <td>
                      <StatusBadge status={a.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      </div>
      <Section title="Network interfaces" count={e.eniIds.length || e.enis.length}>
        <EnisTable enis={e.enis} missingIds={e.eniIds.filter((id) => !described.has(id))} />
      </Section>
      <Section title="Security groups" count={e.securityGroupIds.length}>
        <SecurityGroups ids={e.securityGroupIds} groups={inv.securityGroups} />
      </Section>
    </>
  );
}
