import { describe, expect, it } from "vitest";
import {
  brushWindow,
  checkWindow,
  fromDatetimeLocal,
  toDatetimeLocal,
  windowLabel,
  zoomOut,
} from "./window-edits";

const NOW = Date.parse("2026-11-28T12:00:00Z");

describe("window edits", () => {
  it("validates expressions with the field and a message", () => {
    expect(checkWindow("now-6h", "now", NOW)).toMatchObject({ ok: true, range: { live: true } });
    expect(checkWindow("yesterday", "now", NOW)).toMatchObject({ ok: false, field: "from" });
    expect(checkWindow("now", "now-1h", NOW)).toMatchObject({ ok: false, message: /before/ });
    expect(checkWindow("now-7d", "now", NOW).ok).toBe(true);
    expect(checkWindow("now-8d", "now", NOW)).toMatchObject({ ok: false, message: /at most 7 days/ });
  });

  it("round-trips datetime-local values as UTC", () => {
    expect(toDatetimeLocal(NOW)).toBe("2026-11-28T12:00");
    expect(fromDatetimeLocal("2026-11-28T12:00")).toBe("2026-11-28T12:00:00Z");
    expect(fromDatetimeLocal("")).toBeUndefined();
    expect(fromDatetimeLocal("2026-13-40T99:00")).toBeUndefined();
  });

  it("turns a brush into an absolute window of at least a minute", () => {
    expect(brushWindow(NOW - 3_600_000 + 400, NOW - 1_800_000)).toEqual({
      from: "2026-11-28T11:00:00Z",
      to: "2026-11-28T11:30:00Z",
    });
    expect(brushWindow(NOW, NOW + 5_000).to).toBe("2026-11-28T12:01:00Z");
  });

  it("zooms out around the centre and stays live when it reaches now", () => {
    expect(zoomOut({ start: NOW - 3_600_000, end: NOW }, NOW)).toEqual({ from: "now-90m", to: "now" });
    expect(zoomOut({ start: NOW - 10 * 3_600_000, end: NOW - 8 * 3_600_000 }, NOW)).toEqual({
      from: "2026-11-28T01:00:00Z",
      to: "2026-11-28T05:00:00Z",
    });
  });

  it("labels presets and relative windows", () => {
    expect(windowLabel("now-6h", "now")).toBe("Last 6 hours");
    expect(windowLabel("now-90m", "now")).toBe("Last 90 minutes");
    expect(windowLabel("2026-11-28T01:00:00Z", "now")).toBeUndefined();
  });
});
