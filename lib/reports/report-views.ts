/**
 * The views a report can save: a page of the app by its URL path, what its window is (a traffic
 * window in `from`/`to`, the cost view's UTC billing `month`, or none), and which API answers its
 * data. Pure: shared by validation, the scheduler and the UI.
 */

export type WindowKind = "traffic" | "month" | "none";

export type ViewKind =
  | "overview"
  | "gateways"
  | "configurations"
  | "endpoints"
  | "service-networks"
  | "gateway"
  | "configuration"
  | "endpoint"
  | "service-network"
  | "topology"
  | "cost"
  | "findings";

export interface ReportView {
  kind: ViewKind;
  /** The path, e.g. /configurations/rcfg-0abc. */
  path: string;
  id?: string;
  params: URLSearchParams;
  title: string;
  window: WindowKind;
}

interface ViewRule {
  pattern: RegExp;
  kind: ViewKind;
  title: string;
  window: WindowKind;
}

const ID = "([A-Za-z0-9-]{1,128})";

const rules: ViewRule[] = [
  { pattern: /^\/$/, kind: "overview", title: "Overview", window: "none" },
  { pattern: /^\/gateways$/, kind: "gateways", title: "Gateways", window: "none" },
  { pattern: /^\/configurations$/, kind: "configurations", title: "Configurations", window: "none" },
  { pattern: /^\/endpoints$/, kind: "endpoints", title: "Endpoints", window: "none" },
  { pattern: /^\/service-networks$/, kind: "service-networks", title: "Service networks", window: "none" },
  { pattern: new RegExp(`^/gateways/${ID}$`), kind: "gateway", title: "Gateway", window: "traffic" },
  {
    pattern: new RegExp(`^/configurations/${ID}$`),
    kind: "configuration",
    title: "Configuration",
    window: "traffic",
  },
  { pattern: new RegExp(`^/endpoints/${ID}$`), kind: "endpoint", title: "Endpoint", window: "traffic" },
  {
    pattern: new RegExp(`^/service-networks/${ID}$`),
    kind: "service-network",
    title: "Service network",
    window: "none",
  },
  { pattern: /^\/topology$/, kind: "topology", title: "Topology", window: "traffic" },
  { pattern: /^\/cost$/, kind: "cost", title: "Cost", window: "month" },
  { pattern: /^\/findings$/, kind: "findings", title: "Findings", window: "none" },
];

export const REPORTABLE_PATHS =
  "/, /gateways, /configurations, /endpoints, /service-networks (and their /<id> pages), /topology, /cost, /findings";

export type ParsedView = { ok: true; view: ReportView } | { ok: false; message: string };

/** A view from a URL path with its query (`/cost?month=2026-11`). */
export function parseViewUrl(url: string): ParsedView {
  if (!url.startsWith("/") || url.startsWith("//"))
    return { ok: false, message: "must be a path of the app, such as /cost?month=2026-11" };
  let u: URL;
  try {
    u = new URL(url, "http://lattice-lens.invalid");
  } catch {
    return { ok: false, message: `not a URL path: ${JSON.stringify(url)}` };
  }
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, "") : u.pathname;
  for (const r of rules) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params = new URLSearchParams(u.search);
    // Print-only and report-only parameters are ours to set, never saved.
    for (const k of ["print", "tz", "report"]) params.delete(k);
    return { ok: true, view: { kind: r.kind, path, id: m[1], params, title: r.title, window: r.window } };
  }
  return { ok: false, message: `no such page: ${path} (reportable: ${REPORTABLE_PATHS})` };
}

export function viewHref(
  view: Pick<ReportView, "path" | "params">,
  extra: Record<string, string> = {},
): string {
  const p = new URLSearchParams(view.params);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const qs = p.toString();
  return qs ? `${view.path}?${qs}` : view.path;
}

function pick(params: URLSearchParams, keys: string[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of keys) for (const v of params.getAll(k)) out.append(k, v);
  return out;
}

function withQuery(path: string, q: URLSearchParams): string {
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The API requests whose answers are the view's data (its JSON export and the source of its tables). */
export function viewApiSources(view: ReportView): string[] {
  const p = view.params;
  const scope = pick(p, ["account", "region"]);
  switch (view.kind) {
    case "overview":
      return [withQuery("/api/inventory", scope), withQuery("/api/findings", scope)];
    case "gateways":
    case "configurations":
    case "endpoints":
    case "service-networks":
    case "service-network":
      return [withQuery("/api/inventory", scope)];
    case "gateway":
    case "configuration":
    case "endpoint":
      return [withQuery(`/api/${view.kind}s/${view.id}/traffic`, pick(p, ["from", "to", "step"]))];
    case "topology":
      return [withQuery("/api/topology", p)];
    case "cost":
      return [withQuery("/api/cost", pick(p, ["month", "window", "config", "sort"]))];
    case "findings":
      return [withQuery("/api/findings", pick(p, ["account", "region", "severity"]))];
  }
}
