import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_SOFTWARE,
  warcBytes,
  writeWacz,
  writeWarc,
  writeZip,
  type FixturePage,
} from '../../../../tests/fixtures/web-archives';
import type { ArchivedPage } from './archived-page';
import { collect, rejection } from './read-archive.test-helpers';
import { CONTAINER_HEAD_BYTES, detectContainer } from './detect-container';
import { readWacz } from './read-wacz';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-wacz-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pages: FixturePage[] = [
  { url: 'https://news.example/quay', html: '<html><p>The quay reopens on Monday.</p></html>', title: 'Quay reopens' },
  { url: 'https://news.example/gale', html: '<html><p>A gale warning stands.</p></html>', contentEncoding: 'gzip' },
  { url: 'https://news.example/tide', html: '<html><p>Spring tides are due.</p></html>', title: 'Spring tides' },
  { url: 'https://news.example/ferry', html: '<html><p>The ferry sails at six.</p></html>' },
];
const urls = (read: ArchivedPage[]) => read.map((page) => page.targetUri);
const headerLine = '{"format":"json-pages-1.0","id":"pages","title":"All Pages"}\n';
const encode = (text: string) => new TextEncoder().encode(text);

describe('readWacz: reading', () => {
  it('yields the HTML pages its page list names, with their titles, and no others', async () => {
    const path = join(dir, 'listed.wacz');
    await writeWacz(path, pages, {
      software: 'Harbour Crawler 2.3',
      listed: [pages[0]!.url, pages[1]!.url, pages[2]!.url],
    });
    const archive = await readWacz(path);
    expect(archive.software).toBe('Harbour Crawler 2.3');
    const { read, refusal } = await collect(archive);
    expect(refusal).toBeUndefined();
    expect(urls(read)).toEqual([pages[0]!.url, pages[1]!.url, pages[2]!.url]);
    expect(read.map((page) => page.title)).toEqual(['Quay reopens', undefined, 'Spring tides']);
    expect(new TextDecoder().decode(read[1]!.payload)).toBe(pages[1]!.html);
    expect(read.every((page) => page.warcName === 'archive/data.warc.gz')).toBe(true);
  });

  it('also yields the pages pages/extraPages.jsonl names', async () => {
    const path = join(dir, 'extra.wacz');
    await writeWacz(path, pages, { listed: [pages[0]!.url], extraListed: [pages[3]!.url] });
    expect(urls((await collect(await readWacz(path))).read)).toEqual([pages[0]!.url, pages[3]!.url]);
  });

  it('yields every capture of a listed page', async () => {
    const path = join(dir, 'twice.wacz');
    const again = {
      ...pages[0]!,
      html: '<html><p>The quay reopens on Tuesday.</p></html>',
      date: '2026-12-01T08:00:00Z',
    };
    await writeWacz(path, [pages[0]!, again], { listed: [pages[0]!.url] });
    const { read } = await collect(await readWacz(path));
    expect(read.map((page) => page.capturedAt)).toEqual(['2026-11-30T09:15:02Z', '2026-12-01T08:00:00Z']);
    expect(new Set(read.map((page) => page.payloadDigest)).size).toBe(2);
  });

  it("falls back to the WARC's warcinfo for the software", async () => {
    const path = join(dir, 'no-software.wacz');
    await writeWacz(path, pages, { warc: { software: 'Quay Recorder 0.9' } });
    expect((await readWacz(path)).software).toBe('Quay Recorder 0.9');
    await writeWacz(path, pages, { leaveOut: ['datapackage.json'] });
    expect((await readWacz(path)).software).toBe(FIXTURE_SOFTWARE);
  });

  it('reads every WARC under archive/, plain or gzip', async () => {
    const path = join(dir, 'two-warcs.wacz');
    const listing = [headerLine, ...pages.map((page) => `${JSON.stringify({ url: page.url })}\n`)].join('');
    await writeZip(
      path,
      new Map([
        ['pages/pages.jsonl', encode(listing)],
        ['archive/one.warc', await warcBytes(pages.slice(0, 2))],
        ['archive/two.warc.gz', await warcBytes(pages.slice(2), { gzip: true })],
        ['archive/notes.txt', encode('not a WARC')],
      ]),
    );
    const { read } = await collect(await readWacz(path));
    expect(urls(read)).toEqual(pages.map((page) => page.url));
    expect(read.map((page) => page.warcName)).toEqual([
      'archive/one.warc',
      'archive/one.warc',
      'archive/two.warc.gz',
      'archive/two.warc.gz',
    ]);
  });

  it('is what detectContainer takes for a WACZ, as the WARCs are for WARCs', async () => {
    const head = async (path: string) => (await readFile(path)).subarray(0, CONTAINER_HEAD_BYTES);
    await writeWacz(join(dir, 'detect.wacz'), pages);
    await writeWarc(join(dir, 'detect.warc'), pages);
    await writeWarc(join(dir, 'detect.warc.gz'), pages, { gzip: true });
    expect(detectContainer(await head(join(dir, 'detect.wacz')))).toBe('wacz');
    expect(detectContainer(await head(join(dir, 'detect.warc')))).toBe('warc');
    expect(detectContainer(await head(join(dir, 'detect.warc.gz')))).toBe('warc');
  });
});

describe('readWacz: refusals', () => {
  it('refuses a WACZ without a page list, or without WARCs', async () => {
    const path = join(dir, 'partial.wacz');
    await writeWacz(path, pages, { leaveOut: ['pages/pages.jsonl'] });
    expect(await rejection(readWacz(path))).toBe('the WACZ has no pages/pages.jsonl listing its pages');
    await writeWacz(path, pages, { leaveOut: ['archive/data.warc.gz'] });
    expect(await rejection(readWacz(path))).toBe('the WACZ holds no WARC under archive/');
  });

  it('refuses a WACZ listing no page its WARCs hold as HTML', async () => {
    const path = join(dir, 'unlisted.wacz');
    await writeWacz(path, pages, { listed: ['https://news.example/elsewhere'] });
    const { read, refusal } = await collect(await readWacz(path));
    expect(read).toEqual([]);
    // warcinfo, a request and a response per page, and five records that are not pages.
    expect(refusal).toBe('the WACZ lists no HTML page that its WARCs hold (1 pages listed, 14 records read)');
  });

  it('refuses a file that is not a zip, or a zip cut short', async () => {
    const path = join(dir, 'not-a-zip.wacz');
    await writeFile(path, 'The harbour log, kept as text.\n');
    expect(await rejection(readWacz(path))).toMatch(/^the WACZ is not a readable zip \(.+\)$/);
    await writeWacz(path, pages);
    await truncate(path, 2000);
    expect(await rejection(readWacz(path))).toMatch(/^the WACZ is not a readable zip \(.+\)$/);
  });

  it('refuses a zip whose directory points at no file', async () => {
    const path = join(dir, 'bad-directory.wacz');
    await writeWacz(path, pages);
    const zip = await readFile(path);
    // Point the end-of-directory record's directory offset past the end of the file.
    zip.writeUInt32LE(zip.length + 10, zip.length - 6);
    await writeFile(path, zip);
    expect(await rejection(readWacz(path))).toMatch(/^the WACZ is not a readable zip \(.+\)$/);
  });

  it('refuses a page list that is not one, naming the line', async () => {
    const path = join(dir, 'bad-list.wacz');
    await writeZip(
      path,
      new Map([
        ['pages/pages.jsonl', encode(`${headerLine}{"url":"https://news.example/quay"}\nnot json\n`)],
        ['archive/data.warc.gz', await warcBytes(pages, { gzip: true })],
      ]),
    );
    expect(await rejection(readWacz(path))).toBe("the WACZ's pages/pages.jsonl line 3 is not a page with a url");
  });

  it('refuses a datapackage.json that is not JSON', async () => {
    const path = join(dir, 'bad-datapackage.wacz');
    await writeZip(
      path,
      new Map([
        ['datapackage.json', encode('{"software": ')],
        ['pages/pages.jsonl', encode(headerLine)],
        ['archive/data.warc.gz', await warcBytes(pages, { gzip: true })],
      ]),
    );
    expect(await rejection(readWacz(path))).toBe("the WACZ's datapackage.json is not valid JSON");
  });

  it('yields the pages before a cut in one of its WARCs, then names that WARC', async () => {
    const path = join(dir, 'cut-warc.wacz');
    const warc = await warcBytes(pages, { gzip: true, nonPageRecords: false });
    const listing = [headerLine, ...pages.map((page) => `${JSON.stringify({ url: page.url })}\n`)].join('');
    await writeZip(
      path,
      new Map([
        ['pages/pages.jsonl', encode(listing)],
        ['archive/data.warc.gz', warc],
      ]),
    );
    const whole = await collect(await readWacz(path));
    const last = whole.read.at(-1)!.offset;
    await writeZip(
      path,
      new Map([
        ['pages/pages.jsonl', encode(listing)],
        ['archive/data.warc.gz', warc.subarray(0, last + 50)],
      ]),
    );
    const { read, refusal } = await collect(await readWacz(path));
    expect(refusal).toBe(`the WARC archive/data.warc.gz is cut short at byte ${last}`);
    expect(urls(read)).toEqual(pages.slice(0, -1).map((page) => page.url));
  });
});
