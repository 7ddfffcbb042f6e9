import { describe, expect, it, vi } from "vitest";
import { appRequestHeaders } from "./app-request";
import { requestPriority } from "./renderer-header";

// A secret, so issuing the renderer's token writes no key file into the data folder.
vi.stubEnv("LATTICE_LENS_SESSION_SECRET", "x".repeat(40));

describe("requestPriority", () => {
  it.each([
    ["the renderer's own headers", appRequestHeaders(), "background"],
    ["a browser's request", { accept: "text/html" }, "interactive"],
    ["another renderer value", { "x-lattice-lens-renderer": "other" }, "interactive"],
    ["a repeated header", { "x-lattice-lens-renderer": ["report", "report"] }, "interactive"],
  ])("%s → %s", (_name, headers, expected) => {
    expect(requestPriority(headers)).toBe(expected);
  });
});
