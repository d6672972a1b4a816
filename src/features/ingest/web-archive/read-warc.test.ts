import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWarc, FIXTURE_SOFTWARE, type FixturePage } from '../../../../tests/fixtures/web-archives';
import type { ArchivedPage } from './archived-page';
import { collect, rejection } from './read-archive.test-helpers';
import { readWarc } from './read-warc';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-warc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pages: FixturePage[] = [
  {
    url: 'https://news.example/2026/11/quay',
    html: '<html><head><title>Quay</title></head><p>The quay reopens.</p></html>',
  },
  {
    url: 'https://news.example/2026/11/gale',
    html: `<html><p>${'The gale closed the harbour for a second day. '.repeat(40)}</p></html>`,
    contentEncoding: 'gzip',
    chunked: true,
  },
  { url: 'https://news.example/2026/11/tide', html: '<html><p>Spring tides due.</p></html>', contentEncoding: 'br' },
  { url: 'https://news.example/feed.json', html: '{"items":[]}', contentType: 'application/json' },
  { url: 'https://news.example/gone', html: '<html><p>Gone.</p></html>', status: 410 },
  {
    url: 'https://news.example/2026/11/xhtml',
    html: '<html xmlns="http://www.w3.org/1999/xhtml"><p>Ferry timetable.</p></html>',
    contentType: 'application/xhtml+xml',
    date: '2026-11-30T10:00:00.123456Z',
  },
];
const htmlPages = [pages[0]!, pages[1]!, pages[2]!, pages[5]!];

const html = (page: ArchivedPage) => new TextDecoder().decode(page.payload);

describe.each([
  // The name says the opposite of the form, to show the form is told from the bytes.
  { form: 'plain', gzip: false, name: 'plain.warc.gz' },
  { form: 'gzip', gzip: true, name: 'compressed.warc' },
])('readWarc: a $form WARC', ({ gzip, name }) => {
  let path: string;
  beforeAll(async () => {
    path = join(dir, name);
    await writeWarc(path, pages, { gzip, software: 'Harbour Crawler 2.3' });
  });

  it('names the software from its warcinfo record', async () => {
    expect((await readWarc(path)).software).toBe('Harbour Crawler 2.3');
  });

  it('yields the 200 HTML responses only, in file order, decoded', async () => {
    const { read, refusal } = await collect(await readWarc(path));
    expect(refusal).toBeUndefined();
    expect(read.map((page) => page.targetUri)).toEqual(htmlPages.map((page) => page.url));
    expect(read.map(html)).toEqual(htmlPages.map((page) => page.html));
  });

  it('gives each page the record it came from', async () => {
    const { read } = await collect(await readWarc(path));
    const file = await readFile(path);
    for (const page of read) {
      expect(page.recordId).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
      expect(page.payloadDigest).toMatch(/^sha1:[A-Z2-7]{32}$/);
      const at = file.subarray(page.offset);
      const record = new TextDecoder().decode((gzip ? gunzipSync(at) : at).subarray(0, 600));
      expect(record.startsWith('WARC/1.1\r\n')).toBe(true);
      expect(record).toContain(`WARC-Record-ID: ${page.recordId}`);
      expect(record).toContain('WARC-Type: response');
    }
    expect(read.map((page) => page.capturedAt)).toEqual([
      '2026-11-30T09:15:02Z',
      '2026-11-30T09:15:03Z',
      '2026-11-30T09:15:04Z',
      '2026-11-30T10:00:00.123456Z',
    ]);
    expect(read.every((page) => page.title === undefined && page.warcName === undefined)).toBe(true);
  });

  it('reads the file afresh on each pass', async () => {
    const archive = await readWarc(path);
    const first = await collect(archive);
    const second = await collect(archive);
    expect(second.read.map((page) => page.recordId)).toEqual(first.read.map((page) => page.recordId));
  });
});

describe('readWarc: what it ignores', () => {
  it('reads past requests, non-HTML and non-200 responses, metadata, revisits and resources', async () => {
    const path = join(dir, 'noise.warc');
    await writeWarc(path, [pages[0]!], { nonPageRecords: true });
    const text = (await readFile(path, 'latin1')).toString();
    for (const type of ['request', 'metadata', 'revisit', 'resource']) expect(text).toContain(`WARC-Type: ${type}`);
    expect(text).toContain('Content-Type: image/png');
    expect(text).toContain('HTTP/1.1 404 Not Found');
    const { read } = await collect(await readWarc(path));
    expect(read.map((page) => page.targetUri)).toEqual([pages[0]!.url]);
  });
});

describe('readWarc: refusals', () => {
  it('refuses a WARC holding no HTML page, after reading all of it', async () => {
    const path = join(dir, 'no-pages.warc.gz');
    await writeWarc(path, [pages[3]!, pages[4]!], { gzip: true });
    const archive = await readWarc(path);
    expect(archive.software).toBe(FIXTURE_SOFTWARE);
    // warcinfo, two requests and responses, five records that are not pages.
    expect((await collect(archive)).refusal).toBe(
      'the WARC holds no HTML page (10 records read, none a 200 HTML response)',
    );
  });

  it('yields the pages before a cut, then says where the cut gzip member starts', async () => {
    const path = join(dir, 'cut.warc.gz');
    await writeWarc(path, htmlPages, { gzip: true, nonPageRecords: false });
    const { read } = await collect(await readWarc(path));
    const last = read.at(-1)!.offset;
    await truncate(path, last + 100);
    const { read: before, refusal } = await collect(await readWarc(path));
    expect(refusal).toBe(`the WARC is cut short at byte ${last}`);
    expect(before.map((page) => page.targetUri)).toEqual(htmlPages.slice(0, -1).map((page) => page.url));
  });

  it('refuses a file that is not a WARC at its first record, before any pass', async () => {
    const path = join(dir, 'notes.warc');
    await writeFile(path, 'Harbour notes\r\nNothing here is a WARC.\r\n\r\n');
    expect(await rejection(readWarc(path))).toBe(
      'the WARC record at byte 0 is malformed (it does not start with a WARC/1.0 or WARC/1.1 line)',
    );
  });

  it('refuses a page whose WARC-Date is not in UTC', async () => {
    const path = join(dir, 'local-date.warc');
    await writeWarc(path, [{ ...pages[0]!, date: '2026-11-30T10:15:02+01:00' }], { nonPageRecords: false });
    const { refusal } = await collect(await readWarc(path));
    expect(refusal).toMatch(
      /^the WARC record at byte \d+ is malformed \(its WARC-Date 2026-11-30T10:15:02\+01:00 is not a UTC date and time\)$/,
    );
  });

  it('refuses a page whose body does not decode as its Content-Encoding says', async () => {
    const path = join(dir, 'bad-coding.warc');
    await writeWarc(path, [pages[0]!], { nonPageRecords: false });
    const text = (await readFile(path)).toString('latin1');
    await writeFile(
      path,
      Buffer.from(
        text.replace('Content-Type: text/html', 'Content-Encoding: gzip\r\nContent-Type: text/html'),
        'latin1',
      ),
    );
    const { refusal } = await collect(await readWarc(path));
    expect(refusal).toMatch(/^the WARC record at byte \d+ is malformed \(its gzip-coded body does not decode\)$/);
  });
});

describe('readWarc: a large WARC', () => {
  it('streams 2,000 pages in order', async () => {
    const path = join(dir, 'large.warc.gz');
    const many = Array.from({ length: 2000 }, (_, index) => ({
      url: `https://news.example/notice/${index}`,
      html: `<html><head><title>Notice ${index}</title></head><body><p>Harbour notice ${index}.</p></body></html>`,
    }));
    await writeWarc(path, many, { gzip: true });
    let count = 0;
    for await (const page of (await readWarc(path)).pages) {
      expect(page.targetUri).toBe(many[count]!.url);
      count += 1;
    }
    expect(count).toBe(2000);
  }, 60_000);
});
