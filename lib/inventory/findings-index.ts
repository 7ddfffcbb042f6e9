import { evaluateAll } from "@/lib/findings/evaluate-all";
import type { Finding } from "@/lib/findings/finding";
import { findingsByResource } from "@/lib/findings/findings-for-resource";
import type { Inventory } from "@/lib/schemas/inventory";

/** One evaluation per inventory object: the layout, the pages, their tables and the topology read the same findings. */
const evaluated = new WeakMap<Inventory, Map<string, Finding[]>>();

/** The rules' findings of an inventory, by resource id. */
export function findingsIndex(inventory: Inventory): Map<string, Finding[]> {
  let index = evaluated.get(inventory);
  if (!index) {
    index = findingsByResource(evaluateAll({ inventory }).findings);
    evaluated.set(inventory, index);
  }
  return index;
}
