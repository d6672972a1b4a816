import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { parseArticleFile } from '../../src/features/articles/article-file';
import { buildSearchIndex, indexFiles, type IndexableArticle } from '../../src/features/search/build-index';
import { loadArticles } from './support/collection';

const articles = loadArticles();

/** Words as a reader compares them: case, accents and apostrophes aside ("Erdoğan" is "erdogan"). */
const wordsOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Each article's words, title and standfirst included, read from content/: the tests follow the collection. */
const articleWords = new Map(
  articles.map(({ slug, data }) => {
    const { body } = parseArticleFile(readFileSync(`content/articles/${slug}.md`, 'utf8'));
    return [slug, wordsOf(`${data.title}\n${data.standfirst ?? ''}\n${body}`)];
  }),
);

/** The articles with every word of `query`, each whole or as the start of a longer word. */
function matching(query: string): string[] {
  const wanted = wordsOf(query);
  return [...articleWords]
    .filter(([, words]) => wanted.every((term) => words.some((word) => word.startsWith(term))))
    .map(([slug]) => slug);
}

/** The articles with the words of `phrase` one after another. */
function withPhrase(phrase: string): string[] {
  const wanted = wordsOf(phrase);
  return [...articleWords]
    .filter(([, words]) => words.some((_, at) => wanted.every((term, offset) => words[at + offset] === term)))
    .map(([slug]) => slug);
}

const union = (...sets: string[][]) => [...new Set(sets.flat())];
const dateOf = (slug: string) => articles.find((article) => article.slug === slug)!.data.publisher.date;
const dataOf = (slug: string) => articles.find((article) => article.slug === slug)!.data;

const ALEPPO = matching('aleppo');
const KIRBY = matching('kirby');
const PAKISTAN = matching('pakistan');
const DEIR_EZZOR = matching('deir ezzor');
const NUSRA = matching('al nusra');

const results = (page: Page) => page.locator('ol#search-results > li');
const resultLinks = (page: Page) => page.locator('ol#search-results > li .result__title a[href^="/articles/"]');
const status = (page: Page) => page.locator('#search-status');
const href = (slug: string) => `/articles/${slug}/`;

async function hrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Types into the search box as a person does, a key at a time. */
async function type(page: Page, query: string): Promise<void> {
  const input = page.locator('#search-input');
  await input.fill('');
  await input.pressSequentially(query, { delay: 15 });
}

const matchCount = (count: number) => (count === 1 ? '1 article matches' : `${count} articles match`);

async function expectResults(page: Page, slugs: string[]): Promise<void> {
  expect(slugs.length, 'the collection has articles this query must find').toBeGreaterThan(0);
  await expect(status(page)).toContainText(matchCount(slugs.length));
  await expect.poll(async () => [...new Set(await hrefs(page))].sort()).toEqual(slugs.map(href).sort());
}

/** The first result is one of `slugs`: the only one when only one article has the words. */
async function expectFirstAmong(page: Page, slugs: string[]): Promise<void> {
  expect(slugs.length, 'the collection has articles this query must find').toBeGreaterThan(0);
  await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^(?:${slugs.map(href).join('|')})$`));
}

test.describe('typing a search', () => {
  const cases: { query: string; first: string[]; words: RegExp }[] = [
    { query: 'Kirby', first: KIRBY, words: /^kirby$/i },
    { query: 'White Helmets', first: withPhrase('white helmets'), words: /^(white|helmets)$/i },
    { query: 'Deir Ezzor', first: DEIR_EZZOR, words: /^(deir|ezzor)$/i },
    // A word that only the last paragraph of an article has: the whole text is indexed.
    { query: 'Pakistan', first: PAKISTAN, words: /^pakistan$/i },
  ];
  for (const { query, first, words } of cases) {
    test(`"${query}" puts the right article first, keeps the URL in step, and loads the same from the URL`, async ({
      page,
    }) => {
      await page.goto('/search/');
      await type(page, query);
      await expect(page).toHaveURL(`/search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
      await expectFirstAmong(page, first);
      await expect(status(page)).toHaveAttribute('aria-live', 'polite');
      await expect(status(page)).toContainText(new RegExp(`matche?s? “${query}”`));
      const typed = await hrefs(page);
      await expect(page.locator('ol#search-results > li').first().locator('mark').first()).toBeVisible();
      const marks = await page.locator('ol#search-results > li').first().locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.some((mark) => words.test(mark))).toBe(true);

      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('#search-input')).toHaveValue(query);
      await expectFirstAmong(page, first);
      expect(await hrefs(page)).toEqual(typed);
    });
  }

  test('each result shows its title link, byline, date, outlet and highlighted snippets', async ({ page }) => {
    await page.goto('/search/?q=kirby');
    await expectResults(page, KIRBY);
    const result = results(page).first();
    const shown = (await result.locator('.result__title a').getAttribute('href'))!;
    const data = dataOf(shown.split('/')[2]!);
    await expect(result.locator('.result__title a')).toHaveText(data.title);
    await expect(result).toContainText(`By ${data.authors[0]!.name}`);
    for (const author of data.authors) await expect(result).toContainText(author.name);
    await expect(result.locator(`time[datetime="${data.publisher.date}"]`)).toBeVisible();
    if (data.original) await expect(result).toContainText(data.original.name);
    const snippets = result.locator('.result__snippet');
    await expect(snippets.first()).toBeVisible();
    expect(await snippets.count()).toBeGreaterThanOrEqual(1);
    expect(await snippets.count()).toBeLessThanOrEqual(2);
    for (const mark of await result.locator('mark').allTextContents()) expect(mark.toLowerCase()).toBe('kirby');
  });

  test('a snippet links to the paragraph it was taken from, which holds the matched word', async ({ page }) => {
    await page.goto('/search/?q=kirby');
    await expectFirstAmong(page, KIRBY);
    const first = (await resultLinks(page).first().getAttribute('href'))!;
    const passage = results(page).first().locator('.result__snippet a').first();
    await expect(passage).toHaveAttribute('href', new RegExp(`^${first}#p\\d+$`));
    await passage.click();
    await expect(page).toHaveURL(new RegExp(`${first}#p\\d+$`));
    const anchor = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${anchor}"]`)).toContainText('Kirby');
  });

  test('sorting by date lists the newest first, and lives in the URL', async ({ page }) => {
    await page.goto('/search/?q=aleppo');
    await expect(results(page)).toHaveCount(ALEPPO.length);
    await page.getByLabel('Date, newest first').check();
    await expect(page).toHaveURL('/search/?q=aleppo&sort=date');
    // Articles of the same day may come in either order; the days may not.
    const shownDates = async () => (await hrefs(page)).map((link) => dateOf(link.split('/')[2]!));
    const newestFirst = ALEPPO.map(dateOf).sort().reverse();
    await expect.poll(shownDates).toEqual(newestFirst);
    await page.reload();
    await expect(page.getByLabel('Date, newest first')).toBeChecked();
    await expect.poll(shownDates).toEqual(newestFirst);
  });
});

test.describe('forgiving queries', () => {
  test('a typo still finds the article: "Halabya" finds Halabja', async ({ page }) => {
    await page.goto('/search/?q=Halabya');
    await expectResults(page, matching('halabja'));
    await expect(results(page).first().locator('mark').first()).toHaveText('Halabja');
  });

  test('"Tyas" finds both spellings, Tyas and Tias, in the article that uses both', async ({ page }) => {
    await page.goto('/search/?q=Tyas');
    await expectResults(page, union(matching('tyas'), matching('tias')));
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    const marks = await results(page).first().locator('mark').allTextContents();
    expect(marks).toContain('Tyas');
    expect(marks).toContain('Tias');
  });

  test('"Erdoğan" finds Erdogan', async ({ page }) => {
    await page.goto('/search/');
    await type(page, 'Erdoğan');
    await expectResults(page, matching('erdogan'));
    await expect(page.locator('ol#search-results mark').first()).toBeVisible();
    for (const mark of await page.locator('ol#search-results mark').allTextContents()) expect(mark).toBe('Erdogan');
  });

  test('"al-nusra" finds al-Nusra, al Nusra and Al Nusra', async ({ page }) => {
    await page.goto('/search/?q=al-nusra');
    await expectResults(page, NUSRA);
    await expect(page.locator('ol#search-results mark').first()).toBeVisible();
    const marks = (await page.locator('ol#search-results mark').allTextContents()).map((mark) => mark.toLowerCase());
    expect(marks).toContain('nusra');
  });

  test('a quoted phrase must appear as a phrase', async ({ page }) => {
    await page.goto('/search/');
    await type(page, '"moderate rebels"');
    await expectResults(page, withPhrase('moderate rebels'));
    await expect(page.locator('#search-reading')).toHaveText('Phrase: “moderate rebels”.');
  });

  test('a minus sign leaves articles out', async ({ page }) => {
    await page.goto('/search/?q=aleppo');
    await expect(results(page)).toHaveCount(ALEPPO.length);
    await type(page, 'aleppo -kirby');
    await expectResults(
      page,
      ALEPPO.filter((slug) => !KIRBY.includes(slug)),
    );
    await expect(page.locator('#search-reading')).toHaveText('Leaving out articles with: kirby.');
  });
});

test.describe('filters', () => {
  test('an author filter narrows the results, lives in the URL and survives a reload', async ({ page }) => {
    // An author credited on some of the matches but not all, so the filter narrows them.
    const credited = (slug: string) => dataOf(slug).authors;
    const byAuthor = (authorSlug: string) =>
      NUSRA.filter((slug) => credited(slug).some((author) => author.slug === authorSlug));
    const chosen = NUSRA.flatMap(credited).find((candidate) => byAuthor(candidate.slug).length < NUSRA.length)!;
    expect(chosen, 'an author of some but not all the matches').toBeDefined();
    const expected = byAuthor(chosen.slug);
    const label = new RegExp(chosen.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await page.goto('/search/?q=al-nusra');
    await expect(results(page)).toHaveCount(NUSRA.length);
    const author = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: 'Author' }) });
    await expect(author.getByText(`${chosen.name} (${expected.length})`)).toBeVisible();
    await author.getByLabel(label).check();
    await expect(page).toHaveURL(`/search/?q=al-nusra&author=${chosen.slug}`);
    await expectResults(page, expected);
    await expect(status(page)).toHaveText(`${matchCount(expected.length)} “al-nusra” with the filters chosen`);

    await page.reload();
    await expect(author.getByLabel(label)).toBeChecked();
    await expectResults(page, expected);

    await author.getByLabel(label).uncheck();
    await expect(page).toHaveURL('/search/?q=al-nusra');
    await expect(results(page)).toHaveCount(NUSRA.length);
  });

  test('the year filter lives in the URL, with its count, and survives a reload', async ({ page }) => {
    const years = [...new Set(ALEPPO.map((slug) => dateOf(slug).slice(0, 4)))].sort();
    const year = years[0]!;
    const inYear = ALEPPO.filter((slug) => dateOf(slug).startsWith(year)).map((slug) => ({ slug }));
    await page.goto('/search/?q=aleppo');
    await expect(results(page)).toHaveCount(ALEPPO.length);
    const yearFieldset = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: 'Year' }) });
    await expect(yearFieldset.getByText(`${year} (${inYear.length})`)).toBeVisible();
    await yearFieldset.getByLabel(year).check();
    await expect(page).toHaveURL(`/search/?q=aleppo&year=${year}`);
    await expectResults(
      page,
      inYear.map(({ slug }) => slug),
    );
    await page.reload();
    await expect(yearFieldset.getByLabel(year)).toBeChecked();
    await expectResults(
      page,
      inYear.map(({ slug }) => slug),
    );
  });

  test('a filter that leaves nothing says so, and stays on screen to be removed', async ({ page }) => {
    const other = articles
      .flatMap(({ data }) => data.authors)
      .find(
        (candidate) => !KIRBY.some((slug) => dataOf(slug).authors.some((author) => author.slug === candidate.slug)),
      )!;
    expect(other, 'an author of none of the matches').toBeDefined();
    await page.goto(`/search/?q=kirby&author=${other.slug}`);
    await expect(status(page)).toHaveText('No articles match “kirby” with the filters chosen');
    await expect(page.locator('#search-empty')).toContainText('remove a filter');
    const author = page.getByLabel(new RegExp(other.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).first();
    await expect(author).toBeChecked();
    await author.uncheck();
    await expect(page).toHaveURL('/search/?q=kirby');
    await expectResults(page, KIRBY);
  });
});

test('no results: a clear message and hints, with a way to browse by topic', async ({ page }) => {
  await page.goto('/search/');
  await type(page, 'zzxqv');
  await expect(status(page)).toHaveText('No articles match “zzxqv”');
  await expect(results(page)).toHaveCount(0);
  const empty = page.locator('#search-empty');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('check the spelling');
  await expect(empty).toContainText('fewer words');
  await expect(empty.locator('a[href="/topics/"]')).toBeVisible();
});

test('a query of minus words alone explains that it needs a word to find, instead of spelling advice', async ({
  page,
}) => {
  await page.goto('/search/');
  await type(page, '-kirby');
  await expect(status(page)).toHaveText('No articles match “-kirby”');
  await expect(page.locator('#search-needs-word')).toBeVisible();
  await expect(page.locator('#search-needs-word')).toContainText('Add a word to look for');
  await expect(page.locator('#search-empty')).toBeHidden();
});

test('a 6,000-character search leaves a shareable address, searches the whole query and says so', async ({ page }) => {
  // Repeated words all present in one place: the whole query still finds what the address's shorter one finds.
  const query = Array.from({ length: 1000 }, () => 'aleppo').join(' ');
  expect(query.length).toBeGreaterThanOrEqual(6000);
  await page.goto('/search/');
  await page.locator('#search-input').fill(query);
  await page.keyboard.press('Enter');
  await expectResults(page, ALEPPO);
  const address = page.url();
  expect(address.length).toBeLessThanOrEqual(2048);
  expect(new URL(address).searchParams.get('q')!.length).toBeGreaterThan(0);
  await expect(page.locator('#search-input')).toHaveValue(query);
  await expect(page.locator('#search-address-note')).toBeVisible();
  await expect(page.locator('#search-address-note')).toContainText('The results shown are for the whole search');
  expect((await status(page).textContent())!.length).toBeLessThan(150);
  const reloaded = await page.reload();
  expect(reloaded!.status()).toBe(200);
  await expectResults(page, ALEPPO);
  await expect(page.locator('#search-address-note')).toBeHidden();
});

test.describe('keyboard', () => {
  test('"/" on an article page moves focus to the header search box, and types "/" in a field', async ({ page }) => {
    await page.goto(href(articles[0]!.slug));
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(page.locator('#site-search')).toHaveValue('a/b');
  });

  test('on /search/, "/" focuses the search box; arrows walk the results; Enter follows the link', async ({ page }) => {
    await page.goto('/search/?q=aleppo');
    await expect(results(page)).toHaveCount(ALEPPO.length);
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    const input = page.locator('#search-input');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = await resultLinks(page).nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target!);
  });

  test('Escape clears the box and the results', async ({ page }) => {
    await page.goto('/search/');
    await type(page, 'kirby');
    await expect(results(page)).toHaveCount(KIRBY.length);
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-input')).toHaveValue('');
    await expect(results(page)).toHaveCount(0);
    await expect(status(page)).toHaveText('');
    await expect(page).toHaveURL('/search/');
  });
});

test('back and forward restore earlier searches', async ({ page }) => {
  await page.goto('/search/');
  await type(page, 'kirby');
  await page.keyboard.press('Enter');
  await expectResults(page, KIRBY);
  await type(page, 'Pakistan');
  await page.keyboard.press('Enter');
  await expectResults(page, PAKISTAN);
  await page.getByLabel('Date, newest first').check();
  await expect(page).toHaveURL('/search/?q=Pakistan&sort=date');

  await page.goBack();
  await expect(page).toHaveURL('/search/?q=Pakistan');
  await expect(page.getByLabel('Relevance')).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=kirby');
  await expect(page.locator('#search-input')).toHaveValue('kirby');
  await expectResults(page, KIRBY);
  await page.goForward();
  await expect(page).toHaveURL('/search/?q=Pakistan');
  await expect(page.locator('#search-input')).toHaveValue('Pakistan');
  await expectResults(page, PAKISTAN);
});

test('following a result straight after typing, Back returns to that search', async ({ page }) => {
  await page.goto('/search/');
  await type(page, 'kirby');
  await expectFirstAmong(page, KIRBY);
  const first = (await resultLinks(page).first().getAttribute('href'))!;
  // Clicked before the typed address would settle on its own.
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(first);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=kirby');
  await expect(page.locator('#search-input')).toHaveValue('kirby');
  await expectResults(page, KIRBY);
});

test('the header box searches from any page, in place on /search/', async ({ page }) => {
  await page.goto('/authors/');
  await page.locator('#site-search').fill('Deir Ezzor');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL('/search/?q=Deir+Ezzor');
  await expectResults(page, DEIR_EZZOR);
  await page.locator('#site-search').fill('kirby');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL('/search/?q=kirby');
  await expect(page.locator('#search-input')).toHaveValue('kirby');
  await expectResults(page, KIRBY);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box still reaches the results page, which says it needs JavaScript', async ({ page }) => {
    await page.goto(href(articles[0]!.slug));
    await page.locator('#site-search').fill('kirby');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL('/search/?q=kirby');
    // Playwright's text matching skips <noscript>, so the message is found by its class and read as rendered.
    const message = page.locator('main .search-noscript');
    await expect(message).toBeVisible();
    expect(await message.innerText()).toContain('Search needs JavaScript');
    await expect(message.locator('a[href="/topics/"]')).toBeVisible();
  });
});

test.describe('loading', () => {
  const indexRequests = (requests: Request[]) =>
    requests
      .map((request) => new URL(request.url()).pathname)
      .filter((path) => path.startsWith('/search/') && path.endsWith('.json'));

  test('an article page loads no index and no engine, only the small site script', async ({ page }) => {
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(href(articles[0]!.slug));
    await page.waitForLoadState('networkidle');
    expect(indexRequests(requests)).toEqual([]);
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((nodes) =>
      nodes.map((node) => ({
        src: node.getAttribute('src'),
        type: node.getAttribute('type'),
        code: node.textContent,
      })),
    );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ type: 'module', code: '' });
    const script = await page.request.get(scripts[0]!.src!);
    const code = await script.text();
    expect(code.length).toBeLessThan(2_000);
    expect(code).not.toMatch(/Fuse|Worker|import/);
    expect(page.workers()).toHaveLength(0);

    // The first focus on the box warms the manifest, and still starts no engine.
    await page.locator('#site-search').focus();
    await expect.poll(() => indexRequests(requests)).toEqual(['/search/manifest.json']);
    expect(page.workers()).toHaveLength(0);
  });

  test('/search/ loads the engine and the index on first focus, and fetches only the texts it shows', async ({
    page,
  }) => {
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    const engineRequests = () => requests.filter((request) => /search-session/.test(request.url())).length;
    expect(indexRequests(requests)).toEqual([]);
    expect(engineRequests()).toBe(0);
    await page.locator('#search-input').focus();
    await expect.poll(() => indexRequests(requests)).toEqual(['/search/manifest.json']);
    expect(engineRequests()).toBe(1);
    await page.locator('#search-input').fill('kirby');
    await expectResults(page, KIRBY);
    await expect(page.locator('ol#search-results mark').first()).toBeVisible();
    const texts = indexRequests(requests).filter((path) => path.startsWith('/search/text/'));
    expect(new Set(texts).size).toBe(1);
    expect(engineRequests()).toBe(1);
  });
});

test.describe('a made-up index served in place of the real one', () => {
  // 45 articles about a convoy (enough for "Show more results") and 3 about a harbour.
  const fakes: IndexableArticle[] = Array.from({ length: 48 }, (_, index) => ({
    slug: `fake-${String(index).padStart(2, '0')}`,
    title: `Made-up report number ${index}`,
    authors: [{ name: `Writer ${index % 3}`, slug: `writer-${index % 3}` }],
    date: `2016-12-${String((index % 28) + 1).padStart(2, '0')}`,
    publisher: { name: 'Made-up Gazette', slug: 'made-up-gazette' },
    topics: [],
    blocks: [`A paragraph about the ${index < 45 ? 'convoy' : 'harbour'}, written for test ${index}.`],
  }));
  const built = buildSearchIndex(fakes);
  const convoyDocs = new Set(
    built.docChunks.flat().flatMap((doc, docId) => (doc.slug < 'fake-45' ? [String(docId)] : [])),
  );

  const files = new Map(indexFiles(built).map(({ path, value }) => [path, value]));

  /** Serves the made-up index, noting each text fetched; `slowText` delays the texts it picks. */
  async function serveFakeIndex(page: Page, slowText: (docId: string) => boolean = () => false): Promise<string[]> {
    const texts: string[] = [];
    await page.context().route(/\/search\/.+\.json$/, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/search\//, '');
      const text = /^text\/(\d+)\.json$/.exec(path);
      if (text) {
        texts.push(text[1]!);
        if (slowText(text[1]!)) await new Promise((done) => setTimeout(done, 1_500));
      }
      if (path === 'manifest.json') await route.fulfill({ json: built.manifest });
      else if (files.has(path)) await route.fulfill({ json: files.get(path) });
      else await route.fulfill({ status: 404 });
    });
    return texts;
  }

  test('shows 20 results, then 20 more, then the rest, fetching texts only for those on screen', async ({ page }) => {
    const texts = await serveFakeIndex(page);
    await page.goto('/search/?q=convoy');
    await expect(status(page)).toHaveText('45 articles match “convoy”');
    await expect(results(page)).toHaveCount(20);
    // Passages follow the titles: their texts are fetched once the results are on screen.
    await expect.poll(() => new Set(texts).size).toBe(20);
    await expect(page.locator('#search-shown')).toHaveText('Showing 20 of 45.');

    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results(page)).toHaveCount(40);
    await expect(resultLinks(page).nth(20)).toBeFocused();
    await expect.poll(() => new Set(texts).size).toBe(40);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results(page)).toHaveCount(45);
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
    expect(new Set(await hrefs(page)).size).toBe(45);
  });

  test('a slow earlier search never replaces the results of a later one', async ({ page }) => {
    await serveFakeIndex(page, (docId) => convoyDocs.has(docId));
    await page.goto('/search/');
    await page.locator('#search-input').fill('convoy');
    await page.waitForTimeout(300);
    await page.locator('#search-input').fill('harbour');
    await expect(status(page)).toHaveText('3 articles match “harbour”');
    // Long after the convoy texts arrive, the harbour results are still the ones on screen.
    await page.waitForTimeout(2_000);
    await expect(status(page)).toHaveText('3 articles match “harbour”');
    await expect(results(page)).toHaveCount(3);
    await expect(page).toHaveURL('/search/?q=harbour');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the results page has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=aleppo');
    await expect(results(page)).toHaveCount(ALEPPO.length);
    await expect(page.locator('h1')).toHaveCount(1);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('at 320 px nothing on the results page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/search/?q=aleppo');
  await expect(results(page)).toHaveCount(ALEPPO.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
