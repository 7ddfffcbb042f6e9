import "server-only";
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { AccountConfig } from "@/lib/config/schema";

type AccountCredentials = Pick<AccountConfig, "id" | "profile" | "roleArn" | "externalId">;

// One provider per account, shared by every region's clients and every discovery run, so a role
// is assumed once and refreshed by the provider rather than once per region per request.
const providers = new Map<string, AwsCredentialIdentityProvider>();

/**
 * The credentials for one configured account: `profile` (shared config/credentials files, SSO
 * included), `roleArn` assumed on top of the profile or the default chain, else the default chain.
 */
export function credentialsFor(account: AccountCredentials, region: string): AwsCredentialIdentityProvider {
  const key = JSON.stringify([account.id, account.profile, account.roleArn, account.externalId]);
  let provider = providers.get(key);
  if (!provider) {
    provider = build(account, region);
    providers.set(key, provider);
  }
  return provider;
}

/** Refresh this long before expiry so no request goes out with credentials about to lapse. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/**
 * Shares one resolution between every client and concurrent call, until it nears expiry.
 * The SDK memoizes per client only: without this, each of an account's clients in each region
 * would assume the role separately.
 */
export function shareCredentials(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let current: ReturnType<AwsCredentialIdentityProvider> | undefined;
  return async () => {
    if (current) {
      const identity = await current.catch(() => undefined);
      const expiry = identity?.expiration?.getTime();
      if (identity && (expiry === undefined || expiry - Date.now() > REFRESH_MARGIN_MS)) return identity;
    }
    const attempt = provider();
    current = attempt;
    return attempt;
  };
}

function build(account: AccountCredentials, region: string): AwsCredentialIdentityProvider {
  const base = account.profile ? fromIni({ profile: account.profile }) : fromNodeProviderChain();
  if (!account.roleArn) return shareCredentials(base);
  // The provider calls STS for us, so declare the call for the IAM policy check:
  // aws-operation: sts:AssumeRole
  return shareCredentials(
    fromTemporaryCredentials({
      masterCredentials: base,
      params: {
        RoleArn: account.roleArn,
        RoleSessionName: "lattice-lens",
        ...(account.externalId ? { ExternalId: account.externalId } : {}),
      },
      // STS is regional; the first region the account is discovered in is as good as any.
      clientConfig: { region },
    }),
  );
}

/** Forget cached providers (tests that rewrite the shared credentials file). */
export function resetCredentialsCache(): void {
  providers.clear();
}
