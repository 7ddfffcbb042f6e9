import type { ConfigurationCost } from "@/lib/cost/cost-result";
import { formatUsd } from "@/lib/cost/format-money";
import {
  type Pattern,
  type PatternTraits,
  patternNames,
  patterns,
  type TraitKey,
  traitLabels,
} from "@/lib/cost/patterns";
import styles from "./cost.module.css";
import { Money } from "./money";
import { TraitCell } from "./trait-cell";

const TRAITS: TraitKey[] = ["iamAuthPolicies", "resourcePolicy", "shareableUnit"];

/**
 * The same consumers and bytes under each pattern, side by side with what else differs, and one
 * plain sentence when switching saves money.
 */
export function WhatIfPanel({
  cost,
  traits,
}: {
  cost: ConfigurationCost;
  traits: Record<Pattern, PatternTraits>;
}) {
  const current = cost.projectedMonth;
  return (
    <div data-testid="what-if">
      {cost.saving ? (
        <p className={`panel-warn ${styles.saving}`} data-testid="saving">
          <strong>{cost.saving.sentence}.</strong>{" "}
          <span className="muted">
            Today {formatUsd(current)}
            {cost.includesData ? "" : "+"} a month with{" "}
            {cost.patterns.length ? `pattern ${cost.patterns.join(" + ")}` : "no consumers"}.
          </span>
        </p>
      ) : (
        <p data-testid="no-saving">
          {cost.name} is already on its cheapest pattern{cost.cheapest.length > 1 ? "s" : ""} (
          {cost.cheapest.join(", ")}) for {cost.consumers} consumer VPC{cost.consumers === 1 ? "" : "s"}.
        </p>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Pattern</th>
              <th scope="col" className="n">
                Projected month
              </th>
              <th scope="col" className="n">
                vs today
              </th>
              <th scope="col">Inputs</th>
              {TRAITS.map((k) => (
                <th key={k} scope="col">
                  {traitLabels[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {patterns.map((p) => {
              const a = cost.alternatives.find((x) => x.pattern === p);
              if (!a) return null;
              const delta = a.projectedMonth - current;
              const cheapest = cost.cheapest.includes(p);
              return (
                <tr key={p} data-pattern={p}>
                  <th scope="row">
                    {p}. {patternNames[p]}
                    {cheapest && <span className={`badge badge-ok ${styles.badgeGap}`}>cheapest</span>}
                    {a.current && <span className={`badge badge-neutral ${styles.badgeGap}`}>current</span>}
                  </th>
                  <td className="n">
                    <Money value={a.projectedMonth} plus={a.data === null} inputs={a.inputs} />
                  </td>
                  <td className="n num">
                    {Math.abs(delta) < 0.005
                      ? "same"
                      : `${delta > 0 ? "+" : "−"}${formatUsd(Math.abs(delta))}`}
                  </td>
                  <td className="small">{a.inputs}</td>
                  {TRAITS.map((k) => (
                    <TraitCell key={k} cell={traits[p][k]} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        Break-even:{" "}
        {cost.breakEvenConsumers === null
          ? "pattern 1 never costs more"
          : `from ${cost.breakEvenConsumers} consumer VPCs on, pattern 1 costs more than a service network`}{" "}
        ({cost.breakEvenInputs}). Data processing is the same under every pattern: the same bytes at the same
        regional rate. No pattern gives IAM auth for a resource: a service network&apos;s auth policy and
        access settings do not apply to resource configurations.
      </p>
    </div>
  );
}
