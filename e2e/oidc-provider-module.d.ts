// The few parts of oidc-provider the e2e specs use (the package ships no types; none are installed).
declare module "oidc-provider" {
  import type { Server } from "node:http";

  interface Account {
    accountId: string;
    claims: () => Record<string, unknown>;
  }
  export default class Provider {
    constructor(
      issuer: string,
      configuration: Record<string, unknown> & { findAccount?: (ctx: unknown, id: string) => Account },
    );
    listen(port: number): Server;
  }
}
