import { describe, expect, it } from "vitest";
import { absoluteLink } from "./absolute-link";

const NOW = Date.parse("2026-12-04T02:00:00Z");

describe("copy link", () => {
  it.each([
    [
      "/configurations/rcfg-x",
      "?from=now-6h&to=now&metric=bytes",
      "https://lens.example/configurations/rcfg-x?from=2026-12-03T20%3A00%3A00Z&to=2026-12-04T02%3A00%3A00Z&metric=bytes&tz=UTC",
    ],
    [
      "/topology",
      "",
      "https://lens.example/topology?from=2026-12-03T02%3A00%3A00Z&to=2026-12-04T02%3A00%3A00Z&tz=UTC",
    ],
    ["/gateways", "?q=core", "https://lens.example/gateways?q=core&tz=UTC"],
    [
      "/configurations/rcfg-x",
      "?from=2026-12-01T00:00:00Z&to=2026-12-01T01:00:00Z",
      "https://lens.example/configurations/rcfg-x?from=2026-12-01T00%3A00%3A00Z&to=2026-12-01T01%3A00%3A00Z&tz=UTC",
    ],
    ["/cost", "?from=yesterday", "https://lens.example/cost?from=yesterday&tz=UTC"],
  ])("%s%s", (path, search, expected) => {
    expect(absoluteLink("https://lens.example/", path, search, NOW, "UTC")).toBe(expected);
  });
  it("carries the display zone", () => {
    expect(absoluteLink("http://h", "/alarms", "", NOW, "Europe/Paris")).toBe(
      "http://h/alarms?tz=Europe%2FParis",
    );
  });
});
