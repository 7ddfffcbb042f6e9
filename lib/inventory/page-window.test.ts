import { describe, expect, it } from "vitest";
import { pageWindow, parsePageNumber, parsePageSize } from "./page-window";

describe("pageWindow", () => {
  it.each([
    ["first page", 2000, 1, 50, { page: 1, pages: 40, from: 1, to: 50 }],
    ["a middle page", 2000, 2, 50, { page: 2, pages: 40, from: 51, to: 100 }],
    ["a short last page", 2003, 41, 50, { page: 41, pages: 41, from: 2001, to: 2003 }],
    ["a page past the end shows the last", 18, 9, 5, { page: 4, pages: 4, from: 16, to: 18 }],
    ["page 0 shows the first", 18, 0, 5, { page: 1, pages: 4, from: 1, to: 5 }],
    ["fewer rows than a page", 18, 1, 50, { page: 1, pages: 1, from: 1, to: 18 }],
    ["exactly one page", 50, 1, 50, { page: 1, pages: 1, from: 1, to: 50 }],
    ["no rows", 0, 3, 50, { page: 1, pages: 1, from: 0, to: 0 }],
  ])("%s", (_n, total, page, size, expected) => {
    expect(pageWindow(total, page, size)).toEqual({ ...expected, total });
  });
});

describe("URL values", () => {
  it.each([
    ["50", 50],
    ["1", 1],
    ["500", 500],
    ["501", undefined],
    ["0", undefined],
    ["-5", undefined],
    ["2.5", undefined],
    ["all", undefined],
    ["", undefined],
  ])("size=%s → %s", (raw, expected) => {
    expect(parsePageSize(raw)).toBe(expected);
  });

  it.each([
    ["1", 1],
    ["40", 40],
    ["0", undefined],
    ["x", undefined],
    ["1e3", undefined],
    ["99999999999999999999", undefined],
  ])("page=%s → %s", (raw, expected) => {
    expect(parsePageNumber(raw)).toBe(expected);
  });
});
