import { describe, expect, it } from "vitest";
import { fixtureEstate } from "./fixtures";
import { rankConfigurations } from "./top-configurations-rank";

describe("rankConfigurations", () => {
  it("ranks by bytes and by rejects, biggest first, keeping no-source apart", () => {
    const bytes = rankConfigurations(fixtureEstate, "bytes");
    expect(bytes.top.map((c) => c.id)).toEqual(["rcfg-b", "rcfg-d", "rcfg-a"]);
    expect(bytes.withoutSource).toEqual(["rcfg-c"]);
    expect(rankConfigurations(fixtureEstate, "rejects").top.map((c) => c.id)).toEqual(["rcfg-d", "rcfg-b"]);
    expect(rankConfigurations(fixtureEstate, "bytes", 1).top).toHaveLength(1);
  });
});
