/** Resolves a log group named by `logGroupName`, `logGroupIdentifier` (name or ARN) in the caller's account/region. */
import { type CallContext, SimError } from "../../protocols/types";
import type { LogGroup } from "../../state/sim-state";
import type { LogGroupSource } from "../../traffic/log-sources";

export const logsNotFound = (message = "The specified log group does not exist.") =>
  new SimError("ResourceNotFoundException", 400, message);

export interface ResolvedGroup {
  group: LogGroup;
  /** The generated traffic in it; undefined for a group nothing writes to. */
  source?: LogGroupSource;
}

export function resolveLogGroup(ctx: CallContext, nameOrArn: string): ResolvedGroup {
  let account = ctx.account;
  let region = ctx.region;
  let name = nameOrArn;
  const arn = /^arn:aws[a-z-]*:logs:([^:]+):(\d{12}):log-group:(.+?)(:\*)?$/.exec(nameOrArn);
  if (arn) {
    region = arn[1] ?? region;
    account = arn[2] ?? account;
    name = arn[3] ?? name;
  }
  // Cross-account reads need a monitoring-account link the simulator does not model.
  if (account !== ctx.account || region !== ctx.region) throw logsNotFound();
  const group = ctx.state.scenario.logGroups.find(
    (g) => g.account === account && g.region === region && g.name === name,
  );
  if (!group) throw logsNotFound();
  return { group, source: ctx.runtime.traffic.group(account, region, name) };
}
