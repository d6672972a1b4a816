import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readEntityAliases, readFoundNames } from '../../src/features/entities/load-aliases';
import { ENTITY_INDEX_URL } from '../../src/shared/urls';
import { loadArticles } from './support/collection';

const articles = loadArticles();
const bodies = readdirSync('content/articles')
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(join('content/articles', name), 'utf8'));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (spelling: string) => new RegExp(`(?<![\\p{L}-])${escape(spelling)}(?![\\p{L}-])`, 'gu');
const allSpellings = [
  ...readEntityAliases().entities.flatMap((entity) => [entity.name, ...entity.spellings]),
  ...readFoundNames().names.flatMap((name) => [name.name, ...name.spellings]),
];
/** Whether the articles use `spelling` on its own, not only as part of a longer name ("Tias" in "Tias Airbase"). */
function usedAlone(spelling: string): boolean {
  const longer = allSpellings.filter((other) => other.length > spelling.length && other.includes(spelling));
  return bodies.some((body) => {
    let text = body;
    for (const other of longer) text = text.replace(wholeWord(other), ' ');
    return wholeWord(spelling).test(text);
  });
}

/** The spellings the reviewed file merges that the articles really mix up: each group one person, group or place. */
const ALIAS_GROUPS = readEntityAliases()
  .entities.map((entity) => ({
    spellings: [entity.name, ...entity.spellings],
    used: [entity.name, ...entity.spellings].filter(usedAlone),
  }))
  .filter((group) => group.used.length > 1);

const KINDS = ['People', 'Organisations', 'Places'];

interface IndexEntry {
  name: string;
  href: string;
  kind: string;
}

async function indexEntries(page: Page): Promise<IndexEntry[]> {
  await page.goto(ENTITY_INDEX_URL);
  return page.locator('main section').evaluateAll((sections) =>
    sections.flatMap((section) => {
      const kind = section.querySelector('h2')?.firstChild?.textContent?.trim() ?? '';
      return [...section.querySelectorAll('li a')].map((link) => ({
        name: link.textContent ?? '',
        href: link.getAttribute('href') ?? '',
        kind,
      }));
    }),
  );
}

test('the index lists people, organisations and places, each with its mention count', async ({ page }) => {
  await page.goto(ENTITY_INDEX_URL);
  await expect(page.locator('h1')).toHaveText('People, organisations and places');
  for (const kind of KINDS) {
    const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^${kind} \\(\\d+\\)$`) });
    await expect(heading).toBeVisible();
    const section = page.locator('section', { has: heading });
    const items = section.locator('li');
    const count = Number((await heading.innerText()).match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThan(0);
    await expect(items).toHaveCount(count);
    for (const text of await items.allInnerTexts()) expect(text).toMatch(/\(\d+ mentions?\)$/);
  }
});

test('spellings of one name are one entry, whose page names the others', async ({ page }) => {
  expect(ALIAS_GROUPS.length).toBeGreaterThan(0);
  const entries = await indexEntries(page);
  for (const { spellings, used } of ALIAS_GROUPS) {
    const listed = entries.filter((entry) => spellings.includes(entry.name));
    expect(listed, `${spellings.join(' / ')} listed once`).toHaveLength(1);
    await page.goto(listed[0]!.href);
    const intro = page.locator('.page-intro');
    for (const spelling of used.filter((text) => text !== listed[0]!.name)) {
      await expect.soft(intro, spellings.join(' / ')).toContainText(`“${spelling}”`);
    }
  }
});

test('mention links lead to a paragraph that names the entity', async ({ page }) => {
  const entries = await indexEntries(page);
  const aliasEntries = entries.filter((entry) => ALIAS_GROUPS.some((group) => group.spellings.includes(entry.name)));
  const sample = [
    ...KINDS.flatMap((kind) => entries.filter((entry) => entry.kind === kind).slice(0, 3)),
    ...aliasEntries,
  ];
  for (const entry of sample) {
    await page.goto(entry.href);
    await expect(page.locator('h1')).toHaveText(entry.name);
    const spellings = [entry.name, ...(await otherSpellings(page))];
    const mentions = await page.locator('.mention').evaluateAll((nodes) =>
      nodes.map((node) => ({
        marked: [...node.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        href: node.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const { marked, href } of mentions.slice(0, 3)) {
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#p\d+$/);
      for (const text of marked) expect(spellings.map(squash)).toContain(squash(text));
      await page.goto(href);
      const paragraph = page.locator(`[id="${href.split('#')[1]}"]`);
      await expect(paragraph).toHaveCount(1);
      const paragraphText = squash(await paragraph.innerText());
      expect(spellings.some((spelling) => paragraphText.includes(squash(spelling)))).toBe(true);
    }
  }
});

test('a reader can click from the index to a mention and land on its paragraph', async ({ page }) => {
  await page.goto(ENTITY_INDEX_URL);
  const first = page.locator('main section li a').first();
  const name = await first.innerText();
  await first.click();
  await expect(page.locator('h1')).toHaveText(name);
  const mention = page.locator('.mention').first();
  const marked = await mention.locator('mark').first().innerText();
  await mention.locator('a').click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/#p\d+$/);
  await expect(page.locator(':target')).toContainText(marked);
});

test('every article links each entity once per section, to a page that exists', async ({ page, request }) => {
  test.setTimeout(30_000 + articles.length * 15_000);
  const linksTo = `.prose a[href^="${ENTITY_INDEX_URL}"]`;
  const checked = new Set<string>();
  let linked = 0;
  for (const { slug } of articles) {
    await page.goto(`/articles/${slug}/`);
    const sections = await page.locator('.prose').evaluate(
      (prose, selector) => {
        const found: string[][] = [[]];
        for (const child of prose.children) {
          if (child.tagName === 'H2') found.push([]);
          for (const link of child.querySelectorAll(selector)) found.at(-1)!.push(link.getAttribute('href')!);
        }
        return found;
      },
      linksTo.replace('.prose ', ''),
    );
    const hrefs = sections.flat();
    linked += hrefs.length;
    for (const links of sections)
      expect.soft(new Set(links).size, `${slug}: an entity linked twice in a section`).toBe(links.length);
    for (const href of new Set(hrefs)) {
      if (checked.has(href)) continue;
      checked.add(href);
      expect.soft((await request.get(href)).ok(), `${slug} links ${href}`).toBe(true);
    }
    if (hrefs.length === 0) continue;
    const linkText = await page.locator(linksTo).first().innerText();
    await page.locator(linksTo).first().click();
    await expect.soft(page.locator('main'), `${slug}: the page its first entity link opens`).toContainText(linkText);
  }
  expect(linked).toBeGreaterThan(0);
});

test('an article page shows its reading time and related articles', async ({ page }) => {
  const { slug, data } = articles[0]!;
  await page.goto(`/articles/${slug}/`);
  await expect(page.locator('.reading-time')).toHaveText(`${Math.max(1, Math.round(data.wordCount / 230))} min read`);
  const related = page.locator('section.related li a');
  await expect(related).not.toHaveCount(0);
  expect(await related.count()).toBeLessThanOrEqual(3);
  for (const href of await related.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).not.toBe(`/articles/${slug}/`);
  }
});

async function otherSpellings(page: Page): Promise<string[]> {
  const intro = await page.locator('.page-intro p').first().innerText();
  return [...intro.matchAll(/“([^”]+)”/g)].map(([, spelling]) => spelling!);
}

/** Paragraph text may break a name across lines; compare with white space collapsed. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
