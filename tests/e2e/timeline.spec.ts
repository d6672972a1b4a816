import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parseArticleFile } from '../../src/features/articles/article-file';
import { loadArticles } from './support/collection';

const articles = loadArticles();

/** The same white space the page shows, so text taken from two pages compares. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2000, month, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }),
);
/** A date written out in full in an article's text: "December 13, 2016", "8 January 2017". */
const STATED_DATE = new RegExp(
  `\\b(?:(?:${MONTHS.join('|')}) \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS.join('|')}) \\d{4})\\b`,
);
/** The articles whose text states a date in full: each of them has a place on the event timeline. */
const withStatedDates = readdirSync('content/articles')
  .filter((name) => STATED_DATE.test(parseArticleFile(readFileSync(join('content/articles', name), 'utf8')).body))
  .map((name) => name.slice(0, -'.md'.length));

function expectStatedDatesMentioned(mentions: ShownMention[]): void {
  expect(withStatedDates.length).toBeGreaterThan(0);
  for (const slug of withStatedDates) {
    expect
      .soft(
        mentions.some((mention) => mention.href.startsWith(`/articles/${slug}/#p`)),
        `${slug} states a date but has no mention on the timeline`,
      )
      .toBe(true);
  }
}

interface ShownMention {
  href: string;
  quote: string;
  /** The date group the mention is listed under: on-2016-12-13, on-2016-12, … */
  group: string;
  /** The words of the quote that name the date. */
  marked: string[];
}

async function shownMentions(page: Page): Promise<ShownMention[]> {
  return page.locator('main .events-mention').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('.events-cite a')?.getAttribute('href') ?? '',
      quote: item.querySelector('.events-quote')?.textContent ?? '',
      group: item.closest('.events-date')?.id ?? '',
      marked: [...item.querySelectorAll('.events-quote mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

/**
 * The pages that list the events: /timeline/ itself while they fit there, and the pages it leads to (a year, a
 * month, their further pages) once they outgrow it. Followed from the links, as a reader does.
 */
async function eventPages(page: Page): Promise<string[]> {
  const seen = new Set(['/timeline/']);
  const queue = ['/timeline/'];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    await page.goto(path);
    const links = await page
      .locator('main a[href^="/timeline/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!.split('#')[0]!));
    for (const link of links) {
      if (seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return [...seen];
}

/** Every mention on every event page, with the page it is on. */
async function allMentions(page: Page): Promise<(ShownMention & { page: string })[]> {
  const mentions: (ShownMention & { page: string })[] = [];
  for (const path of await eventPages(page)) {
    await page.goto(path);
    mentions.push(...(await shownMentions(page)).map((mention) => ({ ...mention, page: path })));
  }
  return mentions;
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

test('the event timeline shows the dates the articles mention, oldest first, each as its sentence gives it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const mentions = await allMentions(page);
  expectStatedDatesMentioned(mentions);
  for (const path of await eventPages(page)) {
    await page.goto(path);
    const dates = await page
      .locator('.events-date__when time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    const starts = dates.map(firstDayOf);
    expect.soft(starts, `dates on ${path}`).toEqual([...starts].sort());
  }
  // A day's heading is the day its sentences name: "On Dec 22" in an article of December 2016 is 22 December 2016.
  const monthIndex = (word: string) => MONTHS.findIndex((month) => month.slice(0, 3) === word.slice(0, 3));
  let checked = 0;
  for (const { group, marked, href } of mentions) {
    const day = /^on-(\d{4})-(\d{2})-(\d{2})$/.exec(group);
    if (!day) continue;
    for (const words of marked) {
      const named = /\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b|\b(\d{1,2}) ([A-Z][a-z]{2,8})\b/.exec(words);
      const month = named ? monthIndex(named[1] ?? named[4]!) : -1;
      if (!named || month === -1) continue;
      checked += 1;
      expect
        .soft([month + 1, Number(named[2] ?? named[3])], `“${words}” (${href}) under ${group}`)
        .toEqual([Number(day[2]), Number(day[3])]);
      const year = /\b(\d{4})\b/.exec(words)?.[1];
      if (year) expect.soft(year, `“${words}” (${href}) under ${group}`).toBe(day[1]);
    }
  }
  expect(checked).toBeGreaterThan(0);
});

test('a day several articles mention shows each article’s sentence side by side', async ({ page }) => {
  test.setTimeout(120_000);
  let shown = false;
  for (const path of await eventPages(page)) {
    await page.goto(path);
    const shared = page.locator('.events-date:has(.events-sources--compare)');
    if ((await shared.count()) === 0) continue;
    const sources = shared.first().locator('.events-sources--compare > .events-source');
    expect(await sources.count()).toBeGreaterThan(1);
    const boxes = await sources.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().top),
    );
    expect(Math.abs(boxes[0]! - boxes[1]!), path).toBeLessThan(2);
    shown = true;
    break;
  }
  expect(shown, 'some day is mentioned by more than one article').toBe(true);
});

test('a relative date says what it was counted from', async ({ page }) => {
  test.setTimeout(120_000);
  let relative = 0;
  for (const path of await eventPages(page)) {
    await page.goto(path);
    const notes = await page.locator('.events-mention').evaluateAll((items) =>
      items.flatMap((item) => {
        const note = item.querySelector('.events-resolution')?.textContent ?? '';
        if (!note.startsWith('Relative date')) return [];
        return [{ note, marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? '') }];
      }),
    );
    for (const { note, marked } of notes) {
      relative += 1;
      const [, phrase] = /^Relative date: “([^”]+)” counted from \d{1,2} [A-Z][a-z]+ \d{4}\b/.exec(note) ?? [];
      expect.soft(phrase, `${path}: ${note}`).toBeDefined();
      expect
        .soft(
          marked.map((words) => words.toLowerCase()),
          `${path}: ${note}`,
        )
        .toContain(phrase?.toLowerCase());
    }
    if (notes.length > 0) await expect.soft(page.locator('#relative-readings'), path).toBeVisible();
  }
  expect(relative).toBeGreaterThan(0);
});

test('every event link lands on a paragraph that holds the quoted sentence', async ({ page }) => {
  test.setTimeout(60_000 + articles.length * 10_000);
  const mentions = await allMentions(page);
  expect(mentions.length).toBeGreaterThan(0);
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
      await expect.soft(paragraph, href).toHaveCount(1);
      const text = normalise((await paragraph.first().textContent()) ?? '');
      // A long sentence is shortened with "…" on either side; each shown piece is the paragraph's own text.
      for (const piece of normalise(quote)
        .split('…')
        .map((part) => part.trim())
        .filter(Boolean)) {
        expect.soft(text, href).toContain(piece);
      }
    }
  }
  // And the browser really scrolls to the paragraph a link names.
  const sample = mentions[0]!;
  await page.goto(sample.page);
  await page.locator(`.events-cite a[href="${sample.href}"]`).first().click();
  await expect(page.locator(`[id="${sample.href.split('#')[1]}"]`)).toBeInViewport();
});

test('the timeline reads the same without JavaScript', async ({ browser }) => {
  test.setTimeout(120_000);
  await withoutJavaScript(browser, async (page) => {
    await page.goto('/timeline/');
    await expect(page.locator('ol.pubtimeline > li')).toHaveCount(articles.length);
    await expect(page.getByRole('img', { name: 'Publication dates of each article' })).toBeVisible();
    expectStatedDatesMentioned(await allMentions(page));
    let readings = 0;
    for (const path of await eventPages(page)) {
      await page.goto(path);
      readings += await page.locator('#relative-readings').count();
      if ((await page.locator('#relative-readings').count()) > 0)
        await expect.soft(page.locator('#relative-readings'), path).toBeVisible();
    }
    expect(readings).toBeGreaterThan(0);
  });
});

test('at 320 px nothing runs off the side of the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/timeline/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
