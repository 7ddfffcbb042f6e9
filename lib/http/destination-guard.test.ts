import { describe, expect, it } from "vitest";
import { checkDestination, checkWebhookUrl, DestinationRefused, refusedAddress } from "./destination-guard";

describe("destination guard", () => {
  it.each([
    ["169.254.169.254", "instance metadata"],
    ["fd00:ec2::254", "instance metadata"],
    ["169.254.10.1", "link-local"],
    ["fe80::1", "link-local"],
    ["::ffff:169.254.169.254", "instance metadata"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
  ])("refuses %s (%s)", (address, why) => {
    expect(refusedAddress(address)).toContain(why);
  });

  it("allows loopback only when configured, and public or private addresses", () => {
    expect(refusedAddress("127.0.0.1", true)).toBeUndefined();
    expect(refusedAddress("10.0.0.5")).toBeUndefined();
    expect(refusedAddress("93.184.215.14")).toBeUndefined();
    expect(refusedAddress("169.254.169.254", true)).toContain("metadata");
  });

  it("checks every address a name resolves to (a rebinding name with one bad answer is refused)", async () => {
    const resolve = async () => ["93.184.215.14", "169.254.169.254"];
    await expect(checkDestination("hooks.example", { resolve })).rejects.toThrow(DestinationRefused);
    await expect(
      checkDestination("hooks.example", { resolve: async () => ["93.184.215.14"] }),
    ).resolves.toEqual(["93.184.215.14"]);
  });

  it("webhook URLs: http(s) only, literal metadata hosts refused", async () => {
    await expect(checkWebhookUrl("http://169.254.169.254/latest/meta-data/")).rejects.toThrow(/metadata/);
    await expect(checkWebhookUrl("http://[fd00:ec2::254]/")).rejects.toThrow(/metadata/);
    await expect(checkWebhookUrl("file:///etc/passwd")).rejects.toThrow(/scheme/);
    await expect(checkWebhookUrl("http://127.0.0.1:9/x")).rejects.toThrow(/loopback/);
    await expect(checkWebhookUrl("http://127.0.0.1:9/x", { allowLoopback: true })).resolves.toMatchObject({
      addresses: ["127.0.0.1"],
    });
  });
});
