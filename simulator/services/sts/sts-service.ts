/**
 * STS: GetCallerIdentity and AssumeRole. Issued access keys embed the role's account (see
 * resolve-account.ts), so every later call made with them lands in that account.
 */
import { awsQueryService } from "../../protocols/aws-query";
import { type ServiceHandler, SimError } from "../../protocols/types";
import { hashHex } from "../../state/hash-hex";
import { temporaryAccessKeyId } from "../../state/resolve-account";

const STS_XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";

function missing(name: string): SimError {
  return new SimError(
    "ValidationError",
    400,
    `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`,
  );
}

export function stsService(): ServiceHandler {
  // Issued key → assumed-role ARN, so GetCallerIdentity can name the role for this server's lifetime.
  const sessions = new Map<string, { arn: string; userId: string }>();
  return awsQueryService(
    STS_XMLNS,
    {
      GetCallerIdentity(ctx) {
        const session = sessions.get(ctx.accessKeyId);
        return {
          UserId: session?.userId ?? ctx.accessKeyId,
          Account: ctx.account,
          Arn: session?.arn ?? `arn:aws:iam::${ctx.account}:user/simulator`,
        };
      },
      AssumeRole(ctx, params) {
        const roleArn = params.get("RoleArn");
        const sessionName = params.get("RoleSessionName");
        if (!roleArn) throw missing("roleArn");
        if (!sessionName) throw missing("roleSessionName");
        const m = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
        if (!m || !ctx.state.scenario.accounts.some((a) => a.id === m[1])) {
          throw new SimError(
            "AccessDenied",
            403,
            `User: arn:aws:iam::${ctx.account}:user/simulator is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
          );
        }
        const [, account, roleName] = m as unknown as [string, string, string];
        const seed = `${roleArn}/${sessionName}`;
        const accessKeyId = temporaryAccessKeyId(account, hashHex(seed, 4));
        const roleId = `AROA${hashHex(`role/${roleArn}`, 17).toUpperCase()}`;
        const arn = `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`;
        sessions.set(accessKeyId, { arn, userId: `${roleId}:${sessionName}` });
        const duration = Number(params.get("DurationSeconds") ?? 3600);
        return {
          Credentials: {
            AccessKeyId: accessKeyId,
            SecretAccessKey: hashHex(`secret/${seed}`, 40),
            SessionToken: Buffer.from(`simulator-session/${seed}`).toString("base64"),
            Expiration: new Date(ctx.now.getTime() + duration * 1000),
          },
          AssumedRoleUser: { AssumedRoleId: `${roleId}:${sessionName}`, Arn: arn },
          PackedPolicySize: 0,
        };
      },
    },
    {
      throttle: () => new SimError("Throttling", 400, "Rate exceeded"),
      internal: () => new SimError("InternalFailure", 500, "An internal error occurred"),
      accessDenied: (account) =>
        new SimError("AccessDenied", 403, `User: arn:aws:iam::${account}:user/simulator is not authorized`),
    },
  );
}
