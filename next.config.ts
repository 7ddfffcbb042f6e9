import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The AWS SDK is large and server-only; keep it out of the bundler so builds stay fast on 2 cores.
  serverExternalPackages: [
    "@aws-sdk/client-vpc-lattice",
    "@aws-sdk/client-ec2",
    "@aws-sdk/client-cloudwatch",
    "@aws-sdk/client-cloudwatch-logs",
    "@aws-sdk/client-sts",
    "@aws-sdk/credential-providers",
    // pino's transports use worker threads that do not survive bundling.
    "pino",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
