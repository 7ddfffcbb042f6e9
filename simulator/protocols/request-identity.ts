/**
 * Which service, region and access key a request is for. All services share one endpoint, so the
 * SigV4 credential scope (`Credential=AKID/yyyymmdd/REGION/SERVICE/aws4_request`) decides; requests
 * without one fall back to X-Amz-Target, the query `Version`, and finally VPC Lattice.
 */
import type { ServiceName, SimRequest } from "./types";

export interface RequestIdentity {
  service: ServiceName | string;
  region: string;
  accessKeyId: string;
}

const SCOPE = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

export function serviceFromRequest(req: SimRequest): ServiceName {
  const target = String(req.headers["x-amz-target"] ?? "");
  if (target.startsWith("GraniteServiceVersion20100801.")) return "monitoring";
  if (target.startsWith("Logs_20140328.")) return "logs";
  if (target.startsWith("AWSOrganizationsV20161128.")) return "organizations";
  if (target.startsWith("AWSGlue.")) return "glue";
  if (target.startsWith("AmazonAthena.")) return "athena";
  const form = new URLSearchParams(req.body);
  const version = form.get("Version") ?? req.query.get("Version");
  if (version === "2016-11-15") return "ec2";
  if (version === "2011-06-15") return "sts";
  if (
    req.path.startsWith("/monitors") ||
    req.path.startsWith("/scopes") ||
    req.path.startsWith("/workloadInsights")
  ) {
    return "networkflowmonitor";
  }
  return "vpc-lattice";
}

export function identifyRequest(req: SimRequest, defaultRegion: string): RequestIdentity {
  const auth = String(req.headers.authorization ?? "");
  const m = SCOPE.exec(auth);
  if (m) return { accessKeyId: m[1]!, region: m[2]!, service: m[3]! };
  return { accessKeyId: "", region: defaultRegion, service: serviceFromRequest(req) };
}
