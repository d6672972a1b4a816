import { expect, test, type Browser, type Page } from '@playwright/test';
import { loadArticles } from './support/collection';

const articles = loadArticles();

/** The same white space the page shows, so text taken from two pages compares. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

interface ShownMention {
  href: string;
  quote: string;
}

/** Every founding article has at least one dated mention linked to one of its paragraphs. */
function expectEveryArticleMentioned(mentions: ShownMention[]): void {
  for (const { slug } of articles) {
    expect(
      mentions.some((mention) => mention.href.startsWith(`/articles/${slug}/#p`)),
      slug,
    ).toBe(true);
  }
}

async function shownMentions(page: Page): Promise<ShownMention[]> {
  return page.locator('section[aria-labelledby="events"] .events-mention').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('.events-cite a')?.getAttribute('href') ?? '',
      quote: item.querySelector('.events-quote')?.textContent ?? '',
    })),
  );
}

/** The first day a <time datetime> names: 2016, 2016-12, 2016-W49 or 2016-12-13. */
function firstDayOf(key: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) {
    const fourth = Date.UTC(Number(week[1]), 0, 4);
    const monday = fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(monday + (Number(week[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  }
  return `${key}-01-01`.slice(0, 10);
}

async function withoutJavaScript<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test('the main navigation leads to the timeline', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
});

test('every article is listed in date order with its original and its republication date', async ({ page }) => {
  await page.goto('/timeline/');
  const items = page.locator('ol.pubtimeline > li');
  await expect(items).toHaveCount(articles.length);
  for (const { slug, data } of articles) {
    const item = items.filter({ has: page.locator(`a[href="/articles/${slug}/"]`) });
    await expect(item).toHaveCount(1);
    await expect(item.locator(`time[datetime="${data.publisher.date}"]`)).toHaveCount(1);
    if (data.original?.date) {
      await expect(item.locator(`time[datetime="${data.original.date}"]`)).toHaveCount(1);
      await expect(item).toContainText('First published');
      await expect(item).toContainText('Republished');
    }
  }
  const firstDays = await items.evaluateAll((lis) =>
    lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''),
  );
  expect(firstDays).toEqual([...firstDays].sort());
  const chart = page.getByRole('img', { name: 'Publication dates of each article' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle.pubchart__republished')).toHaveCount(articles.length);
});

test('the event timeline shows the dates each article mentions, oldest first', async ({ page }) => {
  await page.goto('/timeline/');
  const mentions = await shownMentions(page);
  expectEveryArticleMentioned(mentions);
  const dates = await page
    .locator('.events-date__when time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  const starts = dates.map(firstDayOf);
  expect(starts).toEqual([...starts].sort());
  // "On Dec 22", in an article published in December 2016, is 22 December 2016.
  await expect(page.locator('#on-2016-12-22')).toContainText('On Dec 22');
  await expect(page.locator('#on-2012-07-19')).toContainText('July 19, 2012');
});

test('a day several articles mention shows each article’s sentence side by side', async ({ page }) => {
  await page.goto('/timeline/');
  const shared = page.locator('.events-date:has(.events-sources--compare)');
  expect(await shared.count()).toBeGreaterThan(0);
  const day = page.locator('#on-2016-12-13');
  const sources = day.locator('.events-sources--compare > .events-source');
  expect(await sources.count()).toBeGreaterThan(1);
  const boxes = await sources.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
  expect(Math.abs(boxes[0]! - boxes[1]!)).toBeLessThan(2);
  await expect(day).toContainText('Relative date');
  await expect(day).toContainText('“Tuesday” counted from 14 December 2016');
});

test('every event link lands on a paragraph that holds the quoted sentence', async ({ page }) => {
  await page.goto('/timeline/');
  const mentions = await shownMentions(page);
  expect(mentions.length).toBeGreaterThan(articles.length);
  const byArticle = new Map<string, ShownMention[]>();
  for (const mention of mentions) {
    const path = mention.href.split('#')[0]!;
    byArticle.set(path, [...(byArticle.get(path) ?? []), mention]);
  }
  for (const [path, ofArticle] of byArticle) {
    await page.goto(path);
    for (const { href, quote } of ofArticle) {
      const id = href.split('#')[1]!;
      const paragraph = page.locator(`[id="${id}"]`);
      await expect(paragraph, href).toHaveCount(1);
      const text = normalise((await paragraph.textContent()) ?? '');
      // A long sentence is shortened with "…" on either side; each shown piece is the paragraph's own text.
      for (const piece of normalise(quote)
        .split('…')
        .map((part) => part.trim())
        .filter(Boolean)) {
        expect(text, href).toContain(piece);
      }
    }
  }
  // And the browser really scrolls to the paragraph a link names.
  const sample = mentions[0]!;
  await page.goto('/timeline/');
  await page.locator(`.events-cite a[href="${sample.href}"]`).first().click();
  await expect(page.locator(`[id="${sample.href.split('#')[1]}"]`)).toBeInViewport();
});

test('the timeline reads the same without JavaScript', async ({ browser }) => {
  await withoutJavaScript(browser, async (page) => {
    await page.goto('/timeline/');
    await expect(page.locator('ol.pubtimeline > li')).toHaveCount(articles.length);
    await expect(page.getByRole('img', { name: 'Publication dates of each article' })).toBeVisible();
    const mentions = await shownMentions(page);
    expectEveryArticleMentioned(mentions);
    await expect(page.locator('#relative-readings')).toBeVisible();
  });
});

test('at 320 px nothing runs off the side of the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/timeline/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
