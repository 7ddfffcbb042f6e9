import { describe, expect, it } from "vitest";
import { parseViewUrl } from "./report-views";
import { tableCsv, tableOf, viewTables } from "./view-tables";

describe("view tables", () => {
  it("flattens nested fields, joins value lists, keeps numbers numbers", () => {
    const t = tableOf("x", [
      { id: "a", n: 3, tags: { team: "pay" }, ips: ["10.0.0.1", "10.0.0.2"] },
      { id: "b", extra: true },
    ]);
    expect(t.header).toEqual(["id", "n", "tags.team", "ips", "extra"]);
    expect(t.rows).toEqual([
      ["a", 3, "pay", "10.0.0.1 10.0.0.2", null],
      ["b", null, null, null, "true"],
    ]);
  });

  it("neutralises spreadsheet formulas in text, never in numbers", () => {
    const csv = tableCsv(tableOf("x", [{ name: '=HYPERLINK("http://x")', delta: -5, note: "@sum" }]));
    expect(csv).toBe('name,delta,note\r\n"\'=HYPERLINK(""http://x"")",-5,\'@sum\r\n');
  });

  it("one table per list the view shows", () => {
    const inventory = {
      gateways: [{ id: "rgw-1" }],
      resourceConfigurations: [{ id: "rcfg-1" }],
      endpoints: [],
      serviceNetworks: [{ id: "sn-1" }, { id: "sn-2" }],
      associations: [{ id: "a", serviceNetworkId: "sn-2" }],
    };
    const sn = parseViewUrl("/service-networks/sn-2");
    if (!sn.ok) throw new Error(sn.message);
    const tables = viewTables(sn.view, { "/api/inventory": inventory });
    expect(tables.map((t) => [t.name, t.rows.length])).toEqual([
      ["serviceNetworks", 1],
      ["associations", 1],
    ]);
    const topo = parseViewUrl("/topology?from=now-6h");
    if (!topo.ok) throw new Error(topo.message);
    expect(
      viewTables(topo.view, { "/api/topology?from=now-6h": { nodes: [{ id: "n" }], edges: [] } }).map(
        (t) => t.name,
      ),
    ).toEqual(["nodes", "edges"]);
  });
});
