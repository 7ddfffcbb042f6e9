/**
 * ECharts renders a tooltip formatter's string as HTML, and names, tags, ARNs and log fields come
 * from AWS accounts we do not control (anyone with ec2:CreateTags can set a VPC's Name tag). Every
 * value put into such a string goes through here; only the markup the formatter writes itself stays.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
