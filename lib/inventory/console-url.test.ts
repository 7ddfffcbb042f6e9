import { describe, expect, it } from "vitest";
import { consoleUrl } from "./console-url";

describe("consoleUrl", () => {
  it.each([
    [
      "gateway",
      "us-east-1",
      "rgw-1",
      "https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#ResourceGateways",
    ],
    [
      "configuration",
      "eu-west-1",
      "rcfg-1",
      "https://eu-west-1.console.aws.amazon.com/vpcconsole/home?region=eu-west-1#ResourceConfigurations",
    ],
    [
      "service-network",
      "us-west-2",
      "sn-1",
      "https://us-west-2.console.aws.amazon.com/vpcconsole/home?region=us-west-2#ServiceNetworks",
    ],
    [
      "endpoint",
      "us-east-1",
      "vpce-0abc",
      "https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#EndpointDetails:vpcEndpointId=vpce-0abc",
    ],
  ] as const)("%s in %s", (kind, region, id, url) => {
    expect(consoleUrl(kind, region, id)).toBe(url);
  });
});
