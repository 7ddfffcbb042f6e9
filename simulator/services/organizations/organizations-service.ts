/**
 * AWS Organizations (JSON 1.1, `X-Amz-Target: AWSOrganizationsV20161128.<Op>`): ListAccounts only,
 * the one read Lattice Lens uses to onboard many accounts. Faithful to the model
 * (organizations.subset.json): `MaxResults` 1–20, `NextToken`, `Accounts[{Id, Arn, Email, Name,
 * Status, State, JoinedMethod, JoinedTimestamp}]` (timestamps in epoch seconds, as awsJson sends
 * them). Only the management account or a delegated administrator may list ("This operation can
 * be called only from the organization's management account or by a member account that is a
 * delegated administrator", Organizations API reference, ListAccounts); others get
 * AccessDeniedException, and without an organization AWSOrganizationsNotInUseException.
 */
import type { Account, ListAccountsResponse } from "@aws-sdk/client-organizations";
import { jsonRpcService } from "../../protocols/json-rpc";
import { type CallContext, type FaultErrors, type ServiceHandler, SimError } from "../../protocols/types";

const PAGE_MAX = 20;

export const organizationsFaultErrors: FaultErrors = {
  throttle: () => new SimError("TooManyRequestsException", 400, "Rate exceeded"),
  internal: () => new SimError("ServiceException", 500, "AWS Organizations can't complete your request"),
  accessDenied: () =>
    new SimError("AccessDeniedException", 400, "You don't have permissions to access this resource."),
};

function listAccounts(ctx: CallContext, input: Record<string, unknown>): ListAccountsResponse {
  const org = ctx.state.scenario.organization;
  if (!org)
    throw new SimError(
      "AWSOrganizationsNotInUseException",
      400,
      "Your account is not a member of an organization.",
    );
  if (ctx.account !== org.managementAccountId && !org.delegatedAdministrators.includes(ctx.account))
    throw organizationsFaultErrors.accessDenied(ctx.account);
  const max = input.MaxResults === undefined ? PAGE_MAX : Number(input.MaxResults);
  if (!Number.isInteger(max) || max < 1 || max > PAGE_MAX)
    throw new SimError(
      "InvalidInputException",
      400,
      `1 validation error detected: Value '${String(input.MaxResults)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${PAGE_MAX}`,
    );
  const members = [
    ...ctx.state.scenario.accounts.map((a) => ({
      id: a.id,
      name: a.name,
      email: undefined,
      state: "ACTIVE" as const,
    })),
    ...org.extraAccounts,
  ].sort((a, b) => a.id.localeCompare(b.id));
  let offset = 0;
  if (input.NextToken !== undefined) {
    const m = /^accounts:(\d+)$/.exec(Buffer.from(String(input.NextToken), "base64url").toString("utf8"));
    if (!m) throw new SimError("InvalidInputException", 400, "The NextToken is not valid.");
    offset = Number(m[1]);
  }
  const joined = Date.parse("2025-01-15T10:00:00Z") / 1000;
  const page = members.slice(offset, offset + max).map(
    (a): Account => ({
      Id: a.id,
      Arn: `arn:aws:organizations::${org.managementAccountId}:account/${org.id}/${a.id}`,
      Email: a.email ?? `aws+${a.id}@example.com`,
      Name: a.name,
      State: a.state,
      // Status is being retired (model note); AWS still sends it for the states it knows.
      Status:
        a.state === "ACTIVE" || a.state === "SUSPENDED" || a.state === "PENDING_CLOSURE"
          ? a.state
          : undefined,
      JoinedMethod: a.id === org.managementAccountId ? "CREATED" : "INVITED",
      JoinedTimestamp: joined as unknown as Date,
    }),
  );
  const next =
    offset + max < members.length ? Buffer.from(`accounts:${offset + max}`).toString("base64url") : undefined;
  return { Accounts: page, NextToken: next };
}

export function organizationsService(): ServiceHandler {
  return jsonRpcService({
    targetPrefix: "AWSOrganizationsV20161128",
    version: "1.1",
    operations: { ListAccounts: listAccounts },
    faultErrors: organizationsFaultErrors,
    unknownOperation: (op) => new SimError("UnknownOperationException", 400, `Unknown operation ${op}`),
  });
}
