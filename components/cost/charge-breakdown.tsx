import Link from "next/link";
import type { ConfigurationCost } from "@/lib/cost/cost-result";
import { formatGb, formatUsd } from "@/lib/cost/format-money";
import { patternNames } from "@/lib/cost/patterns";
import { Money } from "./money";

const kindLabel = {
  "resource-endpoint": "Resource endpoint",
  "sn-resource": "Service-network association",
  "sn-endpoint": "Service-network endpoint",
  "sn-vpc-association": "VPC association",
} as const;

function resourceHref(id: string): string | undefined {
  if (id.startsWith("vpce-")) return `/endpoints/${id}`;
  return undefined;
}

/** Every billed line and every consumer path of one configuration, each with its inputs. */
export function ChargeBreakdown({ cost }: { cost: ConfigurationCost }) {
  return (
    <>
      <h3>Hourly charges</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Billed resource</th>
              <th scope="col" className="n">
                Hours so far
              </th>
              <th scope="col" className="n">
                Hours by month end
              </th>
              <th scope="col" className="n">
                Rate
              </th>
              <th scope="col" className="n">
                So far
              </th>
              <th scope="col" className="n">
                Projected
              </th>
            </tr>
          </thead>
          <tbody>
            {cost.hourlyCharges.lines.map((l) => {
              const href = resourceHref(l.resourceId);
              return (
                <tr key={l.resourceId}>
                  <th scope="row">
                    {kindLabel[l.kind]}{" "}
                    {href ? (
                      <Link href={href} className="mono">
                        {l.resourceId}
                      </Link>
                    ) : (
                      <span className="mono">{l.resourceId}</span>
                    )}
                    <span className="cell-sub">{l.inputs}</span>
                  </th>
                  <td className="n num">{l.hoursSoFar}</td>
                  <td className="n num">{l.hoursMonth}</td>
                  <td className="n num">${l.usdPerHour.toFixed(4)}/h</td>
                  <td className="n num">{formatUsd(l.soFar)}</td>
                  <td className="n num">{formatUsd(l.projectedMonth)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>Per consumer path</h3>
      {cost.paths.length === 0 ? (
        <p className="muted">No consumer reaches it.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Path</th>
                <th scope="col">Consumer VPC</th>
                <th scope="col" className="n">
                  GB so far
                </th>
                <th scope="col" className="n">
                  GB by month end
                </th>
                <th scope="col" className="n">
                  Hourly
                </th>
                <th scope="col" className="n">
                  Data
                </th>
                <th scope="col" className="n">
                  Projected
                </th>
              </tr>
            </thead>
            <tbody>
              {cost.paths.map((p) => (
                <tr key={p.key} data-path={p.key}>
                  <th scope="row">
                    {p.pattern}. {patternNames[p.pattern]}
                    <span className="cell-sub mono">{p.endpointId ?? p.associationId ?? p.key}</span>
                  </th>
                  <td>
                    <span className="mono">{p.vpcId ?? "—"}</span>
                    {p.accountId && <span className="cell-sub mono">{p.accountId}</span>}
                  </td>
                  <td className="n num">
                    {p.gb.soFar === null ? <span className="muted">unknown</span> : formatGb(p.gb.soFar)}
                  </td>
                  <td className="n num">
                    {p.gb.projectedMonth === null ? (
                      <span className="muted">unknown</span>
                    ) : (
                      formatGb(p.gb.projectedMonth)
                    )}
                  </td>
                  <td className="n">
                    <Money value={p.hourly.projectedMonth} inputs={p.inputs[0]} />
                  </td>
                  <td className="n">
                    <Money value={p.data.projectedMonth} inputs={p.inputs[1]} />
                  </td>
                  <td className="n">
                    <Money
                      value={p.projectedMonth}
                      plus={p.data.projectedMonth === null}
                      inputs={p.inputs.join("\n")}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="small muted">Data: {cost.dataCharges.inputs}</p>
    </>
  );
}
