import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtureReport } from "../traffic/fixtures";
import { ApiError } from "./fetch-json";
import { trafficQuery, trafficUrl } from "./traffic-query";

afterEach(() => vi.unstubAllGlobals());

describe("trafficQuery", () => {
  const subject = { kind: "endpoint" as const, id: "vpce-1" };
  it("addresses the subject's route with the window as written", () => {
    expect(trafficUrl(subject, { from: "now-6h", to: "now" })).toBe(
      "/api/endpoints/vpce-1/traffic?from=now-6h&to=now",
    );
    expect(trafficQuery(subject, { from: "now-6h", to: "now" }).queryKey).toEqual([
      "traffic",
      "endpoint",
      "vpce-1",
      "now-6h",
      "now",
    ]);
  });

  it("polls only live windows", async () => {
    const client = new QueryClient();
    const q = trafficQuery(subject, { from: "now-1h", to: "now" });
    vi.stubGlobal("fetch", async () => Response.json(fixtureReport));
    await client.fetchQuery(q);
    const interval = q.refetchInterval as (x: unknown) => number | false;
    expect(interval(client.getQueryCache().find({ queryKey: q.queryKey }))).toBe(60_000);
    const closed = {
      state: { data: { ...fixtureReport, window: { ...fixtureReport.window, live: false } } },
    };
    expect(interval(closed)).toBe(false);
  });

  it("turns an API error body into an ApiError with its message", async () => {
    vi.stubGlobal("fetch", async () =>
      Response.json(
        { error: { code: "bad_request", message: "from must be before to", field: "from" } },
        { status: 400 },
      ),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const err = await client.fetchQuery(trafficQuery(subject, { from: "now", to: "now-1h" })).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: "bad_request",
      message: "from must be before to",
      field: "from",
    });
  });
});
