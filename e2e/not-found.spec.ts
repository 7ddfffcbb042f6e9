import { expect, test } from "@playwright/test";

const cases = [
  { path: "/configurations/rcfg-00000000000000000", noun: "resource configuration" },
  { path: "/gateways/rgw-00000000000000000", noun: "resource gateway" },
  { path: "/endpoints/vpce-00000000000000000", noun: "VPC endpoint" },
  { path: "/service-networks/sn-00000000000000000", noun: "service network" },
];

for (const c of cases) {
  test(`an unknown id at ${c.path} shows a clear not-found page`, async ({ page }) => {
    const res = await page.goto(c.path);
    expect(res?.status()).toBe(404);
    const id = c.path.split("/").pop()!;
    await expect(page.getByRole("heading", { level: 1 })).toContainText(id);
    await expect(page.getByText(`in the accounts and regions Lattice Lens watches`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Overview", exact: true }).last()).toBeVisible();
  });
}

test("a bad API parameter is a 400 naming the parameter", async ({ request }) => {
  const res = await request.get("/api/inventory?account=12345");
  expect(res.status()).toBe(400);
  const body = await res.json();
  expect(body.error.code).toBe("bad_request");
  expect(body.error.message).toMatch(/account/);
});
