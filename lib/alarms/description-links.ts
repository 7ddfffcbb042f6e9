/**
 * Lattice Lens links in an alarm's description: any http(s) URL whose path ends in one of our
 * resource views (`…/configurations/rcfg-…`, `/endpoints/vpce-…`, `/gateways/rgw-…`,
 * `/service-networks/sn-…`), whatever the host (the public base URL may have changed since the
 * alarm was written). Pure.
 */
import type { AlarmResourceKind } from "./alarm-types";

const URL_RE = /https?:\/\/[^\s"'<>]+/g;
const VIEW_RE =
  /\/(configurations\/(rcfg-[0-9a-z]{17})|endpoints\/(vpce-[0-9a-f]{17})|gateways\/(rgw-[0-9a-z]{17})|service-networks\/(sn-[0-9a-z]{17}))\/?$/;

export function descriptionLinks(
  description: string | undefined,
): Array<{ kind: AlarmResourceKind; id: string }> {
  if (!description) return [];
  const out: Array<{ kind: AlarmResourceKind; id: string }> = [];
  for (const raw of description.match(URL_RE) ?? []) {
    let path: string;
    try {
      path = new URL(raw.replace(/[).,;]+$/, "")).pathname;
    } catch {
      continue;
    }
    const m = VIEW_RE.exec(path);
    if (!m) continue;
    const [, , cfg, vpce, rgw, sn] = m;
    const link = cfg
      ? { kind: "configuration" as const, id: cfg }
      : vpce
        ? { kind: "endpoint" as const, id: vpce }
        : rgw
          ? { kind: "gateway" as const, id: rgw }
          : { kind: "service-network" as const, id: sn! };
    if (!out.some((o) => o.kind === link.kind && o.id === link.id)) out.push(link);
  }
  return out;
}
