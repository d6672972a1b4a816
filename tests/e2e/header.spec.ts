import { expect, test, type Page } from '@playwright/test';

/** The header leaves the screen to the page: one line on a desktop, two short ones on a phone, without script. */
test.use({ javaScriptEnabled: false });

const headerHeight = async (page: Page) => (await page.locator('.site-header').boundingBox())!.height;

test('on a 1280 × 800 screen the name, the navigation and the search box share one line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  expect(await headerHeight(page)).toBeLessThanOrEqual(72);
});

test('at 1024 px the header still keeps to one line, the search box on it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/');
  const header = await page.locator('.site-header').boundingBox();
  const search = await page.locator('#site-search').boundingBox();
  const lastLink = await page.locator('.site-nav li').last().boundingBox();
  expect(header!.height).toBeLessThanOrEqual(72);
  expect(search!.y).toBeLessThan(lastLink!.y + lastLink!.height);
  await expect(page.locator('.site-menu__toggle')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toBeVisible();
});

test('on a 390 × 844 phone the header is at most 130 px and the menu opens without script', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  expect(await headerHeight(page)).toBeLessThanOrEqual(130);
  const about = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' });
  await expect(about).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await expect(about).toBeVisible();
  await about.click();
  await expect(page).toHaveURL(/\/about\/$/);
});

test('at 320 px nothing scrolls sideways, and the search box keeps its name and a visible hint', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('placeholder', /\S/);
  expect(await headerHeight(page)).toBeLessThanOrEqual(130);
});
