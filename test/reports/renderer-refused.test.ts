/**
 * A report against a server that does not accept the renderer (another machine, another data
 * folder, sign-in on): the export fails saying why, and never prints the sign-in page as the view.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Renderer } from "@/lib/reports/render-artifacts";
import { parseViewUrl } from "@/lib/reports/report-views";
import { startHttp } from "./report-harness";

let app: Awaited<ReturnType<typeof startHttp>>;
const renderer = new Renderer();

beforeAll(async () => {
  app = await startHttp((req, _body, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/api/"))
      return void res.writeHead(401, { "content-type": "application/json" }).end(
        JSON.stringify({
          error: { code: "unauthorized", message: "not signed in: sign in at /auth/sign-in" },
        }),
      );
    if (url.startsWith("/auth/sign-in"))
      return void res.writeHead(200, { "content-type": "text/html" }).end("<h1>Sign in</h1>");
    res.writeHead(302, { location: `/auth/sign-in?next=${encodeURIComponent(url)}` }).end();
  });
});
afterAll(async () => {
  await renderer.close();
  await app.close();
});

function request(viewUrl: string) {
  const parsed = parseViewUrl(viewUrl);
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    baseUrl: app.url,
    view: parsed.view,
    viewUrl,
    fileBase: "cost",
    reportName: "Refused",
    periodLabel: viewUrl,
    zone: "UTC",
    generatedAt: "2026-12-04 08:00 UTC",
  };
}

describe("the renderer refused by the app", () => {
  it("CSV: fails with the app's message and what the server must share", async () => {
    await expect(renderer.render("csv", request("/cost?month=2026-11"))).rejects.toThrow(
      /HTTP 401 not signed in.*did not accept the renderer's token: it must run on this machine \(loopback\) with the same LATTICE_LENS_DATA/,
    );
  });

  it("PDF: a redirect to sign-in fails instead of printing the sign-in page", async () => {
    await expect(renderer.render("pdf", request("/cost?month=2026-11"))).rejects.toThrow(
      /sent the renderer to \/auth\/sign-in instead — the server at http:\/\/127\.0\.0\.1:\d+ did not accept/,
    );
  });
});
