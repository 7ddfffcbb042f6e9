import { describe, expect, it } from "vitest";
import { type RawTableQuery, readTableQuery } from "./read-table-query";

const none: RawTableQuery = {
  q: "",
  account: [],
  region: [],
  type: "",
  status: "",
  sort: "",
  page: "",
  size: "",
};
const columns = ["name", "status", "consumers"];

describe("readTableQuery", () => {
  it.each([
    ["nothing set: page 1 of 50", {}, { page: 1, size: 50, sort: undefined, ignored: [] }],
    [
      "page, size and a descending sort",
      { page: "3", size: "5", sort: "-consumers" },
      { page: 3, size: 5, sort: { key: "consumers", desc: true }, ignored: [] },
    ],
    [
      "a renamed column, a bad account, page and size are ignored by name",
      { sort: "owner", account: ["123456789012", "nope"], page: "0", size: "all" },
      { page: 1, size: 50, sort: undefined, ignored: ["account=nope", "sort=owner", "page=0", "size=all"] },
    ],
    [
      "a page size above the cap",
      { size: "5000" },
      { page: 1, size: 50, sort: undefined, ignored: ["size=5000"] },
    ],
  ])("%s", (_n, raw, expected) => {
    const view = readTableQuery({ ...none, ...raw }, columns);
    expect({ page: view.page, size: view.size, sort: view.sort, ignored: view.ignored }).toEqual(expected);
  });

  it("passes only valid accounts and a known sort to the filter", () => {
    const view = readTableQuery({ ...none, account: ["123456789012", "x"], sort: "owner", q: "db" }, columns);
    expect(view.query).toMatchObject({ account: ["123456789012"], sort: undefined, q: "db" });
    expect(readTableQuery({ ...none, sort: "-name" }, columns).query.sort).toBe("-name");
  });
});
