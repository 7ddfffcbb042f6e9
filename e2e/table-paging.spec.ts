import { expect, type Page, test } from "@playwright/test";
import { counts } from "../test/fixtures/default-scenario-facts";

// The demo has 18 configurations: a page of 5 gives four pages, the last one short.
const total = counts.resourceConfigurations.total;
const size = 5;
const pages = Math.ceil(total / size);

const pager = (page: Page) => page.getByRole("navigation", { name: "Pages of configurations" });
const showing = (page: Page) => page.locator(".pager-count");
/** The configuration ids of the rows on screen, in order (from each row's detail link). */
async function rowIds(page: Page): Promise<string[]> {
  return page
    .locator("tbody tr th[scope=row] a[href^='/configurations/']")
    .evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").split("/").pop() ?? ""));
}

test("a table pages with page and size in the URL, from the keyboard, and a reload keeps the page", async ({
  page,
}) => {
  await page.goto(`/configurations?size=${size}`);
  await expect(showing(page)).toHaveText(`Showing 1–${size} of ${total}`);
  await expect(page.locator("tbody tr")).toHaveCount(size);
  // The toolbar still counts every matching row, not the page.
  await expect(page.locator(".result-count")).toHaveText(`${total} of ${total} configurations`);
  const first = await rowIds(page);

  await pager(page).getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(showing(page)).toHaveText(`Showing ${size + 1}–${2 * size} of ${total}`);
  const second = await rowIds(page);
  expect(second).toHaveLength(size);
  expect(second.filter((id) => first.includes(id))).toEqual([]);

  await page.reload();
  await expect(showing(page)).toHaveText(`Showing ${size + 1}–${2 * size} of ${total}`);
  expect(await rowIds(page)).toEqual(second);

  // Keyboard: Enter on "Next page" until the last page; the button stays focused and says it is unavailable.
  const next = pager(page).getByRole("button", { name: "Next page" });
  await next.focus();
  for (let p = 3; p <= pages; p += 1) {
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`[?&]page=${p}(&|$)`));
  }
  await expect(showing(page)).toHaveText(`Showing ${(pages - 1) * size + 1}–${total} of ${total}`);
  await expect(page.locator("tbody tr")).toHaveCount(total - (pages - 1) * size);
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]page=${pages}(&|$)`));

  // A page number typed in; then a page size chosen keeps the top row in view.
  const number = pager(page).getByRole("spinbutton", { name: "Page" });
  await number.fill("2");
  await number.press("Enter");
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await pager(page).getByLabel("Rows per page").selectOption("25");
  await expect(page).toHaveURL(/[?&]size=25(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(page.locator("tbody tr")).toHaveCount(total);
  await expect(pager(page).getByRole("button", { name: "Next page" })).toHaveCount(0);
});

test("sorting orders every row, not the page, and starts again at page 1", async ({ page }) => {
  // The reference: every configuration on one page, sorted by name.
  await page.goto("/configurations?size=100&sort=name");
  const all = await rowIds(page);
  expect(all).toHaveLength(total);

  // Sorting only the page on screen would show these rows reordered; the first five by name are others.
  await page.goto(`/configurations?size=${size}`);
  expect([...(await rowIds(page))].sort()).not.toEqual([...all.slice(0, size)].sort());

  await page.goto(`/configurations?size=${size}&page=3`);
  await expect(showing(page)).toHaveText(`Showing ${2 * size + 1}–${3 * size} of ${total}`);
  await page.getByRole("columnheader", { name: "Name" }).getByRole("button").click();
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(showing(page)).toHaveText(`Showing 1–${size} of ${total}`);
  expect(await rowIds(page)).toEqual(all.slice(0, size));

  await pager(page).getByRole("button", { name: "Last page" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]page=${pages}(&|$)`));
  expect(await rowIds(page)).toEqual(all.slice((pages - 1) * size));

  // Descending: the last configuration by name comes first on page 1.
  await page.getByRole("columnheader", { name: "Name" }).getByRole("button").click();
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
  await expect(showing(page)).toHaveText(`Showing 1–${size} of ${total}`);
  expect(await rowIds(page)).toEqual([...all].reverse().slice(0, size));
});

test("search finds a row that was on a later page", async ({ page }) => {
  await page.goto(`/configurations?size=${size}&page=${pages}`);
  const [wanted] = (await rowIds(page)).slice(-1);
  expect(wanted).toBeTruthy();
  await page.goto(`/configurations?size=${size}`);
  expect(await rowIds(page)).not.toContain(wanted);

  await page.getByRole("searchbox").fill(wanted!);
  await expect(showing(page)).toHaveText("Showing 1–1 of 1");
  expect(await rowIds(page)).toEqual([wanted]);
  await expect(page.locator(".result-count")).toHaveText(`1 of ${total} configurations`);
});

test("a page past the end shows the last page; invalid sizes are named; print has every row", async ({
  page,
}) => {
  await page.goto(`/configurations?size=${size}&page=99`);
  await expect(showing(page)).toHaveText(`Showing ${(pages - 1) * size + 1}–${total} of ${total}`);

  await page.goto("/configurations?size=all");
  await expect(page.getByRole("status").filter({ hasText: "Ignored invalid URL parameters" })).toContainText(
    "size=all",
  );

  // A PDF report prints the page with print=1: every row, no pager.
  await page.goto(`/configurations?print=1&size=${size}&page=2`);
  await expect(page.locator("tbody tr")).toHaveCount(total);
  await expect(pager(page)).toHaveCount(0);
});
