import { expect, type Page, test } from "@playwright/test";
import type { TopologyGraph } from "@/lib/topology/topology-types";
import { ids } from "../test/fixtures/default-scenario-facts";

// The resolver reads DescribeAlarms and the alarm history; the view then runs Logs Insights.
test.setTimeout(120_000);
const slow = { timeout: 60_000 };

/** In ALARM since its NFM incident began (40 min before the simulator started); its description links orders-postgres. */
const IN_ALARM = "analytics-orders-network-health";

async function expectAlarmView(page: Page) {
  await expect(page).toHaveURL(new RegExp(`/configurations/${ids.configurations.ordersPostgres}\\?`));
  const url = new URL(page.url());
  expect(url.searchParams.get("alarm")).toBe(IN_ALARM);
  expect(url.searchParams.get("to")).toBe("now");
  // The window opens 1 h before the state change (3 × 300 s × 1 is less): about 1 h 40 min ago.
  const from = Date.parse(url.searchParams.get("from") ?? "");
  const ago = Date.now() - from;
  expect(ago).toBeGreaterThan(90 * 60_000);
  expect(ago).toBeLessThan(150 * 60_000);
  await expect(page.getByRole("heading", { name: "orders-postgres", level: 1 })).toBeVisible();
  const item = page.locator(`li[data-alarm="${IN_ALARM}"]`);
  await expect(item).toHaveAttribute("data-state", "ALARM", slow);
  await expect(item).toHaveClass(/alarm-highlighted/);
  // The chart says what it draws: the ALARM stretch is shaded.
  await expect(page.locator('[role="img"][aria-label*="alarm interval"]').first()).toBeVisible(slow);
}

test("/alarms/<an alarm in ALARM> opens its resource around the incident with the ALARM band", async ({
  page,
}) => {
  await page.goto(`/alarms/${IN_ALARM}`);
  await expectAlarmView(page);
});

test("the detail page of the alarm's resource lists the alarm in ALARM among its findings", async ({
  page,
}) => {
  await page.goto(`/configurations/${ids.configurations.ordersPostgres}`);
  // Three demo alarms concern orders-postgres: this one, an NFM monitor of a VPC reaching it, a composite of both.
  const finding = page
    .locator('#findings li[data-rule="alarm-in-alarm"]')
    .filter({ hasText: `CloudWatch alarm ${IN_ALARM} is in ALARM since` });
  await expect(finding).toHaveCount(1);
  await expect(page.getByTestId("findings-warnings")).toHaveCount(0);
});

test("a resolver redirect is a 303 to our own path; off-site forms never leave the app", async ({
  request,
}) => {
  const res = await request.get(`/alarms/${IN_ALARM}`, { maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(res.headers().location).toMatch(
    new RegExp(`^/configurations/${ids.configurations.ordersPostgres}\\?from=`),
  );
  for (const evil of ["//evil.example", "/%5Cevil.example", "javascript:alert(1)", "%2F%2Fevil.example"]) {
    // Next.js itself may first normalise a doubled slash (308, same origin); every hop stays home.
    let path = `/alarms/${evil}`;
    for (let hop = 0; hop < 3; hop++) {
      const r = await request.get(path, { maxRedirects: 0 });
      if (r.status() === 200) break;
      expect([303, 307, 308], evil).toContain(r.status());
      const location = r.headers().location ?? "";
      expect(location, evil).toMatch(/^\/(?![/\\])/);
      path = location;
    }
    expect(path, evil).toMatch(/^\/alarms\?resolve=/);
  }
});

test("POST an SNS notification → the same place", async ({ page, request }) => {
  const envelope = {
    Type: "Notification",
    MessageId: "e2e",
    TopicArn: "arn:aws:sns:us-east-1:333333333333:alarms",
    Message: JSON.stringify({
      AlarmName: IN_ALARM,
      AWSAccountId: "333333333333",
      NewStateValue: "ALARM",
      Region: "US East (N. Virginia)",
      AlarmArn: `arn:aws:cloudwatch:us-east-1:333333333333:alarm:${IN_ALARM}`,
    }),
  };
  const res = await request.post("/api/alarms/resolve", {
    headers: { "content-type": "text/plain; charset=UTF-8" },
    data: JSON.stringify(envelope),
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { url: string; resource: { id: string } };
  expect(body.resource.id).toBe(ids.configurations.ordersPostgres);
  await page.goto(new URL(body.url).pathname + new URL(body.url).search);
  await expectAlarmView(page);
});

test("the topology badges the nodes whose alarms are in ALARM", async ({ page, request }) => {
  const graph = (await (await request.get("/api/topology")).json()) as TopologyGraph;
  const orders = graph.nodes.find((n) => n.resourceId === ids.configurations.ordersPostgres);
  expect(orders?.alarm).toBe("ALARM");
  await page.goto("/topology");
  const list = page.getByRole("list", { name: "Nodes in ALARM" });
  await expect(list.getByRole("link", { name: "orders-postgres" })).toBeVisible(slow);
});

test("/alarms lists the related alarms with state, links and a description line; a VPC-wide alarm offers a chooser", async ({
  page,
}) => {
  await page.goto("/alarms");
  const row = page.locator(`tr[data-alarm="${IN_ALARM}"]`);
  await expect(row.getByText("ALARM", { exact: true })).toBeVisible();
  await expect(row.getByRole("link", { name: "CloudWatch console" })).toHaveAttribute(
    "href",
    `https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:alarm/${IN_ALARM}`,
  );
  await expect(row.getByText(new RegExp(`/alarms/${IN_ALARM}$`))).toBeVisible();
  // The unrelated EC2 alarm is not among them, but offered a resource link.
  await expect(page.locator('tr[data-alarm="billing-batch-cpu"]')).toHaveCount(0);
  await expect(page.getByText(/configurations\/rcfg-[0-9a-z]{17}\?alarm=billing-batch-cpu/)).toBeVisible();
  await page.goto("/alarms/payments-network-health");
  await expect(
    page.getByRole("heading", { name: /payments-network-health concerns \d+ resources/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "orders-postgres" }).first()).toBeVisible();
  await page.goto("/alarms/analytics-orders-network-helth");
  await expect(
    page.getByRole("heading", { name: "No alarm named analytics-orders-network-helth" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: IN_ALARM })).toBeVisible();
});
