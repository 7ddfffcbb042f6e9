/**
 * An OpenID Connect provider for the sign-in specs (the oidc-provider package, with its
 * development login form: any password; the login is the user's email).
 */
import type { Server } from "node:http";
import Provider from "oidc-provider";

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startOidcProvider(
  port: number,
  client: { id: string; secret: string; redirectUri: string },
) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [client.redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: id.split("@")[0] }),
    }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["e2e-oidc-provider-cookie-key"] },
  });
  // The dev login form's page is served over http here; the provider warns but works.
  const server: Server = provider.listen(port);
  await new Promise<void>((r) => server.once("listening", () => r()));
  return {
    issuer,
    close: () => new Promise<void>((r) => server.close(() => r())),
  } satisfies TestProvider;
}
