// @ts-check
// The design card names this file next.config.js; JSDoc keeps it typed without a TypeScript config loader.

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The AWS SDK is large and server-only; keep it out of the bundler so builds stay fast on 2 cores.
  serverExternalPackages: [
    "@aws-sdk/client-athena",
    "@aws-sdk/client-cloudwatch",
    "@aws-sdk/client-cloudwatch-logs",
    "@aws-sdk/client-ec2",
    "@aws-sdk/client-glue",
    "@aws-sdk/client-organizations",
    "@aws-sdk/client-s3",
    "@aws-sdk/client-sts",
    "@aws-sdk/client-vpc-lattice",
    "@aws-sdk/credential-providers",
    // A native addon: the simulator's SQL engine, never bundled.
    "@duckdb/node-api",
    // pino's transports use worker threads that do not survive bundling.
    "pino",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
