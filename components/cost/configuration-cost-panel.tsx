import Link from "next/link";
import type { ConfigurationCostView } from "@/lib/cost/configuration-cost-view";
import { formatUsd } from "@/lib/cost/format-money";
import { KeyValues } from "../ui/key-values";
import { Section } from "../ui/section";
import { Money } from "./money";
import { PatternTags } from "./pattern-tag";
import { WhatIfPanel } from "./what-if-panel";

export type ConfigurationCostPanelProps = ConfigurationCostView;

/**
 * Cost on a configuration page: month so far, projection, the what-if and a link to /cost for the
 * breakdown. Props are computed on the server (lib/cost/get-configuration-cost.ts).
 */
export function ConfigurationCostPanel(props: ConfigurationCostPanelProps) {
  const { cost, month, window } = props;
  const link = `/cost?${new URLSearchParams({ month, window, ...(cost ? { config: cost.id } : {}) })}`;
  return (
    <Section title="Cost" id="cost">
      {props.error ? (
        <p className="muted">Cost unavailable: {props.error}</p>
      ) : props.billedWith ? (
        <p>
          Billed with its group{" "}
          <Link href={`/configurations/${props.billedWith.id}`}>{props.billedWith.name}</Link>: one
          association shares every child. <Link href={link}>Cost view</Link>
        </p>
      ) : !cost ? (
        <p className="muted">
          No billed path: no Resource endpoint reaches it and it is in no service network, so it costs nothing
          in {month}.
        </p>
      ) : (
        <>
          <KeyValues
            items={[
              ["Patterns in use", <PatternTags key="p" patterns={cost.patterns} />],
              ["Consumer VPCs", String(cost.consumers)],
              [
                "So far this month",
                <Money
                  key="s"
                  value={cost.totalSoFar}
                  plus={!cost.includesData}
                  inputs="hourly charges so far + data charges so far"
                />,
              ],
              [
                "Projected month",
                <Money
                  key="m"
                  value={cost.projectedMonth}
                  plus={!cost.includesData}
                  inputs={`hourly ${formatUsd(cost.hourlyCharges.projectedMonth)} + data ${cost.dataCharges.projectedMonth === null ? "unknown" : formatUsd(cost.dataCharges.projectedMonth)}`}
                />,
              ],
              [
                "Data processing",
                <Money
                  key="d"
                  value={cost.dataCharges.projectedMonth}
                  inputs={cost.dataCharges.inputs}
                  unknownLabel="unknown: no traffic data"
                />,
              ],
              ["Projection", props.confidence.note],
            ]}
          />
          <WhatIfPanel cost={cost} traits={props.patternTraits} />
          <p className="links">
            <Link href={link}>Breakdown and prices in the cost view</Link>
          </p>
        </>
      )}
    </Section>
  );
}
