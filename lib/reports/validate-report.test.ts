import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { validateReport } from "./validate-report";

const choices = { folders: ["data-folder", "finops"], webhooks: ["slack"], email: false };
const base = {
  name: "Monthly cost",
  url: "/cost?month=2026-11",
  formats: ["pdf", "csv"],
  schedule: { kind: "monthly", day: 1, at: "08:00" },
  timeZone: "Europe/Berlin",
  destinations: [{ kind: "folder", name: "finops" }],
};

function fieldOf(body: unknown): string | undefined {
  try {
    validateReport(body, choices);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).status).toBe(400);
    return (e as AppError).field;
  }
}

describe("validateReport names the field at fault", () => {
  it.each([
    ["bad cron", { ...base, schedule: { kind: "cron", cron: "61 * * * *" } }, "schedule.cron"],
    ["unknown zone", { ...base, timeZone: "Mars/Olympus" }, "timeZone"],
    ["unknown page", { ...base, url: "/billing" }, "url"],
    ["absolute URL", { ...base, url: "https://evil.example/cost" }, "url"],
    ["unknown folder", { ...base, destinations: [{ kind: "folder", name: "/etc" }] }, "destinations[0].name"],
    [
      "unknown webhook",
      { ...base, destinations: [{ kind: "webhook", name: "teams" }] },
      "destinations[0].name",
    ],
    [
      "email without SMTP",
      { ...base, destinations: [{ kind: "email", to: ["a@example.com"] }] },
      "destinations[0]",
    ],
    [
      "bad email",
      { ...base, destinations: [{ kind: "email", to: ["not-an-address"] }] },
      "destinations[0].to[0]",
    ],
    ["unknown format", { ...base, formats: ["docx"] }, "formats[0]"],
    ["no destination", { ...base, destinations: [] }, "destinations"],
    [
      "a path typed in",
      { ...base, destinations: [{ kind: "folder", name: "finops", path: "/tmp" }] },
      "destinations[0]",
    ],
    [
      "window on a view without one",
      { ...base, url: "/findings", window: { kind: "calendar", period: "previous-day" } },
      "window",
    ],
    [
      "a month of traffic",
      { ...base, url: "/topology", window: { kind: "calendar", period: "previous-month" } },
      "window",
    ],
    [
      "30 days of traffic",
      { ...base, url: "/topology", window: { kind: "relative", from: "now-30d" } },
      "window",
    ],
    ["bad time of day", { ...base, schedule: { kind: "daily", at: "25:00" } }, "schedule.at"],
    ["unknown failure webhook", { ...base, notifyFailures: "pager" }, "notifyFailures"],
  ])("%s → %s", (_name, body, field) => {
    expect(fieldOf(body)).toBe(field);
  });

  it("accepts a good report and fills in the view's default window", () => {
    const { input, view } = validateReport(base, choices);
    expect(view.kind).toBe("cost");
    expect(input.window).toEqual({ kind: "calendar", period: "month-to-date" });
    const topo = validateReport({ ...base, url: "/topology?from=now-6h" }, choices);
    expect(topo.input.window).toEqual({ kind: "relative", from: "now-6h" });
  });
});
