/**
 * The id in a detail-page path segment. Users paste ARNs (from CloudTrail, alarms, the console),
 * so an ARN is accepted and reduced to its last path element; pages then redirect to the id form.
 */
export function resourceIdFromParam(param: string): { id: string; wasArn: boolean } {
  let raw = param;
  try {
    raw = decodeURIComponent(param);
  } catch {
    // A stray '%' is not worth an error page: treat the segment literally.
  }
  raw = raw.trim();
  if (!raw.startsWith("arn:")) return { id: raw, wasArn: false };
  // arn:partition:service:region:account:type/id (a few types use ':' instead of '/')
  const resource = raw.split(":").slice(5).join(":");
  const id = resource.split(/[/:]/).pop() ?? resource;
  return { id, wasArn: true };
}
