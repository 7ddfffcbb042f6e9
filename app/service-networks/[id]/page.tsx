import type { Metadata } from "next";
import { ResourceFindings } from "@/components/findings/resource-findings";
import { AccountLabel } from "@/components/ui/account-label";
import { ConsoleLink } from "@/components/ui/console-link";
import { InventoryError } from "@/components/ui/inventory-error";
import { KeyValues } from "@/components/ui/key-values";
import { MonoId } from "@/components/ui/mono-id";
import { PageHead } from "@/components/ui/page-head";
import { ResourceLink } from "@/components/ui/resource-link";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Association } from "@/lib/schemas/inventory";
import { AlarmsSection } from "../../_lib/alarms-section";
import { resourceFindingsOf } from "../../_lib/load-findings";
import { resolveResource } from "../../_lib/resolve-resource";
import type { PageSearchParams } from "../../_lib/traffic-section";

export const dynamic = "force-dynamic";
// Deliberately no loading.tsx in this segment (the list pages live in a (list) group for the same
// reason): a Suspense boundary above notFound() makes Next.js stream a 200, and an unknown id must
// be an HTTP 404. The inventory is cached, so the wait without a skeleton is short.

type Props = { params: Promise<{ id: string }>; searchParams: PageSearchParams };
type Of<K extends Association["kind"]> = Extract<Association, { kind: K }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Service network ${decodeURIComponent((await params).id)}` };
}

function Empty({ children }: { children: string }) {
  return <p className="muted">{children}</p>;
}

export default async function ServiceNetworkPage({ params, searchParams }: Props) {
  const r = await resolveResource("service-network", (await params).id);
  if (!r.ok) return <InventoryError heading="Service network" error={r.error} />;
  const { inventory: inv, item: s } = r;
  const mine = inv.associations.filter((a) => "serviceNetworkId" in a && a.serviceNetworkId === s.id);
  const of = <K extends Association["kind"]>(k: K) => mine.filter((a): a is Of<K> => a.kind === k);
  const resources = of("sn-resource");
  const vpcs = of("sn-vpc");
  const endpoints = of("sn-endpoint");
  const services = of("sn-service");
  const cfgName = (id: string) => inv.resourceConfigurations.find((c) => c.id === id);

  return (
    <>
      <PageHead
        kicker="Service network"
        title={s.name}
        subtitle={<MonoId value={s.id} />}
        actions={<ConsoleLink kind="service-network" region={s.region} id={s.id} />}
      />
      <Section title="Details">
        <KeyValues
          items={[
            ["Account", <AccountLabel key="a" id={s.accountId} accounts={inv.accounts} />],
            ["Region", s.region],
            [
              "Auth type",
              <span key="auth">
                {s.authType ?? "NONE"}
                {s.authType === "AWS_IAM" && (
                  <span className="small muted" data-testid="auth-scope">
                    {" "}
                    — applies to its services only: the auth policy on the service network{" "}
                    <a
                      href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/auth-policies.html"
                      rel="noreferrer"
                      target="_blank"
                    >
                      doesn&apos;t apply to resource configurations
                    </a>
                  </span>
                )}
              </span>,
            ],
            [
              "Sharing",
              s.sharingEnabled === undefined ? undefined : s.sharingEnabled ? "Enabled" : "Disabled",
            ],
            [
              "Access logs",
              s.accessLogDestinations.length ? (
                <span key="l">
                  {(s.accessLogSubscriptions ?? []).some((a) => a.serviceNetworkLogType === "RESOURCE") ||
                  !s.accessLogSubscriptions ? (
                    <span className="badge badge-ok">Enabled</span>
                  ) : (
                    <span className="badge badge-pending" data-testid="service-log-type">
                      Service access logs: no resource connections
                    </span>
                  )}
                  {s.accessLogSubscriptions?.map((a) => (
                    <span key={a.id} className="cell-sub">
                      <code>{a.serviceNetworkLogType ?? "SERVICE"}</code> → <code>{a.destinationArn}</code>
                    </span>
                  ))}
                  {s.accessLogSubscriptions?.every((a) => a.serviceNetworkLogType !== "RESOURCE") && (
                    <span className="cell-sub">
                      Fix: <code>--service-network-log-type RESOURCE</code> on a subscription
                    </span>
                  )}
                </span>
              ) : (
                <span key="l" className="badge badge-pending">
                  Not enabled
                </span>
              ),
            ],
            ["Created", s.createdAt],
            ["ARN", <MonoId key="arn" value={s.arn} />],
          ]}
        />
      </Section>
      <ResourceFindings {...(await resourceFindingsOf(inv, s.id))} />
      <AlarmsSection kind="service-network" id={s.id} searchParams={searchParams} />
      <Section title="Resource configurations" count={resources.length}>
        {resources.length === 0 ? (
          <Empty>No resource configurations are associated.</Empty>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Configuration</th>
                <th scope="col">Type</th>
                <th scope="col">Account</th>
                <th scope="col">Association</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {resources.map((a) => {
                const c = cfgName(a.resourceConfigurationId);
                return (
                  <tr key={a.id}>
                    <th scope="row">
                      <ResourceLink kind="configuration" id={a.resourceConfigurationId} name={c?.name} />
                    </th>
                    <td>{c ? <span className="tag">{c.type}</span> : <span className="dim">—</span>}</td>
                    <td>
                      <AccountLabel id={c?.accountId ?? a.accountId} accounts={inv.accounts} />
                    </td>
                    <td>
                      <code>{a.id}</code>
                    </td>
                    <td>
                      <StatusBadge status={a.status} />
                      {a.failureCode && <span className="cell-sub failure">{a.failureCode}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Section>
      <div className="grid">
        <Section title="VPC associations" count={vpcs.length}>
          {vpcs.length === 0 ? (
            <Empty>No VPCs are associated.</Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">VPC</th>
                  <th scope="col">Account</th>
                  <th scope="col">Association</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {vpcs.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <code>{a.vpcId}</code>
                    </th>
                    <td>
                      <AccountLabel id={a.accountId} accounts={inv.accounts} />
                    </td>
                    <td>
                      <code>{a.id}</code>
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
        <Section title="Endpoint associations" count={endpoints.length}>
          {endpoints.length === 0 ? (
            <Empty>No service-network endpoints.</Empty>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Endpoint</th>
                  <th scope="col">Account</th>
                  <th scope="col">VPC</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((a) => {
                  const e = inv.endpoints.find((x) => x.id === a.vpcEndpointId);
                  return (
                    <tr key={a.id}>
                      <th scope="row">
                        <ResourceLink kind="endpoint" id={a.vpcEndpointId} />
                      </th>
                      <td>
                        <AccountLabel id={e?.accountId ?? a.accountId} accounts={inv.accounts} />
                      </td>
                      <td>
                        <code>{e?.vpcId ?? a.vpcId ?? "—"}</code>
                      </td>
                      <td>
                        <StatusBadge status={e?.state ?? a.status} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Section>
      </div>
      <Section title="Services" count={services.length}>
        {services.length === 0 ? (
          <Empty>No VPC Lattice services are associated.</Empty>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Association</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {services.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.serviceName ?? <code>{a.serviceId}</code>}
                    {a.serviceName && <code className="cell-sub">{a.serviceId}</code>}
                  </th>
                  <td>
                    <code>{a.id}</code>
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
    </>
  );
}
