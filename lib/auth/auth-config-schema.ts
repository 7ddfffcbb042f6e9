/**
 * The `auth` section of the config file: the OpenID Connect client, the trusted proxy, who may
 * enter as what, and machine tokens. The mode itself is LATTICE_LENS_AUTH (an operator choice per
 * deployment, not per file). Secrets are named by environment variable (`…Env`) or given inline;
 * either way they never leave the server.
 */
import { z } from "zod";

/** A secret: `{ "env": "NAME" }` reads process.env.NAME at use; a string is the value itself. */
export const secretSchema = z.union([
  z.string().min(16, "must be at least 16 characters"),
  z.object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an environment variable name") }).strict(),
]);
export type SecretSetting = z.infer<typeof secretSchema>;

const emailDomain = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "must be a domain such as example.com");
const email = z.string().regex(/^[^@\s]+@[^@\s]+$/, "must be an email address");

/** One audience: anyone whose email is on the list, whose domain is listed, or who is in a listed group. */
const audienceSchema = z
  .object({
    emails: z.array(email).default([]),
    domains: z.array(emailDomain).default([]),
    groups: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Audience = z.infer<typeof audienceSchema>;

const cidr = z
  .string()
  .regex(/^[0-9a-f:.]+(\/\d{1,3})?$/i, "must be an IP address or CIDR such as 10.0.0.0/8 or 127.0.0.1");

export const authConfigSchema = z
  .object({
    oidc: z
      .object({
        issuer: z.string().url("must be the issuer URL"),
        clientId: z.string().min(1),
        clientSecret: secretSchema,
        scopes: z.array(z.string().min(1)).default(["openid", "email", "profile"]),
        /** The ID-token or userinfo claim holding the user's groups (Okta `groups`, Entra `groups`, Cognito `cognito:groups`). */
        groupsClaim: z.string().min(1).default("groups"),
        /** Tests only: an http:// issuer (refused otherwise). */
        allowHttpIssuer: z.boolean().default(false),
      })
      .strict()
      .optional(),
    proxy: z
      .object({
        /** Addresses of the reverse proxy; identity headers from anywhere else are refused. */
        trustedAddresses: z.array(cidr).min(1, "must list the proxy's addresses"),
        /** `oauth2-proxy` (X-Forwarded-Email/User/Groups) or `alb` (x-amzn-oidc-data, verified). */
        source: z.enum(["oauth2-proxy", "alb"]).default("oauth2-proxy"),
        groupsHeader: z.string().min(1).default("x-forwarded-groups"),
        /** ALB: the load balancer's ARN; the token's `signer` must equal it and its region picks the key endpoint. */
        albArn: z
          .string()
          .regex(
            /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/.+$/,
            "must be an ALB ARN",
          )
          .optional(),
        /** ALB: the JWT claim holding groups. */
        groupsClaim: z.string().min(1).default("groups"),
        /** Where "Sign out" sends the browser (oauth2-proxy: /oauth2/sign_out). */
        signOutUrl: z.string().min(1).optional(),
      })
      .strict()
      .refine((p) => p.source !== "alb" || p.albArn, {
        message: "albArn is required when source is alb",
        path: ["albArn"],
      })
      .optional(),
    /** Who may enter. Without it, in proxy mode everyone the proxy lets through is a viewer; oidc mode requires it. */
    viewers: audienceSchema.optional(),
    /** Who may also create, change and delete reports. */
    editors: audienceSchema.optional(),
    /** Hours a sign-in lasts (oidc). */
    sessionHours: z
      .number()
      .min(0.1)
      .max(24 * 30)
      .default(8),
    /** Bearer tokens for machine callers, each scoped to one route (POST only). */
    machineTokens: z
      .array(
        z
          .object({
            name: z.string().min(1),
            token: secretSchema,
            route: z.enum(["/api/alarms/resolve"]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type AuthConfig = z.infer<typeof authConfigSchema>;
