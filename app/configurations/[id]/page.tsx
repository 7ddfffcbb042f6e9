import type { Metadata } from "next";
import { ResourceFindings } from "@/components/findings/resource-findings";
import { PathForm } from "@/components/paths/path-form";
import { AccountLabel } from "@/components/ui/account-label";
import { ConsoleLink } from "@/components/ui/console-link";
import { ConsumerGroups } from "@/components/ui/consumer-groups";
import { InventoryError } from "@/components/ui/inventory-error";
import { KeyValues } from "@/components/ui/key-values";
import { MonoId } from "@/components/ui/mono-id";
import { PageHead } from "@/components/ui/page-head";
import { ResourceLink } from "@/components/ui/resource-link";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/ui/status-badge";
import { consumersOfConfiguration, serviceNetworkLinksOf } from "@/lib/inventory/consumers-of-configuration";
import { describeTarget } from "@/lib/inventory/table-rows";
import { consumerOptions } from "@/lib/paths/path-options";
import { CostSection } from "../../_lib/cost-section";
import { resourceFindingsOf } from "../../_lib/load-findings";
import { resolveResource } from "../../_lib/resolve-resource";
import { type PageSearchParams, TrafficSection } from "../../_lib/traffic-section";

export const dynamic = "force-dynamic";
// Deliberately no loading.tsx in this segment (the list pages live in a (list) group for the same
// reason): a Suspense boundary above notFound() makes Next.js stream a 200, and an unknown id must
// be an HTTP 404. The inventory is cached, so the wait without a skeleton is short.

type Props = { params: Promise<{ id: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Configuration ${decodeURIComponent((await params).id)}` };
}

const targetLabel = { ip: "IP address", dns: "DNS name", arn: "ARN" } as const;

export default async function ConfigurationPage({ params, searchParams }: Props) {
  const r = await resolveResource("configuration", (await params).id);
  if (!r.ok) return <InventoryError heading="Resource configuration" error={r.error} />;
  const { inventory: inv, item: c } = r;
  const gateway = inv.gateways.find((g) => g.id === c.gatewayId);
  const parent = inv.resourceConfigurations.find((p) => p.id === c.parentId);
  const children = inv.resourceConfigurations.filter((x) => x.parentId === c.id || c.childIds.includes(x.id));
  const groups = consumersOfConfiguration(inv, c.id);
  const total = groups.reduce((n, g) => n + g.consumers.length, 0);
  const networks = serviceNetworkLinksOf(inv, c.id);
  // A CHILD has no access-log subscription of its own: its parent's applies.
  const logs =
    c.accessLogDestinations.length > 0 ? c.accessLogDestinations : (parent?.accessLogDestinations ?? []);

  return (
    <>
      <PageHead
        kicker={`Resource configuration · ${c.type}`}
        title={c.name}
        subtitle={
          <>
            <MonoId value={c.id} />
            <StatusBadge status={c.status} />
          </>
        }
        actions={<ConsoleLink kind="configuration" region={c.region} id={c.id} />}
      />
      {c.failureReason && (
        <section role="alert" className="panel panel-error">
          <h2>Failure reason</h2>
          <p>{c.failureReason}</p>
        </section>
      )}
      <Section title="Details">
        <KeyValues
          items={[
            [
              "Type",
              <span key="t" className="tag">
                {c.type}
              </span>,
            ],
            ["Status", <StatusBadge key="s" status={c.status} />],
            ["Account", <AccountLabel key="a" id={c.accountId} accounts={inv.accounts} />],
            ["Region", c.region],
            ["Ports", c.portRanges.length ? <code key="p">{c.portRanges.join(", ")}</code> : "—"],
            ["Protocol", c.protocol ?? "TCP"],
            [
              c.definition ? `Target (${targetLabel[c.definition.kind]})` : "Target",
              c.definition ? (
                <MonoId key="tg" value={describeTarget(c.definition)} />
              ) : c.type === "GROUP" ? (
                "Defined by children"
              ) : (
                "—"
              ),
            ],
            ["Custom domain", c.customDomainName],
            ["Amazon managed", c.amazonManaged ? "Yes" : undefined],
            [
              "Gateway",
              c.gatewayId ? (
                <ResourceLink key="g" kind="gateway" id={c.gatewayId} name={gateway?.name} />
              ) : (
                "—"
              ),
            ],
            [
              "Parent",
              c.parentId ? (
                <ResourceLink key="p" kind="configuration" id={c.parentId} name={parent?.name} />
              ) : undefined,
            ],
            [
              "Access logs",
              logs.length ? (
                <span key="l">
                  <span className="badge badge-ok">Enabled</span>{" "}
                  {logs.map((d) => (
                    <code key={d} className="cell-sub wrap-any">
                      {d}
                    </code>
                  ))}
                </span>
              ) : (
                <span key="l" className="badge badge-pending">
                  Not enabled — who connects is not recorded
                </span>
              ),
            ],
            ["Created", c.createdAt],
            ["ARN", <MonoId key="arn" value={c.arn} />],
          ]}
        />
      </Section>
      <ResourceFindings {...(await resourceFindingsOf(inv, c.id))} />
      <TrafficSection
        kind="configuration"
        id={c.id}
        name={c.name}
        inventory={inv}
        searchParams={searchParams}
      />
      <CostSection inventory={inv} id={c.id} />
      {children.length > 0 && (
        <Section title="Child configurations" count={children.length}>
          <table>
            <thead>
              <tr>
                <th scope="col">Configuration</th>
                <th scope="col">Status</th>
                <th scope="col">Ports</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {children.map((x) => (
                <tr key={x.id}>
                  <th scope="row">
                    <ResourceLink kind="configuration" id={x.id} name={x.name} />
                  </th>
                  <td>
                    <StatusBadge status={x.status} />
                  </td>
                  <td>
                    <code>{x.portRanges.join(", ")}</code>
                  </td>
                  <td className="wrap-any">
                    <code>{describeTarget(x.definition)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      <Section title="Consumers" count={total}>
        <ConsumerGroups groups={groups} inv={inv} selfId={c.id} />
      </Section>
      <Section title="Check path" id="check-path">
        <p className="muted small">Why can or can't a consumer reach {c.name}? Every route, hop by hop.</p>
        <PathForm consumers={consumerOptions(inv)} target={c.id} compact />
      </Section>
      <Section title="Service networks" count={networks.length}>
        {networks.length === 0 ? (
          <p className="muted">Not associated with any service network.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Service network</th>
                <th scope="col">Account</th>
                <th scope="col">Association</th>
                <th scope="col">Via</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {networks.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <ResourceLink
                      kind="service-network"
                      id={a.serviceNetworkId}
                      name={inv.serviceNetworks.find((s) => s.id === a.serviceNetworkId)?.name}
                    />
                  </th>
                  <td>
                    <AccountLabel id={a.accountId} accounts={inv.accounts} />
                  </td>
                  <td>
                    <code>{a.id}</code>
                  </td>
                  <td>
                    {a.resourceConfigurationId === c.id ? <span className="dim">direct</span> : "parent"}
                  </td>
                  <td>
                    <StatusBadge status={a.status} />
                    {a.failureCode && <span className="cell-sub failure">{a.failureCode}</span>}
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
