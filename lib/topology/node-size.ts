/** How big a node is drawn: the layout reserves this and the chart draws the same box. */
import type { TopologyNodeKind } from "./topology-types";

const HEIGHT: Partial<Record<TopologyNodeKind, number>> = { eni: 26, target: 30 };
/** ~6.5 px per character of the 12 px label font, plus the icon and padding. */
const CHAR = 6.4;

export function nodeSize(kind: TopologyNodeKind, label: string): { width: number; height: number } {
  const width = Math.round(Math.min(210, Math.max(100, label.length * CHAR + 34)));
  return { width, height: HEIGHT[kind] ?? 34 };
}

/** Left-to-right rank of each kind: consumers → entry → network → configuration → gateway → target. */
export const kindRank: Record<TopologyNodeKind, number> = {
  account: 0,
  vpc: 1,
  endpoint: 2,
  association: 2,
  "service-network": 3,
  configuration: 4,
  gateway: 5,
  eni: 5,
  target: 6,
  "account-region": 0,
};
