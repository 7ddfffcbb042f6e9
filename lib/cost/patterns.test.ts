import { describe, expect, it } from "vitest";
import { patterns, patternTraits, type TraitKey } from "./patterns";

const keys: TraitKey[] = ["iamAuthPolicies", "resourcePolicy", "shareableUnit"];
const cells = patterns.flatMap((p) => keys.map((k) => ({ p, k, cell: patternTraits[p][k] })));

describe("pattern traits", () => {
  it.each(cells)("pattern $p $k has a value and at least one source", ({ cell }) => {
    expect(cell.value.length).toBeGreaterThan(0);
    expect(cell.sources.length).toBeGreaterThan(0);
    for (const s of cell.sources) expect(s.supports.length).toBeGreaterThan(0);
  });

  it.each(cells.filter((c) => c.cell.confirmed))("confirmed $p $k cites an AWS page", ({ cell }) => {
    expect(cell.sources.some((s) => s.url?.startsWith("https://docs.aws.amazon.com/"))).toBe(true);
  });

  it("no pattern claims IAM auth for a resource (aws-facts §0.1 item 10)", () => {
    for (const p of patterns) {
      const auth = patternTraits[p].iamAuthPolicies;
      expect(auth.value).toMatch(/^None/);
      expect(auth.confirmed).toBe(true);
    }
    expect(patternTraits[2].iamAuthPolicies.value).toContain("does not apply to resource configurations");
  });
});
