import { describe, expect, it } from "vitest";
import { peerHeaderValue, readPeer } from "./peer";

describe("peer header", () => {
  it("is read only with this process's key", () => {
    expect(readPeer(peerHeaderValue("k1", "10.0.0.9"), "k1")).toBe("10.0.0.9");
    expect(readPeer(peerHeaderValue("forged", "127.0.0.1"), "k1")).toBeUndefined();
    expect(readPeer("127.0.0.1", "k1")).toBeUndefined();
    expect(readPeer(peerHeaderValue("k1", "10.0.0.9"), undefined)).toBeUndefined();
    expect(readPeer(null, "k1")).toBeUndefined();
  });
});
