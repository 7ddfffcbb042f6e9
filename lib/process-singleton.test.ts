import { describe, expect, it, vi } from "vitest";
import { processSingleton } from "./process-singleton";

describe("processSingleton", () => {
  it("creates once per name and hands every caller that value", () => {
    const create = vi.fn(() => ({ n: 1 }));
    const a = processSingleton("test-singleton-a", create);
    expect(processSingleton("test-singleton-a", create)).toBe(a);
    expect(create).toHaveBeenCalledTimes(1);
    expect(processSingleton("test-singleton-b", () => ({ n: 2 }))).not.toBe(a);
  });

  it("keeps the value under the key older modules used, so copies of a module share it", () => {
    const v = processSingleton("test-singleton-c", () => "x");
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("lattice-lens.test-singleton-c")]).toBe(v);
  });
});
