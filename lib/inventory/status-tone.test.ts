import { describe, expect, it } from "vitest";
import { statusTone } from "./status-tone";

describe("statusTone", () => {
  it.each([
    ["ACTIVE", "ok"],
    ["available", "ok"],
    ["CREATE_FAILED", "bad"],
    ["failed", "bad"],
    ["UPDATE_IN_PROGRESS", "pending"],
    ["pendingAcceptance", "pending"],
    ["deleting", "pending"],
    ["", "neutral"],
    [undefined, "neutral"],
    ["INACTIVE", "neutral"],
  ])("%s → %s", (status, tone) => {
    expect(statusTone(status)).toBe(tone);
  });
});
