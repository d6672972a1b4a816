import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../articles/article-file';
import { articleSchema, type ArticleData } from '../../articles/schemas/article';
import { ingestCaptures, type Outcome } from '../ingest';
import { MAX_ARCHIVE_BYTES } from '../read-capture-file';
import { DROPPED_SENTENCE, FORMAT_ARTICLES, writeFormatCaptures } from '../../../../tests/fixtures/format-captures';
import { writeWacz, writeWarc } from '../../../../tests/fixtures/web-archives';

let tmp: string;
let contentRoot: string;
let inbox: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ingest-formats-'));
  contentRoot = join(tmp, 'content');
  inbox = join(tmp, 'inbox');
  await mkdir(inbox);
});

afterEach(() => rm(tmp, { recursive: true, force: true }));

const ingest = (paths: string[]) => ingestCaptures(paths, { contentRoot });

async function stored(slug: string): Promise<{ data: ArticleData; body: string }> {
  const { frontmatter, body } = parseArticleFile(await readFile(join(contentRoot, 'articles', `${slug}.md`), 'utf8'));
  return { data: articleSchema.parse(frontmatter), body };
}

const slugOf = (outcome: Outcome | undefined) => (outcome && 'slug' in outcome ? outcome.slug : undefined);
const reasonOf = (outcome: Outcome | undefined) => (outcome?.status === 'refused' ? outcome.reason : '');

describe('ingest: one capture of each format', () => {
  it('writes an article for each, with its own outlet, dates, address and capture record', async () => {
    const captures = await writeFormatCaptures(inbox);
    const outcomes = await ingest(captures);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['written', 'written', 'written', 'written', 'written']);
    const [html, republication, clip, wacz, warc] = await Promise.all(
      outcomes.map((outcome) => stored(slugOf(outcome)!)),
    );

    expect(html!.data).toMatchObject({
      title: FORMAT_ARTICLES.html.title,
      authors: [{ name: 'Mira Castellan' }],
      publisher: {
        name: 'The Lantern Review',
        date: '2016-12-09',
        url: 'https://lanternreview.example/2016/12/harbour-lights-return/',
      },
      topics: { themes: ['Harbours', 'Public works'] },
      copyright: '© 2016 The Lantern Review',
      capture: { format: 'html', tool: 'SingleFile', file: FORMAT_ARTICLES.html.file },
    });
    expect(html!.data).not.toHaveProperty('original');
    expect(html!.body).toContain(DROPPED_SENTENCE);
    expect(html!.body).toContain('[Image: Lamps lit along the harbour wall at dusk]');
    expect(html!.body).toContain('Photo: Tomas Ferrand');
    expect(html!.body).toContain('[March](https://lanternreview.example/tags/march/)');
    for (const furniture of [
      'Subscribe',
      'Share on Facebook',
      'cookies',
      'Read more',
      'First!',
      'About us',
      'never run',
    ])
      expect(html!.body).not.toContain(furniture);

    expect(republication!.data).toMatchObject({
      publisher: { name: 'Global Research', date: '2016-12-12' },
      original: { name: 'The Lantern Review', date: '2016-12-09' },
    });
    expect(republication!.data.capture).not.toHaveProperty('format');
    expect(republication!.body).not.toContain(DROPPED_SENTENCE);
    // The republication has the same title: it is a second version, beside the first, never over it.
    expect(slugOf(outcomes[1])).toBe(`${slugOf(outcomes[0])}-global-research`);

    expect(clip!.data).toMatchObject({
      title: FORMAT_ARTICLES.clip.title,
      authors: [{ name: 'Idris Halloran' }],
      publisher: { name: 'valleyledger.example', date: '2016-12-14' },
      topics: { regions: [], themes: [], reports: [] },
      capture: { format: 'web-clipper-markdown', capturedAt: '2026-12-01' },
    });

    expect(wacz!.data).toMatchObject({
      title: FORMAT_ARTICLES.wacz.title,
      authors: [{ name: 'Soren Maddox' }, { name: 'Ines Quarry' }],
      publisher: { name: 'Coastline Courier', date: '2016-12-16' },
      capture: {
        format: 'wacz',
        tool: 'ArchiveWeb.page 0.12.0',
        record: { targetUri: 'https://coastlinecourier.example/news/night-ferry-returns' },
      },
    });
    expect(wacz!.data.capture.record!.id).toMatch(/^<urn:uuid:/);
    expect(wacz!.data.capture.record!.payloadDigest).toMatch(/^sha1:/);
    expect(wacz!.data.capture.capturedAt).toMatch(/^2026-11-30T/);
    expect(warc!.data).toMatchObject({
      title: FORMAT_ARTICLES.warc.title,
      publisher: { date: '2016-12-19', url: 'https://coastlinecourier.example/news/bakery-cooperative' },
      capture: { format: 'warc', tool: 'Browsertrix Crawler 1.4.0' },
    });

    // Each web archive is kept once, byte for byte, under the name its articles record.
    const captureFiles = (await readdir(join(contentRoot, 'captures'))).sort();
    expect(captureFiles).toContain(wacz!.data.capture.stored);
    expect(await readFile(join(contentRoot, 'captures', wacz!.data.capture.stored!))).toEqual(
      await readFile(captures[3]!),
    );
  });

  it('finds every one unchanged on a second run, and writes nothing', async () => {
    const captures = await writeFormatCaptures(inbox);
    await ingest(captures);
    const before = await readdir(join(contentRoot, 'articles'));
    const again = await ingest(captures);
    expect(again.map((outcome) => outcome.status)).toEqual(Array(5).fill('unchanged'));
    expect(await readdir(join(contentRoot, 'articles'))).toEqual(before);
  });
});

describe('ingest: the same page twice is one article', () => {
  const PAGE = async () => readFile(join(inbox, FORMAT_ARTICLES.html.file), 'utf8');

  it('reports the page inside a web archive as the same page as the saved file, whatever the container', async () => {
    const [htmlFile] = await writeFormatCaptures(inbox);
    const url = 'https://lanternreview.example/2016/12/harbour-lights-return/';
    await writeWarc(join(inbox, 'again.warc'), [{ url, html: await PAGE() }]);
    await writeWacz(join(inbox, 'again.wacz'), [{ url, html: await PAGE() }]);
    const [first, inWarc, inWacz] = await ingest([htmlFile!, join(inbox, 'again.warc'), join(inbox, 'again.wacz')]);
    expect(first!.status).toBe('written');
    for (const outcome of [inWarc, inWacz]) {
      expect(outcome).toMatchObject({
        status: 'unchanged',
        slug: slugOf(first),
        note: `same page as ${slugOf(first)}`,
      });
      expect(outcome!.file).toMatch(/, record <urn:uuid:[^>]+> \(https:\/\/lanternreview\.example\//);
    }
    expect(await readdir(join(contentRoot, 'articles'))).toEqual([`${slugOf(first)}.md`]);
  });
});

describe('ingest: bad captures are refused, named, and write nothing', () => {
  const good = async () => (await writeFormatCaptures(inbox))[2]!;

  async function refusedAlongsideGood(name: string, contents?: string | Uint8Array): Promise<Outcome> {
    const path = join(inbox, name);
    const goodClip = await good();
    if (contents !== undefined) await writeFile(path, contents);
    const outcomes = await ingest([path, goodClip]);
    expect(outcomes.at(-1)!.status).toBe('written');
    expect(await readdir(join(contentRoot, 'articles'))).toHaveLength(1);
    expect(await readdir(join(contentRoot, 'captures'))).toHaveLength(1);
    return outcomes[0]!;
  }

  it('an HTML page with no article text', async () => {
    const login =
      '<!doctype html><html><head><title>Sign in</title></head><body><form><input name=u></form></body></html>';
    expect(reasonOf(await refusedAlongsideGood('login.html', login))).toBe('no article text found');
  });

  it('a clip without a title', async () => {
    const clip = '---\nsource: "https://x.example/a"\nauthor: Ann\npublished: 2016-12-01\n---\nSome text.\n';
    expect(reasonOf(await refusedAlongsideGood('untitled.md', clip))).toMatch(/^the clip has no title/);
  });

  it('a file in a format the ingest does not read, naming the ones it does', async () => {
    const reason = reasonOf(await refusedAlongsideGood('notes.txt', 'Shopping list\n\nEggs, flour, milk.\n'));
    expect(reason).toMatch(/^unknown format: the ingest reads .*HTML page.*WARC.*WACZ/);
  });

  it('a WARC with no HTML page', async () => {
    const path = join(inbox, 'images.warc');
    await writeWarc(path, [{ url: 'https://x.example/a.png', html: 'PNG', contentType: 'image/png' }]);
    const outcome = await refusedAlongsideGood('images.warc');
    expect(outcome.file).toBe(path);
    expect(reasonOf(outcome)).toMatch(/^the WARC holds no HTML page/);
  });

  it('a WARC.gz cut short, saying at which byte', async () => {
    const whole = join(inbox, 'whole.warc.gz');
    const html = `<!doctype html><html><body><article><p>${'A sentence of a page. '.repeat(40)}</p></article></body></html>`;
    await writeWarc(whole, [{ url: 'https://x.example/a', html }], { gzip: true });
    const bytes = await readFile(whole);
    await rm(whole);
    const outcome = await refusedAlongsideGood('cut.warc.gz', bytes.subarray(0, bytes.length - 40));
    expect(reasonOf(outcome)).toMatch(/^the WARC is cut short at byte \d+$/);
  });

  it('a web archive over the size limit, before reading it', async () => {
    const path = join(inbox, 'huge.warc');
    await writeFile(path, 'WARC/1.1\r\nWARC-Type: warcinfo\r\n');
    // A sparse file: the size a person would see, without the disk space.
    await truncate(path, MAX_ARCHIVE_BYTES + 1);
    expect(reasonOf(await refusedAlongsideGood('huge.warc'))).toBe(
      `the WARC is ${MAX_ARCHIVE_BYTES + 1} bytes; web archives are at most ${MAX_ARCHIVE_BYTES} bytes`,
    );
  });
});
