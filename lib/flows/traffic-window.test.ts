import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseTrafficQuery } from "./traffic-query";
import { toTrafficWindow } from "./traffic-window";

const NOW = Date.parse("2026-11-28T12:00:00Z");

describe("traffic window and query", () => {
  it("defaults to the last 24 h, live, with a chosen step", () => {
    expect(toTrafficWindow({}, NOW)).toEqual({
      from: "now-24h",
      to: "now",
      start: NOW - 86_400_000,
      end: NOW,
      step: 300,
      live: true,
    });
  });

  it.each([
    [{ from: "now-8d" }, "from"],
    [{ from: "now", to: "now-1h" }, "from"],
    [{ from: "now-1h", step: 7 }, "step"],
  ])("%j → bad_request naming %s", (range, field) => {
    const e = (() => {
      try {
        toTrafficWindow(range, NOW);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: "bad_request", field });
  });

  it("parses from, to and step from the URL; a bad value names the parameter", () => {
    expect(parseTrafficQuery(new URLSearchParams("from=now-6h&to=now&step=300"))).toEqual({
      from: "now-6h",
      to: "now",
      step: 300,
    });
    for (const [qs, field] of [
      ["from=yesterday", "from"],
      ["to=2026-13-01", "to"],
      ["step=abc", "step"],
      ["step=61", "step"],
    ] as const) {
      const r = (() => {
        try {
          parseTrafficQuery(new URLSearchParams(qs));
        } catch (x) {
          return x as { issues: Array<{ path: string[] }> };
        }
      })();
      expect(r?.issues[0]?.path).toEqual([field]);
    }
  });
});
